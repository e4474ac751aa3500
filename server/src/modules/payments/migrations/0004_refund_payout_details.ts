import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * PAY-2: the account the customer asks their refund to be paid into, given on the order page.
 * The account number is kept in full only while the task is open; once paid out, its last four
 * characters remain as proof of where the money went.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    alter table payments.refund_tasks
      add column account_holder text,
      add column bank_name text,
      add column account_number text,
      -- SWIFT/BIC or a local clearing code: many local transfers need none.
      add column bank_code text,
      add column details_given_at timestamptz,
      -- Details exist only once the customer gave them (erasure may blank them afterwards).
      add constraint refund_tasks_details_given check (
        details_given_at is not null or (account_holder is null and bank_name is null and account_number is null and bank_code is null)
      );
    -- The order pages ask, per order, whether a refund still waits for its account.
    create index refund_tasks_order_idx on payments.refund_tasks (order_id);
  `);
}
