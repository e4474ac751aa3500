import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * One price list per currency (HKD is the base), a price per variant in each list, and stored
 * exchange rates for currencies shown without a list (marked approximate wherever they show).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table pricing.price_lists (
      currency text primary key,
      is_base boolean not null default false,
      created_at timestamptz not null
    );
    create unique index price_lists_one_base_idx on pricing.price_lists (is_base) where is_base;

    create table pricing.prices (
      variant_id text not null,
      currency text not null references pricing.price_lists (currency),
      amount bigint not null check (amount > 0),
      -- The former price of a markdown, shown struck through.
      compare_at_amount bigint check (compare_at_amount > amount),
      updated_at timestamptz not null,
      primary key (variant_id, currency)
    );

    -- Units of the currency per 1 HKD, in millionths (1 HKD = 0.128 USD is 128000).
    create table pricing.exchange_rates (
      currency text primary key,
      per_hkd_micros bigint not null check (per_hkd_micros > 0),
      updated_at timestamptz not null
    );
  `);
}
