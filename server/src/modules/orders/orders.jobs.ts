import type { JobDefinition } from '../../kernel/jobs/jobs.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { OrdersService } from './orders.service.ts';

export const CANCEL_UNPAID_JOB = 'orders.cancel_unpaid';
export const SWEEP_UNPAID_JOB = 'orders.sweep_unpaid';
export const CLOSE_SETTLED_JOB = 'orders.close_settled';

/** PAY-1: each order's deadline job, and a sweep every minute in case one was lost; and the hourly close of settled orders. */
export function ordersJobs(orders: OrdersService, runUseCase: RunUseCase, timeZone: string): JobDefinition<any>[] {
  return [
    {
      name: CANCEL_UNPAID_JOB,
      handle: async (data: { orderId: string }, job) => {
        await runUseCase({ kind: 'system', job: CANCEL_UNPAID_JOB }, `job:${job.id}`, (ctx) => orders.cancelIfUnpaid(ctx, data.orderId));
      },
    },
    {
      name: SWEEP_UNPAID_JOB,
      schedule: { cron: '* * * * *', timeZone },
      handle: async (_data, job) => {
        const overdue = await runUseCase({ kind: 'system', job: SWEEP_UNPAID_JOB }, `job:${job.id}`, (ctx) => orders.overdueUnpaid(ctx, 100));
        // One transaction per order: one failing cancellation does not hold back the others.
        for (const orderId of overdue) {
          await runUseCase({ kind: 'system', job: SWEEP_UNPAID_JOB }, `job:${job.id}`, (ctx) => orders.cancelIfUnpaid(ctx, orderId));
        }
      },
    },
    {
      // Hourly: an order closes within the hour after its return window ends.
      name: CLOSE_SETTLED_JOB,
      schedule: { cron: '23 * * * *', timeZone },
      handle: async (_data, job) => {
        const settled = await runUseCase({ kind: 'system', job: CLOSE_SETTLED_JOB }, `job:${job.id}`, (ctx) => orders.settledOrders(ctx, 500));
        for (const orderId of settled) {
          await runUseCase({ kind: 'system', job: CLOSE_SETTLED_JOB }, `job:${job.id}`, (ctx) => orders.closeIfSettled(ctx, orderId));
        }
      },
    },
  ];
}
