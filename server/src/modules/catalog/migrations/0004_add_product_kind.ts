import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * ORD-2: a service (a private styling session, an atelier's care of a bag) is bought like a
 * piece but never packed: its contract forms when staff confirm it, not when a parcel leaves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    alter table catalog.products add column kind text not null default 'goods' check (kind in ('goods', 'service'));
  `);
}
