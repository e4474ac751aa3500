import { sql, type Kysely } from 'kysely';
import type { ExchangeRateRow, PriceRow, PricingTables } from './pricing.tables.ts';

type Db = Kysely<PricingTables>;

/** All SQL of the pricing module. */
export const pricingRepository = {
  async priceListCurrencies(db: Db): Promise<string[]> {
    const rows = await db.selectFrom('pricing.price_lists').select('currency').orderBy('is_base', 'desc').orderBy('currency').execute();
    return rows.map((r) => r.currency);
  },

  async exchangeRates(db: Db): Promise<ExchangeRateRow[]> {
    return db.selectFrom('pricing.exchange_rates').selectAll().execute();
  },

  /** Prices of the variants in the given currencies (HKD is always worth asking for: it is the base). */
  async pricesOf(db: Db, variantIds: readonly string[], currencies?: readonly string[]): Promise<PriceRow[]> {
    if (variantIds.length === 0) return [];
    return db
      .selectFrom('pricing.prices')
      .selectAll()
      .where('variant_id', 'in', variantIds)
      .$if(currencies !== undefined, (q) => q.where('currency', 'in', currencies!))
      .execute();
  },

  async upsertPrices(db: Db, rows: PriceRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insertInto('pricing.prices')
      .values(rows)
      .onConflict((oc) => oc.columns(['variant_id', 'currency']).doUpdateSet({
        amount: sql`excluded.amount`, compare_at_amount: sql`excluded.compare_at_amount`, updated_at: sql`excluded.updated_at`,
      }))
      .execute();
  },

  async deletePrices(db: Db, variantId: string, currencies: readonly string[]): Promise<void> {
    if (currencies.length === 0) return;
    await db.deleteFrom('pricing.prices').where('variant_id', '=', variantId).where('currency', 'in', currencies).execute();
  },

  async insertPriceLists(db: Db, currencies: readonly string[], base: string, at: Date): Promise<void> {
    await db
      .insertInto('pricing.price_lists')
      .values(currencies.map((currency) => ({ currency, is_base: currency === base, created_at: at })))
      .onConflict((oc) => oc.column('currency').doNothing())
      .execute();
  },

  async upsertRates(db: Db, rows: ExchangeRateRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insertInto('pricing.exchange_rates')
      .values(rows)
      .onConflict((oc) => oc.column('currency').doUpdateSet({ per_hkd_micros: sql`excluded.per_hkd_micros`, updated_at: sql`excluded.updated_at` }))
      .execute();
  },
};
