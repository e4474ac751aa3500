import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyPromotions, type CandidatePromotion } from './pricing.promotion-engine.ts';
import type { EngineFacts, EngineLine } from './pricing.promotion-rules.ts';

const facts = (overrides: Partial<EngineFacts> = {}): EngineFacts => ({
  now: new Date('2026-03-01T00:00:00Z'), currency: 'HKD', customer: null, zone: null, toHkd: (a) => a, fromHkd: (a) => a, ...overrides,
});

const lines = (...amounts: number[]): EngineLine[] =>
  amounts.map((remaining, i) => ({ lineId: `l${i + 1}`, designerId: i === 0 ? 'des_a' : 'des_b', categoryIds: ['cat_bags'], quantity: 1, remaining }));

let created = 0;
const promotion = (overrides: Partial<CandidatePromotion>): CandidatePromotion => ({
  id: `promo_${++created}`, name: `Promotion ${created}`, code: null, priority: 0, createdAt: new Date(created), combinesWith: 'all',
  conditions: [], actions: [], blocked: null, ...overrides,
});

const tiers = { type: 'quantity_tiers', config: { tiers: [{ minQuantity: 1, percent: 15 }, { minQuantity: 2, percent: 25 }] } };
const percent = (value: number) => ({ type: 'percent_off_lines', config: { percent: value } });
const sumOf = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('promotion engine', () => {
  it('takes 15% off one item and 25% off two, to the cent', () => {
    const one = applyPromotions([promotion({ actions: [tiers] })], lines(123_456), facts());
    assert.equal(one.promotions[0]!.amount, 18_518); // 15% of HK$1,234.56 = 185.184
    const two = applyPromotions([promotion({ actions: [tiers] })], lines(123_456, 99_999), facts());
    assert.equal(two.promotions[0]!.amount, 55_864); // 25% of HK$2,234.55 = 558.6375
    assert.equal(sumOf(two.lineDiscounts), 55_864);
  });

  it('splits a discount over three lines so the parts add up exactly', () => {
    const { promotions, lineDiscounts } = applyPromotions([promotion({ actions: [percent(10)] })], lines(3_333, 3_333, 3_334), facts());
    assert.equal(promotions[0]!.amount, 1_000);
    assert.deepEqual([...lineDiscounts.values()], [333, 333, 334]);
    const odd = applyPromotions([promotion({ actions: [{ type: 'fixed_off_order', config: { amountHkd: 100 } }] })], lines(1, 1, 1), facts());
    assert.deepEqual([...odd.lineDiscounts.values()], [1, 1, 1]);
    const third = applyPromotions([promotion({ actions: [{ type: 'fixed_off_order', config: { amountHkd: 100 } }] })], lines(1_000, 1_000, 1_000), facts());
    assert.deepEqual([...third.lineDiscounts.values()], [34, 33, 33]);
    const cent = applyPromotions([promotion({ actions: [{ type: 'fixed_off_order', config: { amountHkd: 2 } }] })], lines(1_000, 1_000, 1_000), facts());
    assert.equal(sumOf(cent.lineDiscounts), 2);
  });

  it('rounds yen to whole yen and still loses none', () => {
    const { promotions, lineDiscounts } = applyPromotions([promotion({ actions: [tiers] })], lines(33_333, 33_333, 33_335), facts({ currency: 'JPY' }));
    assert.equal(promotions[0]!.amount, 25_000); // 25% of ¥100,001 = 25,000.25
    assert.equal(sumOf(lineDiscounts), 25_000);
    for (const share of lineDiscounts.values()) assert.ok(Number.isInteger(share));
  });

  it('never combines promotions that exclude each other, and says so', () => {
    const welcome = promotion({ name: 'Welcome', priority: 100, combinesWith: 'none', actions: [percent(10)] });
    const site = promotion({ name: 'Site code', code: 'MAISON', priority: 200, combinesWith: 'all', actions: [tiers] });
    const result = applyPromotions([welcome, site], lines(100_000), facts());
    assert.deepEqual(result.promotions.map((p) => [p.name, p.applied, p.reason, p.amount]), [['Site code', true, null, 15_000], ['Welcome', false, 'excluded', 0]]);
    assert.equal(sumOf(result.lineDiscounts), 15_000);
  });

  it('combines promotions that allow each other, the second on what the first left', () => {
    const first = promotion({ priority: 2, combinesWith: 'all', actions: [percent(10)] });
    const second = promotion({ priority: 1, combinesWith: [first.id], actions: [percent(10)] });
    const result = applyPromotions([second, first], lines(10_000), facts());
    assert.deepEqual(result.promotions.map((p) => p.amount), [1_000, 900]);
  });

  it('reports a promotion outside its dates as expired or not started', () => {
    const window = (from: string, until: string) => [{ type: 'date_window', config: { from, until } }];
    const past = promotion({ conditions: window('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), actions: [percent(10)] });
    const future = promotion({ conditions: window('2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z'), actions: [percent(10)] });
    const now = promotion({ conditions: window('2026-02-01T00:00:00Z', '2026-03-01T00:00:01Z'), actions: [percent(10)] });
    const result = applyPromotions([past, future, now], lines(10_000), facts());
    assert.deepEqual(result.promotions.map((p) => [p.promotionId, p.reason]), [[past.id, 'expired'], [future.id, 'not_started'], [now.id, null]]);
  });

  it('applies a designer-scoped discount to that designer’s lines only', () => {
    const scoped = promotion({ conditions: [{ type: 'designers', config: { designerIds: ['des_a'] } }], actions: [percent(20)] });
    const result = applyPromotions([scoped], lines(10_000, 50_000), facts());
    assert.deepEqual([...result.lineDiscounts.values()], [2_000, 0]);
  });

  it('says a minimum was not met, and that a guest is not a new member', () => {
    const minimum = promotion({ conditions: [{ type: 'minimum_spend', config: { amountHkd: 50_000 } }], actions: [percent(5)] });
    const members = promotion({ conditions: [{ type: 'customer', config: { who: 'new_member' } }], actions: [percent(10)] });
    const result = applyPromotions([minimum, members], lines(49_999), facts());
    assert.deepEqual(result.promotions.map((p) => p.reason), ['minimum_not_met', 'not_eligible']);
    const member = applyPromotions([members], lines(49_999), facts({ customer: { id: 'cus_1', welcomePercent: 10 } }));
    assert.equal(member.promotions[0]!.amount, 5_000);
  });
});
