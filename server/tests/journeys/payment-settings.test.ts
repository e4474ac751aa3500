import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedIn } from '../../src/modules/access/access.test-helpers.ts';
import { seedLocations, seedProducts } from '../../src/modules/catalog/catalog.test-helpers.ts';
import { cardPayment, paymentsWith, sessionOf, signedEvents, submitCard } from '../../src/modules/payments/payments.test-helpers.ts';
import { SIGNATURE_HEADER } from '../../src/modules/payments/sandbox/index.ts';
import { testApp } from '../support/app.ts';
import { cookieFrom, currentAgreement } from '../support/accounts.ts';

/**
 * PAY-1 and PAY-3 as settings: the order manager decides which methods are offered, how long each
 * order may wait for its money, and from which risk score a card payment waits for review; the
 * next checkout follows.
 */
const app = await testApp({ env: { DEMO_PRODUCTS: '0' }, config: { publicUrl: 'http://127.0.0.1:9' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Silk carré', designer: 'Maison Velour', category: 'Accessories', variants: [{ colour: 'ivory', hkd: 450_000, stock: { HK: 20 } }] },
]);
const scarf = products.get('Silk carré')!.variantIds[0]!;
const manager = await signedIn(app, 'orders@vitrine.localhost');

const hongKong = { name: 'Amélie Laurent', phone: '+85291234567', isCustomer: true, address: { line1: '1 Queen’s Road Central', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };

/** A guest with the scarf in the bag, contact and address given, paying by `paymentMethod`. */
async function guestAtReview(paymentMethod: 'card' | 'bank_transfer' | 'cod') {
  const added = await app.inject({ method: 'POST', url: '/api/bag/lines', payload: { variantId: scarf, quantity: 1 } });
  assert.ok(added.statusCode < 300, added.body);
  const cookie = cookieFrom(added.headers['set-cookie'], 'vitrine_bag');
  const saved = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: { cookie }, payload: { email: 'guest@example.com', phone: '+85291234567', consignee: hongKong, deliveryMethod: 'standard', paymentMethod } });
  assert.equal(saved.statusCode, 200, saved.body);
  return { cookie, review: saved.json() };
}

async function placeAsGuest(paymentMethod: 'card' | 'bank_transfer' | 'cod') {
  const { cookie, review } = await guestAtReview(paymentMethod);
  return app.inject({ method: 'POST', url: '/api/checkout/orders', headers: { cookie }, payload: { currency: 'HKD', reviewedTotal: review.quote.total, acceptedAgreementVersion: await currentAgreement(app) } });
}

const setMethod = (method: string, body: object) => manager.call('PUT', `/api/admin/payments/settings/${method}`, body);
const settings = async () => (await manager.call('GET', '/api/admin/payments/settings')).json();

describe('payment methods and deadlines in the backstage (PAY-1)', () => {
  it('start as the shop always had them: card 30 minutes, transfer 72 hours, cash at the door, review from 60', async () => {
    const current = await settings();
    assert.deepEqual(current.methods.map((m: { method: string; enabled: boolean; deadlineMinutes: number | null }) => [m.method, m.enabled, m.deadlineMinutes]), [['card', true, 30], ['bank_transfer', true, 4320], ['cod', true, null]]);
    assert.equal(current.reviewThreshold, 60);
    assert.deepEqual(current.reviewThresholdBounds, { min: 10, max: 150 });
  });

  it('a method switched off is not offered at checkout and cannot be started', async () => {
    const off = await setMethod('cod', { enabled: false, deadlineMinutes: null });
    assert.equal(off.statusCode, 200, off.body);
    const { review } = await guestAtReview('cod');
    assert.deepEqual(review.paymentMethods.map((m: { method: string }) => m.method), ['card', 'bank_transfer']);
    const placed = await placeAsGuest('cod');
    assert.equal(placed.statusCode, 422, placed.body);
    assert.equal(placed.json().code, 'orders.payment_method_unavailable');
    const { payments, run } = paymentsWith(app);
    await assert.rejects(run((ctx) => payments.start(ctx, cardPayment({ method: 'cod' }))), { code: 'payments.method_unavailable' });

    assert.equal((await setMethod('cod', { enabled: true, deadlineMinutes: null })).statusCode, 200);
    assert.ok((await guestAtReview('cod')).review.paymentMethods.some((m: { method: string }) => m.method === 'cod'), 'offered again once switched back on');
  });

  it('a new bank-transfer deadline is the deadline of the next order, and of its payment', async () => {
    const changed = await setMethod('bank_transfer', { enabled: true, deadlineMinutes: 24 * 60 });
    assert.equal(changed.statusCode, 200, changed.body);
    const placed = await placeAsGuest('bank_transfer');
    assert.equal(placed.statusCode, 201, placed.body);
    const { order, payment } = placed.json();
    const row = await app.platform.database.db.selectFrom('orders.orders').select(['placed_at', 'payment_deadline_at']).where('id', '=', order.id).executeTakeFirstOrThrow();
    // The order's deadline counts from the database's clock, its placing time from the shop's: a few milliseconds apart.
    assert.ok(Math.abs(row.payment_deadline_at!.getTime() - row.placed_at.getTime() - 24 * 3_600_000) < 5_000);
    const intent = await app.platform.database.db.selectFrom('payments.intents').select(['created_at', 'deadline_at']).where('order_id', '=', order.id).executeTakeFirstOrThrow();
    assert.equal(intent.deadline_at!.getTime() - intent.created_at.getTime(), 24 * 3_600_000);
    assert.equal(payment.details.payBy, intent.deadline_at!.toISOString(), 'the customer is told to pay by then');
    await setMethod('bank_transfer', { enabled: true, deadlineMinutes: 72 * 60 });
  });

  it('refuses values outside each method’s bounds with their code, and changes nothing', async () => {
    const before = await settings();
    const refusals: [string, object, string][] = [
      ['card', { enabled: true, deadlineMinutes: 14 }, 'payments.deadline_out_of_range'],
      ['card', { enabled: true, deadlineMinutes: 24 * 60 + 1 }, 'payments.deadline_out_of_range'],
      ['card', { enabled: true, deadlineMinutes: null }, 'payments.deadline_out_of_range'],
      ['bank_transfer', { enabled: true, deadlineMinutes: 59 }, 'payments.deadline_out_of_range'],
      ['bank_transfer', { enabled: true, deadlineMinutes: 14 * 24 * 60 + 1 }, 'payments.deadline_out_of_range'],
      ['cod', { enabled: true, deadlineMinutes: 60 }, 'payments.deadline_out_of_range'],
      ['review-threshold', { reviewThreshold: 9 }, 'payments.review_threshold_out_of_range'],
      ['review-threshold', { reviewThreshold: 151 }, 'payments.review_threshold_out_of_range'],
    ];
    for (const [method, body, code] of refusals) {
      const refused = await setMethod(method, body);
      assert.equal(refused.statusCode, 422, `${method} ${JSON.stringify(body)}`);
      assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(refused.json().code, code);
    }
    assert.equal((await setMethod('card', { enabled: false, deadlineMinutes: 30 })).statusCode, 200);
    const last = await setMethod('bank_transfer', { enabled: false, deadlineMinutes: 4320 });
    assert.equal(last.json().code, 'payments.no_method_left', 'cash on delivery alone would leave orders abroad without a way to pay');
    await setMethod('card', { enabled: true, deadlineMinutes: 30 });
    assert.deepEqual((await settings()).methods.map((m: { updatedAt: string }) => ({ ...m, updatedAt: '' })), before.methods.map((m: { updatedAt: string }) => ({ ...m, updatedAt: '' })));
  });

  it('records every change in the audit log, with the values before and after', async () => {
    await setMethod('card', { enabled: true, deadlineMinutes: 45 });
    await setMethod('card', { enabled: true, deadlineMinutes: 30 });
    const entries = await app.platform.database.db.selectFrom('access.audit_events').select(['action', 'subject_id', 'detail']).where('action', '=', 'payment.method_settings_changed').where('subject_id', '=', 'card').orderBy('at').execute();
    assert.deepEqual(entries.at(-2)!.detail, { from: { enabled: true, deadlineMinutes: 30 }, to: { enabled: true, deadlineMinutes: 45 } });
  });

  it('is closed to a role without orders.manage', async () => {
    const moderator = await signedIn(app, 'moderation@vitrine.localhost');
    assert.equal((await moderator.call('GET', '/api/admin/payments/settings')).statusCode, 403);
    assert.equal((await moderator.call('PUT', '/api/admin/payments/settings/cod', { enabled: false, deadlineMinutes: null })).statusCode, 403);
    assert.equal((await moderator.call('PUT', '/api/admin/payments/settings/review-threshold', { reviewThreshold: 100 })).statusCode, 403);
    assert.equal((await settings()).methods.find((m: { method: string }) => m.method === 'cod').enabled, true);
  });
});

describe('the review threshold and the queue (PAY-3)', () => {
  it('a lower threshold holds a modest payment for review; staff accept it with a reason and it leaves the queue', async () => {
    assert.equal((await setMethod('review-threshold', { reviewThreshold: 20 })).statusCode, 200);
    // HK$25,000 scores 20 (a large amount): under the default threshold, held under this one.
    const { payments, run } = paymentsWith(app);
    const input = cardPayment({ amount: 2_500_000, email: 'held@example.com' });
    const started = await run((ctx) => payments.start(ctx, input));
    const url = (started.next as { url: string }).url;
    await submitCard(app, url, '4242424242424242');
    for (const event of await signedEvents(app, sessionOf(url))) await run((ctx) => payments.receiveWebhook(ctx, 'sandbox', event.body, event.headers[SIGNATURE_HEADER]));

    const queue = (await manager.call('GET', '/api/admin/payments/reviews')).json().payments;
    const held = queue.find((p: { id: string }) => p.id === started.intentId);
    assert.ok(held, 'the payment waits in the queue');
    assert.deepEqual([held.orderId, held.email, held.riskScore, held.riskReasons], [input.orderId, 'held@example.com', 20, ['large_amount']]);

    const withoutReason = await manager.call('POST', `/api/admin/payments/${started.intentId}/accept`, {});
    assert.equal(withoutReason.statusCode, 400, 'accepting needs a reason');
    const accepted = await manager.call('POST', `/api/admin/payments/${started.intentId}/accept`, { reason: 'Regular customer, confirmed by telephone' });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.deepEqual([accepted.json().status, accepted.json().decisionReason], ['authorised', 'Regular customer, confirmed by telephone']);
    assert.ok(!(await manager.call('GET', '/api/admin/payments/reviews')).json().payments.some((p: { id: string }) => p.id === started.intentId));
    await setMethod('review-threshold', { reviewThreshold: 60 });
  });
});
