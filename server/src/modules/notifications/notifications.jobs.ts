import type { JobDefinition } from '../../kernel/jobs/jobs.ts';
import { SEND_MAIL_JOB, type NotificationsService } from './notifications.service.ts';

export const MAIL_RETRY_LIMIT = 6;

export function notificationsJobs(service: NotificationsService): JobDefinition<any>[] {
  const sendMail: JobDefinition<{ messageId: string }> = {
    name: SEND_MAIL_JOB,
    // Backoff from 5 s doubles to about 5 minutes: a brief SMTP outage loses nothing.
    policy: { retryLimit: MAIL_RETRY_LIMIT, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
    handle: (data, job) => service.deliverMail(data.messageId, { retryCount: job.retryCount, jobId: job.id }),
  };
  return [sendMail];
}
