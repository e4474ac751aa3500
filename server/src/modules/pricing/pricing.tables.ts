import type { Selectable } from 'kysely';

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

export interface PricingTables {
  'pricing.price_lists': PriceListsTable;
  'pricing.prices': PricesTable;
  'pricing.exchange_rates': ExchangeRatesTable;
}

export type PriceRow = Selectable<PricesTable>;
export type ExchangeRateRow = Selectable<ExchangeRatesTable>;
