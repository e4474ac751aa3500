import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { signedIn, type Browser } from '../access/access.test-helpers.ts';
import { expectStatus } from '../catalog/catalog.admin.test-helpers.ts';
import { line, priceLists, pricedVariant, promotionIn, quoteFor } from './pricing.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
let staff: Browser;
let bag: string;

const autumn = {
  name: 'Autumn knitwear: HK$100 off from HK$1,000',
  trigger: 'automatic',
  conditions: [{ type: 'minimum_spend', config: { amountHkd: 100_000 } }, { type: 'categories', config: { categoryIds: ['cat_demo'] } }],
  actions: [{ type: 'fixed_off_order', config: { amountHkd: 10_000 } }],
  priority: 10,
};

async function auditedActions(): Promise<string[]> {
  const rows = await app.platform.database.db.selectFrom('access.audit_events').select('action').where('action', 'like', 'pricing.%').orderBy('seq').execute();
  return rows.map((r) => r.action);
}

before(async () => {
  await priceLists(app);
  bag = await pricedVariant(app, { HKD: 123_456 });
  staff = await signedIn(app, 'catalogue@vitrine.localhost');
});

describe('backstage promotions', () => {
  it('is only for staff who manage the catalogue', async () => {
    const service = await signedIn(app, 'service@vitrine.localhost');
    assert.equal((await service.call('GET', '/api/admin/pricing/promotions')).statusCode, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/pricing/delivery-rates' })).statusCode, 401);
  });

  it('lists the demo shop’s welcome offer and site code', async () => {
    const list = expectStatus(await staff.call('GET', '/api/admin/pricing/promotions'), 200);
    assert.deepEqual(list.map((p: { trigger: string; codes: number }) => [p.trigger, p.codes]), [['code', 1], ['automatic', 0]]);
    assert.deepEqual(list[0].actions, [{ type: 'quantity_tiers', config: { tiers: [{ minQuantity: 1, percent: 15 }, { minQuantity: 2, percent: 25 }] } }]);
    assert.deepEqual([list[1].combinesWith, list[1].perCustomerLimit], ['none', 1]);
  });

  it('names each bad field of a promotion’s rules', async () => {
    const response = await staff.call('POST', '/api/admin/pricing/promotions', {
      ...autumn, conditions: [{ type: 'minimum_spend', config: { amountHkd: -5 } }, { type: 'moon_phase', config: {} }],
    });
    const problem = expectStatus(response, 422);
    assert.equal(problem.code, 'pricing.invalid_promotion');
    assert.deepEqual(problem.errors.map((e: { field: string }) => e.field), ['/conditions/0/config/amountHkd', '/conditions/1/type']);
  });

  it('creates, changes and ends a promotion, each step audited and felt by the next quote', async () => {
    const created = expectStatus(await staff.call('POST', '/api/admin/pricing/promotions', autumn), 201);
    assert.equal(promotionIn(await quoteFor(app, { lines: [line(bag)] }), 'Autumn').amount, 10_000);

    expectStatus(await staff.call('PATCH', `/api/admin/pricing/promotions/${created.id}`, { actions: [{ type: 'fixed_off_order', config: { amountHkd: 20_000 } }] }), 200);
    assert.equal(promotionIn(await quoteFor(app, { lines: [line(bag)] }), 'Autumn').amount, 20_000);
    assert.equal(promotionIn(await quoteFor(app, { lines: [line(bag, { categoryIds: ['cat_shoes'] })] }), 'Autumn').reason, 'not_eligible');

    const ended = expectStatus(await staff.call('POST', `/api/admin/pricing/promotions/${created.id}/deactivate`), 200);
    assert.equal(ended.active, false);
    assert.ok(!(await quoteFor(app, { lines: [line(bag)] })).promotions.some((p) => p.name.startsWith('Autumn')));
    assert.deepEqual(await auditedActions(), ['pricing.promotion_created', 'pricing.promotion_updated', 'pricing.promotion_deactivated']);
  });

  it('generates single-use codes and refuses a shared code that exists', async () => {
    const promotion = expectStatus(await staff.call('POST', '/api/admin/pricing/promotions', {
      name: 'Press preview', trigger: 'code', conditions: [], actions: [{ type: 'percent_off_lines', config: { percent: 30 } }], code: 'press-2026',
    }), 201);
    const generated = expectStatus(await staff.call('POST', `/api/admin/pricing/promotions/${promotion.id}/codes`, { generate: 25 }), 201);
    assert.equal(new Set(generated.map((c: { code: string }) => c.code)).size, 25);
    assert.ok(generated.every((c: { singleUse: boolean; usedAt: null }) => c.singleUse && c.usedAt === null));
    const codes = expectStatus(await staff.call('GET', `/api/admin/pricing/promotions/${promotion.id}/codes`), 200);
    assert.equal(codes.length, 26);
    assert.equal(expectStatus(await staff.call('POST', `/api/admin/pricing/promotions/${promotion.id}/codes`, { code: 'MAISON' }), 409).code, 'pricing.code_taken');
  });
});

describe('backstage delivery rates and duties', () => {
  it('lists the four zones’ rates and changes one', async () => {
    const rates = expectStatus(await staff.call('GET', '/api/admin/pricing/delivery-rates'), 200);
    assert.deepEqual(rates.map((r: { zone: string; method: string }) => `${r.zone}/${r.method}`).sort(), [
      'ASIA/express', 'ASIA/standard', 'CN/express', 'CN/standard', 'HK/express', 'HK/standard', 'ROW/express', 'ROW/standard',
    ]);
    const bad = await staff.call('PUT', '/api/admin/pricing/delivery-rates/CN/express', { basis: 'weight', bands: [{ upTo: null, amount: 1 }, { upTo: 500, amount: 2 }], freeFromHkd: null });
    assert.equal(expectStatus(bad, 422).code, 'pricing.invalid_rate');
    expectStatus(await staff.call('PUT', '/api/admin/pricing/delivery-rates/CN/express', { basis: 'weight', bands: [{ upTo: null, amount: 5_000 }], freeFromHkd: 100_000 }), 200);
    assert.deepEqual((await quoteFor(app, { lines: [line(bag)], zone: 'CN', deliveryMethod: 'express' })).delivery, { method: 'express', amount: 0, freeFrom: 100_000, free: true });
  });

  it('changes a zone’s duty estimate', async () => {
    const rule = expectStatus(await staff.call('PUT', '/api/admin/pricing/duty-rules/ASIA', { rateBasisPoints: 1_000, deMinimisHkd: 0, note: 'Estimated duties for Asia.' }), 200);
    assert.equal(rule.rateBasisPoints, 1_000);
    const quote = await quoteFor(app, { lines: [line(bag, { crossBorder: true })], zone: 'ASIA' });
    assert.equal(quote.duties?.amount, 12_346);
    assert.ok((await auditedActions()).includes('pricing.duty_rule_set'));
  });
});
