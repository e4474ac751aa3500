import { sql, type Kysely } from 'kysely';

/** Supplier organisations, the people who sign in for them, and their sessions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const schema = db.schema.withSchema('access');
  await schema
    .createTable('supplier_organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'suspended')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await schema
    .createTable('supplier_users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('access.supplier_organisations.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'disabled')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await schema.createIndex('supplier_users_organisation_idx').on('supplier_users').columns(['organisation_id']).execute();

  await schema
    .createTable('supplier_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('supplier_user_id', 'text', (c) => c.notNull().references('access.supplier_users.id'))
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
  await schema
    .createIndex('supplier_sessions_user_idx')
    .on('supplier_sessions')
    .columns(['supplier_user_id'])
    .where(sql.ref('ended_at'), 'is', null)
    .execute();
}
