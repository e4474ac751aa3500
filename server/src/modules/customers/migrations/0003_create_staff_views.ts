import { sql, type Kysely } from 'kysely';

/**
 * ACC-6: staff never use a customer's password. They may look at an account as the customer sees
 * it, read-only and for a short time, with a reason the customer is shown in their account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .withSchema('customers')
    .createTable('staff_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.accounts.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('reason_code', 'text', (c) => c.notNull().check(sql`reason_code in ('customer_request', 'order_support', 'fraud_investigation', 'legal_request', 'evidence_preservation')`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.withSchema('customers').createIndex('staff_views_customer_idx').on('staff_views').column('customer_id').execute();
  await db.schema.withSchema('customers').alterTable('sessions').addColumn('staff_view_id', 'text', (c) => c.references('customers.staff_views.id')).execute();
}
