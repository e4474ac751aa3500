import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * PAY-2: a refund of a bank transfer or of cash collected at the door cannot be sent back by a
 * provider; it becomes a task for staff, who pay it out and mark it done.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table payments.refund_tasks (
      id text primary key,
      intent_id text not null references payments.intents (id),
      order_id text not null,
      method text not null check (method in ('bank_transfer', 'cod')),
      amount bigint not null check (amount > 0),
      currency text not null,
      -- Whom to ask for the account to pay into, and to tell when it is paid.
      email text not null,
      -- The refund operation this task pays out: one task per operation.
      operation_key text not null unique,
      status text not null check (status in ('open', 'done')),
      note text,
      created_at timestamptz not null,
      done_at timestamptz,
      done_by text
    );
    create index refund_tasks_open_idx on payments.refund_tasks (created_at) where status = 'open';
  `);
}
