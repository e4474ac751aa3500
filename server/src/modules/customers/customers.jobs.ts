import type { JobDefinition } from '../../kernel/jobs/jobs.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { CustomersService } from './customers.service.ts';

export const COMING_OF_AGE_JOB = 'customers.lift_restrictions_at_adulthood';

export function customersJobs(customers: CustomersService, runUseCase: RunUseCase, timeZone: string): JobDefinition<any>[] {
  return [
    {
      name: COMING_OF_AGE_JOB,
      // Just after midnight in the shop's zone, when birthdays change.
      schedule: { cron: '5 0 * * *', timeZone },
      handle: async (_data, job) => {
        await runUseCase({ kind: 'system', job: COMING_OF_AGE_JOB }, `job:${job.id}`, (ctx) => customers.liftRestrictionsAtAdulthood(ctx));
      },
    },
  ];
}
