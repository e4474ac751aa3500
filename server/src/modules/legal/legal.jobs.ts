import type { JobDefinition } from '../../kernel/jobs/jobs.ts';
import { NOTIFY_MATERIAL_CHANGE_JOB, type LegalService, type NoticeBatch } from './legal.service.ts';

export function legalJobs(service: LegalService): JobDefinition<any>[] {
  const notifyMaterialChange: JobDefinition<NoticeBatch> = {
    name: NOTIFY_MATERIAL_CHANGE_JOB,
    // A page only queues mail rows, so it is quick; retries cover a busy database.
    policy: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
    handle: (data, job) => service.handleChangeNoticeJob(data, job),
  };
  return [notifyMaterialChange];
}
