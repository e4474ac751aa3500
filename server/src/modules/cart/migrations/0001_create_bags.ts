import { sql, type Kysely } from 'kysely';

/** Bags, their lines and wish lists. Customers, products and orders belong to other modules: no foreign keys to them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const schema = db.schema.withSchema('cart');

  await schema
    .createTable('bags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text')
    .addColumn('guest_token_hash', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'ordered', 'merged')`))
    .addColumn('codes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('order_id', 'text')
    .addColumn('merged_into', 'text', (c) => c.references('cart.bags.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('bags_have_an_owner', sql`customer_id is not null or guest_token_hash is not null`)
    .execute();
  // One active bag per customer: two tabs creating one at once end with the same bag.
  await sql`create unique index bags_one_active_per_customer on cart.bags (customer_id) where status = 'active' and customer_id is not null`.execute(db);

  await schema
    .createTable('bag_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bag_id', 'text', (c) => c.notNull().references('cart.bags.id').onDelete('cascade'))
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity between 1 and 10`))
    .addColumn('price_at_add', 'bigint', (c) => c.notNull())
    .addColumn('currency_at_add', 'text', (c) => c.notNull())
    .addColumn('available_at_add', 'boolean', (c) => c.notNull())
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('bag_lines_one_per_variant', ['bag_id', 'variant_id'])
    .execute();

  await schema
    .createTable('wishlist_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text')
    .addColumn('bag_id', 'text', (c) => c.references('cart.bags.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('variant_id', 'text')
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('wishlist_items_one_owner', sql`(customer_id is null) <> (bag_id is null)`)
    .addUniqueConstraint('wishlist_items_once_per_customer', ['customer_id', 'item_key'])
    .addUniqueConstraint('wishlist_items_once_per_bag', ['bag_id', 'item_key'])
    .execute();
  await sql`create index wishlist_items_by_customer on cart.wishlist_items (customer_id, added_at desc)`.execute(db);
}
