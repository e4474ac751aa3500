import { sql, type Kysely } from 'kysely';

/** The customer's address book: where orders can be delivered (ORD-4 consignees included). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .withSchema('customers')
    .createTable('addresses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.accounts.id'))
    .addColumn('label', 'text')
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('recipient_phone', 'text', (c) => c.notNull())
    .addColumn('line1', 'text', (c) => c.notNull())
    .addColumn('line2', 'text')
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('country_code', 'text', (c) => c.notNull().check(sql`country_code ~ '^[A-Z]{2}$'`))
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.withSchema('customers').createIndex('addresses_customer_idx').on('addresses').column('customer_id').execute();
  // At most one default address per customer.
  await sql`create unique index addresses_one_default on customers.addresses (customer_id) where is_default`.execute(db);
}
