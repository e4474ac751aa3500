import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import type { JobSender } from './jobs/jobs.ts';

/** Who is acting: decides what a use case may see and do. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'customer'; customerId: string; sessionId: string; /** A staff member's read-only view (ACC-6). */ staffViewId?: string }
  | { kind: 'staff'; staffId: string; sessionId: string; permissions: ReadonlySet<string> }
  | { kind: 'supplier'; supplierId: string; userId: string; sessionId: string }
  | { kind: 'system'; job: string };

/**
 * What every use case receives first: who acts, the one transaction it runs in, the time, the
 * request id for logs, and a job sender bound to the same transaction, so a rolled-back use
 * case enqueues nothing.
 */
export interface Ctx {
  readonly actor: Actor;
  /** The use case's transaction. Typed as the database handle so repositories accept it. */
  readonly tx: Db;
  readonly clock: Clock;
  readonly requestId: string;
  readonly jobs: JobSender;
}
