import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * How each payment method is offered (PAY-1) and when a card payment waits for review (PAY-3):
 * settings a shop changes in the backstage. The rows start with the values the code had before
 * they were settings: card 30 minutes, bank transfer 72 hours, cash on delivery without a
 * deadline, review from a risk score of 60.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table payments.method_settings (
      method text primary key check (method in ('card', 'bank_transfer', 'cod')),
      enabled boolean not null,
      -- null: nothing to wait for (cash is collected at the door).
      deadline_minutes integer check (deadline_minutes > 0),
      -- Only a card payment is scored, so only the card's row has a threshold.
      review_threshold integer check (review_threshold > 0),
      updated_at timestamptz not null,
      check ((method = 'cod') = (deadline_minutes is null)),
      check ((method = 'card') = (review_threshold is not null))
    );
    insert into payments.method_settings (method, enabled, deadline_minutes, review_threshold, updated_at) values
      ('card', true, 30, 60, now()),
      ('bank_transfer', true, 4320, null, now()),
      ('cod', true, null, null, now());
  `);
}
