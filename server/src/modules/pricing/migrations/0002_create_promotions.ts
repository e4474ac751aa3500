import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * Promotions as data (conditions and actions kept as jsonb, validated by the registry in code),
 * their codes, the ledger of redemptions, delivery rates per zone and method, and the duty rules
 * per destination zone (an estimate shown to the customer, never charged).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table pricing.promotions (
      id text primary key,
      name text not null,
      -- 'automatic' promotions apply by themselves; 'code' promotions need one of their codes.
      trigger text not null check (trigger in ('automatic', 'code')),
      conditions jsonb not null,
      actions jsonb not null,
      -- Higher first; ties go to the older promotion.
      priority integer not null default 0,
      -- 'all', 'none', or an array of the promotion ids it may be combined with.
      combines_with jsonb not null,
      usage_limit integer check (usage_limit > 0),
      per_customer_limit integer check (per_customer_limit > 0),
      times_used integer not null default 0,
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (usage_limit is null or times_used <= usage_limit)
    );

    create table pricing.promotion_codes (
      code text primary key check (code = upper(code)),
      promotion_id text not null references pricing.promotions (id),
      single_use boolean not null,
      active boolean not null default true,
      used_at timestamptz,
      used_order_id text,
      created_at timestamptz not null,
      check (single_use or used_at is null)
    );
    create index promotion_codes_promotion_idx on pricing.promotion_codes (promotion_id);

    create table pricing.redemptions (
      id text primary key,
      promotion_id text not null references pricing.promotions (id),
      code text,
      -- Set only for a single-use code: the last guard against a code used twice.
      single_use_code text unique,
      order_id text not null,
      customer_id text,
      amount bigint not null check (amount >= 0),
      currency text not null,
      redeemed_at timestamptz not null,
      unique (promotion_id, order_id)
    );
    create index redemptions_customer_idx on pricing.redemptions (promotion_id, customer_id) where customer_id is not null;

    -- Bands of weight (grams) or of the bag's value (HKD minor units), each with a fee in HKD.
    create table pricing.delivery_rates (
      zone text not null check (zone in ('HK', 'CN', 'ASIA', 'ROW')),
      method text not null check (method in ('standard', 'express')),
      basis text not null check (basis in ('weight', 'value')),
      bands jsonb not null,
      free_from_hkd bigint check (free_from_hkd >= 0),
      updated_at timestamptz not null,
      primary key (zone, method)
    );

    create table pricing.duty_rules (
      zone text primary key check (zone in ('HK', 'CN', 'ASIA', 'ROW')),
      rate_basis_points integer not null check (rate_basis_points between 0 and 10000),
      de_minimis_hkd bigint not null check (de_minimis_hkd >= 0),
      note text not null,
      updated_at timestamptz not null
    );
  `);
}
