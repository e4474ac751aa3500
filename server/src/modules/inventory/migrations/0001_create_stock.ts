import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * Stock per variant and location. Available = on hand − reserved; a reservation holds units for
 * an order until it ships (consumed) or is cancelled (released).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table inventory.locations (
      id text primary key,
      code text not null unique,
      name text not null,
      -- Where the goods leave from, which decides the transit time to each zone (CAT-4).
      origin text not null check (origin in ('HK', 'CN', 'EU', 'US', 'JP')),
      -- A supplier's own location: it ships those goods itself.
      supplier_id text,
      handling_days_min integer not null check (handling_days_min >= 0),
      handling_days_max integer not null check (handling_days_max >= handling_days_min),
      active boolean not null default true,
      created_at timestamptz not null
    );

    create table inventory.transit_times (
      origin text not null,
      zone text not null check (zone in ('HK', 'CN', 'ASIA', 'ROW')),
      days_min integer not null check (days_min >= 0),
      days_max integer not null check (days_max >= days_min),
      primary key (origin, zone)
    );

    create table inventory.stock_levels (
      variant_id text not null,
      location_id text not null references inventory.locations (id),
      on_hand integer not null check (on_hand >= 0),
      reserved integer not null default 0 check (reserved >= 0),
      updated_at timestamptz not null,
      primary key (variant_id, location_id),
      -- Never promise what is not on the shelf.
      check (reserved <= on_hand)
    );
    create index stock_levels_location_idx on inventory.stock_levels (location_id);

    create table inventory.reservations (
      id text primary key,
      variant_id text not null,
      location_id text not null references inventory.locations (id),
      quantity integer not null check (quantity > 0),
      -- What holds the units: an order line id.
      reference text not null,
      created_at timestamptz not null,
      released_at timestamptz,
      consumed_at timestamptz
    );
    create index reservations_reference_idx on inventory.reservations (reference);
    create index reservations_open_idx on inventory.reservations (variant_id, location_id) where released_at is null and consumed_at is null;
  `);
}
