import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const schema = db.schema.withSchema('customers');

  await schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_verified_at', 'timestamptz')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone_e164', 'text')
    .addColumn('birth_date', 'date')
    .addColumn('locale', 'text', (c) => c.notNull())
    // ACC-8: active, restricted (with a reason), suspended, frozen, closed.
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('active', 'restricted', 'suspended', 'frozen', 'closed')`))
    .addColumn('restriction', 'text', (c) => c.check(sql`restriction in ('guardian_pending')`))
    .addColumn('state_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // One account per address, whatever its case.
  await sql`create unique index accounts_email_key on customers.accounts (lower(email))`.execute(db);

  await schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.accounts.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    // Truncated to the network (203.0.113.0): enough for "approximately where", not a person.
    .addColumn('ip_network', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('end_reason', 'text')
    .execute();
  await schema.createIndex('sessions_customer_idx').on('sessions').columns(['customer_id', 'ended_at']).execute();

  // Single-use links sent by mail: e-mail verification, password reset, guardian consent.
  await schema
    .createTable('tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.accounts.id'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('verify_email', 'reset_password', 'guardian_consent')`))
    // The address the link was sent to (a new e-mail being verified, or the guardian's).
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  // ACC-2: the guardian of a minor, and what they decided.
  await schema
    .createTable('guardians')
    .addColumn('customer_id', 'text', (c) => c.primaryKey().references('customers.accounts.id'))
    .addColumn('guardian_email', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();

  // ACC-8: identities closed for cause may not register again (hashes, not the values).
  await schema
    .createTable('blocked_identities')
    .addColumn('identity_hash', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('email', 'phone')`))
    .addColumn('blocked_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // MKT-1: the welcome offer, honoured once by checkout.
  await schema
    .createTable('entitlements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('percent_off', 'integer', (c) => c.notNull())
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addUniqueConstraint('entitlements_once', ['customer_id', 'kind'])
    .execute();

  // ACC-4: a report of misuse or a security flaw, for staff to follow up.
  await schema
    .createTable('security_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.accounts.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
