import { sql, type Kysely } from 'kysely';

/** The consent ledger for cookies: append-only, one row per decision, never updated. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .withSchema('privacy')
    .createTable('cookie_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notice_version', 'text', (c) => c.notNull())
    .addColumn('preferences', 'boolean', (c) => c.notNull())
    .addColumn('analytics', 'boolean', (c) => c.notNull())
    .addColumn('marketing', 'boolean', (c) => c.notNull())
    // The browser sent Sec-GPC: 1, which turns marketing off whatever was clicked.
    .addColumn('gpc', 'boolean', (c) => c.notNull())
    .addColumn('supersedes', 'text', (c) => c.references('privacy.cookie_consents.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('cookie_consents_gpc_means_no_marketing', sql`not (gpc and marketing)`)
    .execute();
}
