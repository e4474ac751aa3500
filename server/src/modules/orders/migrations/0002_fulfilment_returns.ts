import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * What happens to lines after the offer: delivered, returned, exchanged (ORD-2, ORD-3, PAY-2);
 * the language the customer ordered in, for the mails that follow; and return requests.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    alter table orders.orders add column locale text not null default 'en' check (locale in ('en', 'zh-Hant', 'zh-Hans'));
    alter table orders.order_lines
      add column delivered_at timestamptz,
      add column returned_at timestamptz,
      -- An exchange ships like any line; it points at the line it replaces and costs nothing more.
      add column exchange_for text references orders.order_lines (id);

    create table orders.returns (
      id text primary key,
      order_id text not null references orders.orders (id),
      customer_id text,
      status text not null check (status in ('requested', 'approved', 'refused', 'in_transit', 'received', 'refunded', 'exchanged')),
      reason text not null,
      resolution text not null check (resolution in ('refund', 'exchange')),
      decision_reason text,
      carrier text,
      tracking_number text,
      refund_amount bigint,
      requested_at timestamptz not null,
      decided_at timestamptz,
      received_at timestamptz,
      closed_at timestamptz
    );
    create index returns_open_idx on orders.returns (requested_at) where status in ('requested', 'approved', 'in_transit', 'received');
    create index returns_order_idx on orders.returns (order_id);

    create table orders.return_lines (
      return_id text not null references orders.returns (id),
      order_line_id text not null references orders.order_lines (id),
      -- For an exchange: the piece sent instead.
      exchange_variant_id text,
      primary key (return_id, order_line_id)
    );
    create index return_lines_line_idx on orders.return_lines (order_line_id);
  `);
}
