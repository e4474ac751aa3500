import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * The marketing consent ledger (MKT-3), the guardian consent ledger (ACC-2), and the module's
 * settings. Both ledgers are append-only: one row per decision, never updated; the state in force
 * is the latest row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const schema = db.schema.withSchema('privacy');

  await schema
    .createTable('marketing_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The customers module owns the account; modules do not reference each other's tables.
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('email', 'sms', 'phone', 'push')`))
    .addColumn('granted', 'boolean', (c) => c.notNull())
    // The privacy policy version in force when the decision was made; null before one was published.
    .addColumn('notice_version', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('registration', 'preferences', 'unsubscribe_link', 'guardian_withdrawal', 'staff')`))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    // Insertion order: two decisions can share a millisecond, and the later one must win.
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .execute();
  await sql`create index marketing_consents_latest on privacy.marketing_consents (customer_id, channel, seq desc)`.execute(db);

  await schema
    .createTable('guardian_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    // The address the guardian decided from (the link was sent there): who gave the consent.
    .addColumn('guardian_email', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('confirmed', 'withdrawn')`))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .execute();
  await sql`create index guardian_consents_by_customer on privacy.guardian_consents (customer_id, seq desc)`.execute(db);

  await schema
    .createTable('settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // The secret that signs unsubscribe links, created with the schema so that every process finds
  // the same one and no use case ever has to create it (a rolled-back creation would leave links
  // signed with a key that does not exist).
  await sql`insert into privacy.settings (name, value, created_at) values ('unsubscribe_secret', ${randomBytes(32).toString('base64url')}, now())`.execute(db);
}
