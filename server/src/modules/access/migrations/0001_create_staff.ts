import { sql, type Kysely } from 'kysely';

/** Staff accounts, their sessions, and the audit log of what staff did. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const schema = db.schema.withSchema('access');
  await schema
    .createTable('staff_users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('totp_secret', 'text')
    .addColumn('totp_pending_secret', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'disabled')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await schema
    .createTable('staff_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('access.staff_users.id'))
    // Only the SHA-256 of the cookie's token: a copy of the database opens no session.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('end_reason', 'text')
    .addColumn('ip_network', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await schema.createIndex('staff_sessions_staff_idx').on('staff_sessions').columns(['staff_id']).where(sql.ref('ended_at'), 'is', null).execute();

  await schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Insertion order: events of one instant still list in the order they happened.
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('access.staff_users.id'))
    .addColumn('session_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('request_id', 'text', (c) => c.notNull())
    .execute();
  // The log is read newest first, whole or narrowed to one staff member or one subject.
  await schema.createIndex('audit_events_at_idx').on('audit_events').columns(['at desc', 'seq desc']).execute();
  await schema.createIndex('audit_events_staff_idx').on('audit_events').columns(['staff_id', 'at desc', 'seq desc']).execute();
  await schema.createIndex('audit_events_subject_idx').on('audit_events').columns(['subject_type', 'subject_id', 'at desc', 'seq desc']).execute();
}
