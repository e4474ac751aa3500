import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * Orders as offers (ORD-2): each line keeps a snapshot of what the customer reviewed and confirmed
 * (CAT-1) and its own status, so a line's contract can form when it ships while others stay offers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create sequence orders.order_numbers start 1001;

    create table orders.orders (
      id text primary key,
      number text not null unique,
      customer_id text,
      email text not null,
      phone text,
      -- ORD-4: who receives the goods, and whether that is the customer; with the address as reviewed.
      consignee jsonb not null,
      zone text not null check (zone in ('HK', 'CN', 'ASIA', 'ROW')),
      currency text not null,
      subtotal bigint not null,
      discount_total bigint not null,
      delivery_method text not null,
      delivery_amount bigint not null,
      duties_estimate bigint,
      total bigint not null check (total >= 0),
      promotions jsonb not null,
      payment_method text not null check (payment_method in ('card', 'bank_transfer', 'cod')),
      payment_status text not null check (payment_status in ('pending', 'authorised', 'review', 'failed', 'voided', 'refunded', 'not_required')),
      -- PAY-1: unpaid at this instant (database clock), the order is cancelled and its stock released.
      payment_deadline_at timestamptz,
      status text not null check (status in ('offer_received', 'cancelled', 'partly_shipped', 'shipped', 'delivered', 'closed')),
      cancel_reason text,
      -- Placing the same bag, or the same Idempotency-Key, again returns this order.
      bag_id text not null unique,
      idempotency_key text unique,
      -- Guests follow their order through a signed link; only its hash is kept.
      guest_access_hash text,
      agreement_version text not null,
      placed_at timestamptz not null,
      cancelled_at timestamptz
    );
    create index orders_customer_idx on orders.orders (customer_id, placed_at desc) where customer_id is not null;
    create index orders_deadline_idx on orders.orders (payment_deadline_at) where status = 'offer_received' and payment_status = 'pending';
    create index orders_placed_idx on orders.orders (placed_at desc, id desc);

    create table orders.order_lines (
      id text primary key,
      order_id text not null references orders.orders (id),
      position integer not null,
      variant_id text not null,
      product_id text not null,
      -- What the customer saw: names, designer, options, picture, seller, at the moment of placing.
      snapshot jsonb not null,
      quantity integer not null check (quantity > 0),
      unit_price bigint not null,
      discount bigint not null,
      total bigint not null,
      delivery_estimate jsonb,
      location_id text not null,
      reservation_id text not null,
      status text not null check (status in ('offer', 'contracted', 'cancelled', 'returned')),
      contracted_at timestamptz,
      cancelled_at timestamptz,
      unique (order_id, position)
    );

    -- ORD-5: every change of an order, for the customer's status history and the backstage.
    create table orders.order_events (
      id text primary key,
      order_id text not null references orders.orders (id),
      kind text not null,
      detail jsonb not null,
      at timestamptz not null
    );
    create index order_events_order_idx on orders.order_events (order_id, at);

    -- The checkout steps of a bag, kept until it is placed.
    create table orders.checkout_drafts (
      bag_id text primary key,
      details jsonb not null,
      updated_at timestamptz not null
    );
  `);
}
