import type { ColumnType, Selectable } from 'kysely';
import type { Zone } from '../inventory/index.ts';

export interface PriceListsTable {
  currency: string;
  is_base: boolean;
  created_at: Date;
}

export interface PricesTable {
  variant_id: string;
  currency: string;
  amount: bigint;
  compare_at_amount: bigint | null;
  updated_at: Date;
}

export interface ExchangeRatesTable {
  currency: string;
  per_hkd_micros: bigint;
  updated_at: Date;
}

/** A stored condition or action: its registry type and its config (checked by the registry on write). */
export interface StoredRule {
  type: string;
  config: Record<string, unknown>;
}

/** 'all', 'none', or the ids of the promotions it may be combined with. */
export type CombinesWith = 'all' | 'none' | string[];

export interface PromotionsTable {
  id: string;
  name: string;
  trigger: 'automatic' | 'code';
  conditions: ColumnType<StoredRule[], string, string>;
  actions: ColumnType<StoredRule[], string, string>;
  priority: number;
  combines_with: ColumnType<CombinesWith, string, string>;
  usage_limit: number | null;
  per_customer_limit: number | null;
  times_used: ColumnType<number, number | undefined, number>;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface PromotionCodesTable {
  code: string;
  promotion_id: string;
  single_use: boolean;
  active: boolean;
  used_at: Date | null;
  used_order_id: string | null;
  created_at: Date;
}

export interface RedemptionsTable {
  id: string;
  promotion_id: string;
  code: string | null;
  single_use_code: string | null;
  order_id: string;
  customer_id: string | null;
  amount: bigint;
  currency: string;
  redeemed_at: Date;
}

/** A band of a delivery rate: up to `upTo` grams (or HKD minor units of value), `amount` HKD minor units; null is the last band. */
export interface RateBand {
  upTo: number | null;
  amount: number;
}

export interface DeliveryRatesTable {
  zone: Zone;
  method: DeliveryMethod;
  basis: 'weight' | 'value';
  bands: ColumnType<RateBand[], string, string>;
  free_from_hkd: bigint | null;
  updated_at: Date;
}

export interface DutyRulesTable {
  zone: Zone;
  rate_basis_points: number;
  de_minimis_hkd: bigint;
  note: string;
  updated_at: Date;
}

export type DeliveryMethod = 'standard' | 'express';

export interface PricingTables {
  'pricing.price_lists': PriceListsTable;
  'pricing.prices': PricesTable;
  'pricing.exchange_rates': ExchangeRatesTable;
  'pricing.promotions': PromotionsTable;
  'pricing.promotion_codes': PromotionCodesTable;
  'pricing.redemptions': RedemptionsTable;
  'pricing.delivery_rates': DeliveryRatesTable;
  'pricing.duty_rules': DutyRulesTable;
}

export type PriceRow = Selectable<PricesTable>;
export type ExchangeRateRow = Selectable<ExchangeRatesTable>;
export type PromotionRow = Selectable<PromotionsTable>;
export type PromotionCodeRow = Selectable<PromotionCodesTable>;
export type DeliveryRateRow = Selectable<DeliveryRatesTable>;
export type DutyRuleRow = Selectable<DutyRulesTable>;
