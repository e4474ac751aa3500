import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * Shipments and what happens to them on the way (DEL-2 to DEL-6). A line's contract forms when
 * the shipment carrying it leaves the warehouse (ORD-2): `dispatched_at` is that moment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    -- The thresholds and windows staff set in the backstage; one row.
    create table fulfilment.settings (
      id boolean primary key default true check (id),
      -- DEL-5: parcels worth this much (HKD minor units) or more need the consignee's ID checked.
      id_check_from_hkd bigint not null check (id_check_from_hkd > 0),
      -- DEL-6: this many unjustified refusals within the period refuse new orders.
      refusal_limit integer not null check (refusal_limit between 1 and 20),
      refusal_period_months integer not null check (refusal_period_months between 1 and 60),
      return_window_days integer not null check (return_window_days between 0 and 365),
      -- The secret carriers sign their webhooks with; made at first use, shown to staff to give the carrier.
      carrier_webhook_secret text,
      updated_at timestamptz not null
    );
    insert into fulfilment.settings (id_check_from_hkd, refusal_limit, refusal_period_months, return_window_days, updated_at)
    values (5000000, 3, 12, 14, now());

    create table fulfilment.shipments (
      id text primary key,
      number text not null unique,
      order_id text not null,
      customer_id text,
      location_id text not null,
      status text not null check (status in ('packing', 'in_transit', 'out_for_delivery', 'attempted', 'delivered', 'refused', 'exception', 'cancelled')),
      carrier text,
      tracking_number text,
      -- What the parcel is worth, in the order's currency and in HKD for the ID-check threshold.
      value bigint not null,
      currency text not null,
      value_hkd bigint not null,
      id_check_required boolean not null,
      -- ORD-4: who receives it and where; an address change in transit rewrites it (DEL-3).
      consignee jsonb not null,
      -- The consignee's signed link in the delivery notice; only its hash is kept.
      consignee_access_hash text,
      -- Calendar days in the shop's zone, as promised (kept as text: a day, not an instant).
      estimated_from text check (estimated_from ~ '^\\d{4}-\\d{2}-\\d{2}$'),
      estimated_to text check (estimated_to ~ '^\\d{4}-\\d{2}-\\d{2}$'),
      -- DEL-4: a receiver the consignee authorised through customer service.
      authorised_proxy jsonb,
      -- DEL-4: who took the parcel (consignee, reception, property management, security, proxy).
      received_by jsonb,
      -- DEL-5: who checked which kind of document; never the document's number.
      id_check jsonb,
      created_by text not null,
      created_at timestamptz not null,
      dispatched_at timestamptz,
      delivered_at timestamptz,
      updated_at timestamptz not null,
      unique (carrier, tracking_number)
    );
    create index shipments_order_idx on fulfilment.shipments (order_id, created_at);
    create index shipments_customer_idx on fulfilment.shipments (customer_id, created_at) where customer_id is not null;
    create index shipments_open_idx on fulfilment.shipments (location_id, status) where status in ('packing', 'in_transit', 'out_for_delivery', 'attempted', 'exception');

    -- A line travels in one shipment (lines are the unit of a contract).
    create table fulfilment.shipment_lines (
      shipment_id text not null references fulfilment.shipments (id),
      order_line_id text not null unique,
      amount bigint not null,
      primary key (shipment_id, order_line_id)
    );

    -- DEL-2: every step on the way, from staff or from the carrier, with a reason where it went wrong.
    create table fulfilment.delivery_events (
      id text primary key,
      shipment_id text not null references fulfilment.shipments (id),
      kind text not null check (kind in ('dispatched', 'in_transit', 'out_for_delivery', 'attempted', 'delivered', 'refused', 'exception', 'address_changed')),
      reason text,
      -- True when the reason is one that exempts the shop (DEL-2).
      exempt boolean not null default false,
      note text,
      source text not null check (source in ('staff', 'carrier', 'customer', 'consignee')),
      -- The carrier's own event id: a webhook sent twice is recorded once.
      external_id text unique,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null
    );
    create index delivery_events_shipment_idx on fulfilment.delivery_events (shipment_id, occurred_at);

    -- DEL-3: an address changed while the parcel travels, recorded as the customer's own decision.
    create table fulfilment.address_changes (
      id text primary key,
      shipment_id text not null references fulfilment.shipments (id),
      requested_by text not null check (requested_by in ('customer', 'consignee')),
      previous jsonb not null,
      address jsonb not null,
      at timestamptz not null
    );

    -- DEL-6: a refused delivery, and whether the refusal was justified.
    create table fulfilment.refusals (
      id text primary key,
      shipment_id text not null unique references fulfilment.shipments (id),
      customer_id text,
      stated_reason text,
      classification text not null check (classification in ('pending', 'justified', 'unjustified')),
      justification text check (justification in ('damaged', 'wrong_item', 'late')),
      classified_by text,
      classified_at timestamptz,
      refused_at timestamptz not null
    );
    create index refusals_customer_idx on fulfilment.refusals (customer_id, refused_at) where classification = 'unjustified';
  `);
}
