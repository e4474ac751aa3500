import type { Clock } from './clock.ts';
import type { Actor, Ctx } from './context.ts';
import type { Database } from './db/database.ts';
import type { Jobs } from './jobs/jobs.ts';

/** Opens the one transaction of a use case and hands its context to the work. */
export type RunUseCase = <T>(actor: Actor, requestId: string, work: (ctx: Ctx) => Promise<T>) => Promise<T>;

export function useCaseRunner(database: Database, jobs: Jobs, clock: Clock): RunUseCase {
  return (actor, requestId, work) =>
    database.transaction((tx) => work({ actor, tx, clock, requestId, jobs: jobs.inTransaction(tx) }));
}
