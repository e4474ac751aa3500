import type { JobDefinition } from '../../../kernel/jobs/jobs.ts';
import { DELIVER_WEBHOOK_JOB, type SandboxProcessor } from './sandbox.service.ts';

export function sandboxJobs(sandbox: SandboxProcessor): JobDefinition<any>[] {
  const deliver: JobDefinition<{ eventId: string }> = {
    name: DELIVER_WEBHOOK_JOB,
    // Like a real processor: keep trying for about an hour while the merchant's endpoint is down.
    policy: { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
    handle: (data, job) => sandbox.deliverWebhook(data.eventId, job),
  };
  return [deliver];
}
