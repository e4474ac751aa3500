import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { as, newCustomer } from '../../../tests/support/accounts.ts';
import { ENGINE, testApp } from '../../../tests/support/app.ts';
import { newId } from '../../kernel/ids.ts';
import { signedIn, type Browser } from '../access/access.test-helpers.ts';
import { expectStatus } from '../catalog/catalog.admin.test-helpers.ts';
import type { Quote } from './pricing.types.ts';
import { line, priceLists, pricedVariant, promotionIn, quoteFor, run } from './pricing.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const pricing = app.platform.modules.pricing;
let staff: Browser;
let bag: string;

const redeem = (quote: Quote, customerId: string | null = null, orderId = newId('ord')) =>
  run(app, (ctx) => pricing.redeem(ctx, quote, { orderId, customerId }));

async function codePromotion(body: Record<string, unknown>): Promise<string> {
  return expectStatus(await staff.call('POST', '/api/admin/pricing/promotions', {
    trigger: 'code', conditions: [], actions: [{ type: 'percent_off_lines', config: { percent: 20 } }], priority: 300, ...body,
  }), 201).id;
}

async function redemptionsOf(promotionId: string): Promise<number> {
  const rows = await app.platform.database.db.selectFrom('pricing.redemptions').select('id').where('promotion_id', '=', promotionId).execute();
  return rows.length;
}

before(async () => {
  await priceLists(app);
  bag = await pricedVariant(app, { HKD: 123_456 });
  staff = await signedIn(app, 'catalogue@vitrine.localhost');
});

describe(`redeeming promotions (${ENGINE})`, () => {
  it('lets only one of 20 concurrent checkouts use a single-use code', async () => {
    const promotionId = await codePromotion({ name: 'Private client evening' });
    const [code] = expectStatus(await staff.call('POST', `/api/admin/pricing/promotions/${promotionId}/codes`, { generate: 1, prefix: 'vip' }), 201);
    assert.match(code.code, /^VIP-[2-9A-Z]{8}$/);
    const quote = await quoteFor(app, { lines: [line(bag)], codes: [code.code.toLowerCase()] });
    assert.equal(promotionIn(quote, code.code).amount, 24_691);

    const attempts = await Promise.allSettled(Array.from({ length: 20 }, () => redeem(quote)));
    const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    assert.equal(attempts.length - refused.length, 1);
    for (const r of refused) assert.deepEqual([r.reason.code, r.reason.status], ['pricing.promotion_unavailable', 409]);
    assert.equal(await redemptionsOf(promotionId), 1);

    const again = await quoteFor(app, { lines: [line(bag)], codes: [code.code] });
    assert.deepEqual([promotionIn(again, code.code).applied, promotionIn(again, code.code).reason], [false, 'limit_reached']);
  });

  it('holds a limit per customer, and needs a signed-in customer for it', async () => {
    const promotionId = await codePromotion({ name: 'Loyal five', code: 'LOYAL5', perCustomerLimit: 1, combinesWith: 'all' });
    const customer = await newCustomer(app);
    const first = await quoteFor(app, { lines: [line(bag)], codes: ['LOYAL5'], customer: { id: customer.customerId } });
    assert.equal(promotionIn(first, 'LOYAL5').applied, true);
    await redeem(first, customer.customerId);

    const second = await quoteFor(app, { lines: [line(bag)], codes: ['LOYAL5'], customer: { id: customer.customerId } });
    assert.equal(promotionIn(second, 'LOYAL5').reason, 'limit_reached');
    await assert.rejects(redeem(first, customer.customerId), { code: 'pricing.promotion_unavailable' });
    const guest = await quoteFor(app, { lines: [line(bag)], codes: ['LOYAL5'] });
    assert.equal(promotionIn(guest, 'LOYAL5').reason, 'not_eligible');
    assert.equal(await redemptionsOf(promotionId), 1);
  });

  it('holds a total limit, and records an order’s redemption once however often it is retried', async () => {
    const promotionId = await codePromotion({ name: 'First two', code: 'FIRST2', usageLimit: 2 });
    const quote = await quoteFor(app, { lines: [line(bag)], codes: ['FIRST2'] });
    const orderId = newId('ord');
    await redeem(quote, null, orderId);
    await redeem(quote, null, orderId);
    await redeem(quote);
    await assert.rejects(redeem(quote), { code: 'pricing.promotion_unavailable' });
    assert.equal(await redemptionsOf(promotionId), 2);
    assert.equal(promotionIn(await quoteFor(app, { lines: [line(bag)], codes: ['FIRST2'] }), 'FIRST2').reason, 'limit_reached');
  });

  it('uses up the welcome offer with the first order', async () => {
    const member = await newCustomer(app);
    const quote = await quoteFor(app, { lines: [line(bag)], customer: { id: member.customerId } });
    assert.equal(promotionIn(quote, 'Welcome').amount, 12_346);
    await redeem(quote, member.customerId);

    const entitlements = (await app.inject({ method: 'GET', url: '/api/account/entitlements', headers: as(member) })).json().entitlements;
    assert.deepEqual(entitlements.map((e: { kind: string; used: boolean }) => [e.kind, e.used]), [['welcome-10', true]]);
    const next = await quoteFor(app, { lines: [line(bag)], customer: { id: member.customerId } });
    assert.equal(promotionIn(next, 'Welcome').reason, 'limit_reached');
    await assert.rejects(redeem(quote, member.customerId), { code: 'pricing.promotion_unavailable' });
  });

  it('refuses a code withdrawn after the bag was priced', async () => {
    const promotionId = await codePromotion({ name: 'Withdrawn soon', code: 'SOON-GONE' });
    const quote = await quoteFor(app, { lines: [line(bag)], codes: ['SOON-GONE'] });
    expectStatus(await staff.call('POST', '/api/admin/pricing/codes/soon-gone/deactivate'), 200);
    await assert.rejects(redeem(quote), { code: 'pricing.promotion_unavailable' });
    assert.equal(promotionIn(await quoteFor(app, { lines: [line(bag)], codes: ['SOON-GONE'] }), 'SOON-GONE').reason, 'expired');
    assert.equal(await redemptionsOf(promotionId), 0);
  });
});
