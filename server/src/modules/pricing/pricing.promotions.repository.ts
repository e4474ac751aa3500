import { sql, type Insertable, type Kysely } from 'kysely';
import type { Zone } from '../inventory/index.ts';
import type {
  DeliveryMethod, DeliveryRateRow, DeliveryRatesTable, DutyRuleRow, DutyRulesTable, PricingTables, PromotionCodeRow, PromotionCodesTable,
  PromotionRow, PromotionsTable, RedemptionsTable,
} from './pricing.tables.ts';

type Db = Kysely<PricingTables>;

/** The SQL of promotions, codes, redemptions, delivery rates and duty rules. */
export const promotionsRepository = {
  async activeAutomatic(db: Db): Promise<PromotionRow[]> {
    return db.selectFrom('pricing.promotions').selectAll().where('trigger', '=', 'automatic').where('active', '=', true).execute();
  },

  async promotionsByIds(db: Db, ids: readonly string[]): Promise<PromotionRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('pricing.promotions').selectAll().where('id', 'in', ids).execute();
  },

  async codes(db: Db, codes: readonly string[]): Promise<PromotionCodeRow[]> {
    if (codes.length === 0) return [];
    return db.selectFrom('pricing.promotion_codes').selectAll().where('code', 'in', codes).execute();
  },

  /** Redemptions per promotion by this customer, for per-customer limits. */
  async customerUses(db: Db, customerId: string, promotionIds: readonly string[]): Promise<Map<string, number>> {
    if (promotionIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('pricing.redemptions')
      .select(['promotion_id', (eb) => eb.fn.countAll<string>().as('uses')])
      .where('customer_id', '=', customerId)
      .where('promotion_id', 'in', promotionIds)
      .groupBy('promotion_id')
      .execute();
    return new Map(rows.map((r) => [r.promotion_id, Number(r.uses)]));
  },

  /** Locks the promotion row: concurrent redemptions of one promotion queue here, so limits hold. */
  async lockPromotion(db: Db, id: string): Promise<PromotionRow | undefined> {
    return db.selectFrom('pricing.promotions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async lockCode(db: Db, code: string): Promise<PromotionCodeRow | undefined> {
    return db.selectFrom('pricing.promotion_codes').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  },

  async redemptionOf(db: Db, promotionId: string, orderId: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('pricing.redemptions').select('id').where('promotion_id', '=', promotionId).where('order_id', '=', orderId).executeTakeFirst();
  },

  async insertRedemption(db: Db, row: Insertable<RedemptionsTable>): Promise<void> {
    await db.insertInto('pricing.redemptions').values(row).execute();
  },

  async countUse(db: Db, promotionId: string, at: Date): Promise<void> {
    await db.updateTable('pricing.promotions').set({ times_used: sql`times_used + 1`, updated_at: at }).where('id', '=', promotionId).execute();
  },

  async markCodeUsed(db: Db, code: string, orderId: string, at: Date): Promise<void> {
    await db.updateTable('pricing.promotion_codes').set({ used_at: at, used_order_id: orderId }).where('code', '=', code).execute();
  },

  // Backstage

  async listPromotions(db: Db, id?: string): Promise<(PromotionRow & { codes: number; codes_used: number })[]> {
    return db
      .selectFrom('pricing.promotions as p')
      .selectAll('p')
      .select((eb) => [
        eb.selectFrom('pricing.promotion_codes as c').whereRef('c.promotion_id', '=', 'p.id').select(eb.fn.countAll<number>().as('n')).as('codes'),
        eb.selectFrom('pricing.promotion_codes as c').whereRef('c.promotion_id', '=', 'p.id').where('c.used_at', 'is not', null).select(eb.fn.countAll<number>().as('n')).as('codes_used'),
      ])
      .$if(id !== undefined, (q) => q.where('p.id', '=', id!))
      .orderBy('p.active', 'desc')
      .orderBy('p.priority', 'desc')
      .orderBy('p.created_at')
      .execute() as never;
  },

  async insertPromotion(db: Db, row: Insertable<PromotionsTable>): Promise<void> {
    await db.insertInto('pricing.promotions').values(row).execute();
  },

  async updatePromotion(db: Db, id: string, changes: Partial<Insertable<PromotionsTable>>): Promise<void> {
    await db.updateTable('pricing.promotions').set(changes).where('id', '=', id).execute();
  },

  async codesOf(db: Db, promotionId: string, limit: number): Promise<PromotionCodeRow[]> {
    return db.selectFrom('pricing.promotion_codes').selectAll().where('promotion_id', '=', promotionId).orderBy('created_at').orderBy('code').limit(limit).execute();
  },

  /** Inserts the codes; returns those that were new (a clash with an existing code is skipped). */
  async insertCodes(db: Db, rows: Insertable<PromotionCodesTable>[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted = await db.insertInto('pricing.promotion_codes').values(rows).onConflict((oc) => oc.column('code').doNothing()).returning('code').execute();
    return inserted.map((r) => r.code);
  },

  async deactivateCode(db: Db, code: string): Promise<PromotionCodeRow | undefined> {
    return db.updateTable('pricing.promotion_codes').set({ active: false }).where('code', '=', code).returningAll().executeTakeFirst();
  },

  async deliveryRate(db: Db, zone: Zone, method: DeliveryMethod): Promise<DeliveryRateRow | undefined> {
    return db.selectFrom('pricing.delivery_rates').selectAll().where('zone', '=', zone).where('method', '=', method).executeTakeFirst();
  },

  async deliveryRates(db: Db): Promise<DeliveryRateRow[]> {
    return db.selectFrom('pricing.delivery_rates').selectAll().orderBy('zone').orderBy('method').execute();
  },

  async upsertDeliveryRate(db: Db, row: Insertable<DeliveryRatesTable>): Promise<void> {
    await db.insertInto('pricing.delivery_rates').values(row).onConflict((oc) => oc.columns(['zone', 'method']).doUpdateSet({
      basis: sql`excluded.basis`, bands: sql`excluded.bands`, free_from_hkd: sql`excluded.free_from_hkd`, updated_at: sql`excluded.updated_at`,
    })).execute();
  },

  async dutyRule(db: Db, zone: Zone): Promise<DutyRuleRow | undefined> {
    return db.selectFrom('pricing.duty_rules').selectAll().where('zone', '=', zone).executeTakeFirst();
  },

  async dutyRules(db: Db): Promise<DutyRuleRow[]> {
    return db.selectFrom('pricing.duty_rules').selectAll().orderBy('zone').execute();
  },

  async upsertDutyRule(db: Db, row: Insertable<DutyRulesTable>): Promise<void> {
    await db.insertInto('pricing.duty_rules').values(row).onConflict((oc) => oc.column('zone').doUpdateSet({
      rate_basis_points: sql`excluded.rate_basis_points`, de_minimis_hkd: sql`excluded.de_minimis_hkd`, note: sql`excluded.note`, updated_at: sql`excluded.updated_at`,
    })).execute();
  },
};
