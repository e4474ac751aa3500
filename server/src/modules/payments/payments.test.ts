import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { signatureHeader, SIGNATURE_HEADER } from './sandbox/index.ts';
import { cardPayment, intentRow, operationsOf, paymentsWith, postWebhook, sessionOf, signedEvents, staffActor, submitCard, system } from './payments.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' }, config: { publicUrl: 'http://127.0.0.1:9' } });
const { payments, orders, run } = paymentsWith(app);

/** A card payment paid on the hosted page; its webhooks are returned, not yet delivered. */
async function paidCard(number = '4242424242424242', overrides = {}) {
  const input = cardPayment(overrides);
  const started = await run((ctx) => payments.start(ctx, input));
  const url = (started.next as { url: string }).url;
  await submitCard(app, url, number);
  const events = await signedEvents(app, sessionOf(url));
  return { ...started, orderId: input.orderId, events, authorised: events.at(-1)! };
}

const deliver = (event: { body: string; headers: Record<string, string> }) => run((ctx) => payments.receiveWebhook(ctx, 'sandbox', event.body, event.headers[SIGNATURE_HEADER]));

describe('payment webhooks', () => {
  it('refuse a forged or stale signature with 400 and change nothing', async () => {
    const { intentId, authorised } = await paidCard();
    const forged = { ...authorised, headers: { ...authorised.headers, [SIGNATURE_HEADER]: signatureHeader('not-the-secret', authorised.body, Math.floor(Date.now() / 1000)) } };
    const forgedAnswer = await postWebhook(app, forged);
    assert.equal(forgedAnswer.statusCode, 400);
    assert.equal(forgedAnswer.json().code, 'payments.webhook_signature_invalid');
    const secret = await run((ctx) => app.platform.modules.sandbox.signingSecret(ctx));
    const stale = { ...authorised, headers: { ...authorised.headers, [SIGNATURE_HEADER]: signatureHeader(secret, authorised.body, Math.floor(Date.now() / 1000) - 600) } };
    assert.equal((await postWebhook(app, stale)).json().code, 'payments.webhook_stale');
    const tampered = { ...authorised, body: authorised.body.replace('"amount":250000', '"amount":1') };
    assert.equal((await postWebhook(app, tampered)).statusCode, 400);
    assert.equal((await intentRow(app, intentId)).status, 'pending');
  });

  it('take a replayed event with 2xx and apply it once', async () => {
    const { orderId, events } = await paidCard();
    for (const event of events) assert.equal((await postWebhook(app, event)).statusCode, 200);
    const replay = await postWebhook(app, events.at(-1)!);
    assert.equal(replay.statusCode, 200);
    assert.equal(replay.json().outcome, 'duplicate');
    assert.equal((await deliver(events.at(-1)!)).outcome, 'duplicate');
    assert.deepEqual(orders.calls.filter((c) => c.includes(orderId)), [], 'the wired service answered, not this one');
  });

  it('never move a payment backwards when events arrive out of order', async () => {
    const { intentId, orderId, events } = await paidCard();
    const [processing, authorised] = events;
    assert.equal((await deliver(authorised!)).outcome, 'applied');
    assert.equal((await deliver(processing!)).outcome, 'informational');
    await run((ctx) => payments.capture(ctx, orderId, 250_000, `ship:${orderId}`));
    // The same authorisation, sent again under a new event id by a confused network, after the capture.
    const again = JSON.parse(authorised!.body);
    again.id = `${again.id}x`;
    const secret = await run((ctx) => app.platform.modules.sandbox.signingSecret(ctx));
    const body = JSON.stringify(again);
    assert.equal((await run((ctx) => payments.receiveWebhook(ctx, 'sandbox', body, signatureHeader(secret, body, Math.floor(Date.now() / 1000))))).outcome, 'stale_state');
    assert.equal((await intentRow(app, intentId)).status, 'captured');
    assert.deepEqual(orders.calls.filter((c) => c.includes(orderId)), [`authorised ${orderId}`]);
  });

  it('tell orders when a payment fails, with the reason', async () => {
    const { orderId, events } = await paidCard('4000000000000002');
    for (const event of events) await deliver(event);
    assert.deepEqual(orders.calls.filter((c) => c.includes(orderId)), [`failed ${orderId} card_declined`]);
  });

  it('give back money authorised after the order was cancelled at its deadline (PAY-1)', async () => {
    const { intentId, orderId, events } = await paidCard();
    orders.closed.add(orderId);
    for (const event of events) await deliver(event);
    const intent = await intentRow(app, intentId);
    assert.deepEqual([intent.status, intent.late_payment], ['voided', true]);
    assert.deepEqual((await operationsOf(app, intentId)).map((o) => [o.kind, o.outcome]), [['authorise', 'succeeded'], ['void', 'succeeded']]);
    const session = await app.platform.database.db.selectFrom('sandbox.sessions').select('voided').where('merchant_reference', '=', intentId).executeTakeFirstOrThrow();
    assert.equal(session.voided, true, 'the processor released the money');
    assert.deepEqual(orders.calls.filter((c) => c.includes(orderId)), []);
  });
});

describe('capture and refund', () => {
  async function authorisedOrder() {
    const paid = await paidCard();
    for (const event of paid.events) await deliver(event);
    return paid;
  }

  it('capture in parts, never beyond what was authorised, and a retried call acts once', async () => {
    const { orderId, intentId } = await authorisedOrder();
    const first = await run((ctx) => payments.capture(ctx, orderId, 100_000, 'ship-line-1'));
    const retried = await run((ctx) => payments.capture(ctx, orderId, 100_000, 'ship-line-1'));
    assert.deepEqual([retried.operationId, retried.replayed], [first.operationId, true]);
    await run((ctx) => payments.capture(ctx, orderId, 100_000, 'ship-line-2'));
    await assert.rejects(run((ctx) => payments.capture(ctx, orderId, 50_001, 'ship-line-3')), { code: 'payments.amount_exceeds_authorised' });
    await assert.rejects(run((ctx) => payments.capture(ctx, orderId, 5, 'ship-line-1')), { code: 'payments.idempotency_key_reused' });
    const intent = await intentRow(app, intentId);
    assert.deepEqual([intent.status, Number(intent.captured_amount)], ['captured', 200_000]);
    assert.equal((await operationsOf(app, intentId)).filter((o) => o.kind === 'capture').length, 2);
  });

  it('refund in parts, never beyond what was captured, and a retried call acts once', async () => {
    const { orderId, intentId } = await authorisedOrder();
    await run((ctx) => payments.capture(ctx, orderId, 150_000, `ship:${orderId}`));
    await run((ctx) => payments.refund(ctx, orderId, 40_000, 'return-1'));
    await run((ctx) => payments.refund(ctx, orderId, 40_000, 'return-1'));
    await assert.rejects(run((ctx) => payments.refund(ctx, orderId, 110_001, 'return-2')), { code: 'payments.amount_exceeds_captured' });
    assert.equal(Number((await intentRow(app, intentId)).refunded_amount), 40_000);
    const session = await app.platform.database.db.selectFrom('sandbox.sessions').select(['captured_amount', 'refunded_amount']).where('merchant_reference', '=', intentId).executeTakeFirstOrThrow();
    assert.deepEqual([Number(session.captured_amount), Number(session.refunded_amount)], [150_000, 40_000]);
  });

  it('cancelling the order voids the rest and refunds what was captured, once however often it is asked', async () => {
    const { orderId, intentId } = await authorisedOrder();
    await run((ctx) => payments.capture(ctx, orderId, 100_000, `ship:${orderId}`));
    await run((ctx) => payments.cancelForOrder(ctx, orderId, 'customer_request'));
    await run((ctx) => payments.cancelForOrder(ctx, orderId, 'customer_request'));
    const intent = await intentRow(app, intentId);
    assert.deepEqual([intent.status, Number(intent.refunded_amount)], ['refunded', 100_000]);
    assert.deepEqual((await operationsOf(app, intentId)).map((o) => o.kind), ['authorise', 'capture', 'void', 'refund']);
  });
});

describe('fraud review and offline methods', () => {
  it('holds a risky card payment for review; staff accept it or cancel it with a reason (PAY-3)', async () => {
    const risky = { amount: 9_000_000, risk: { customerId: null, ip: '198.51.100.9', accountCreatedAt: null, billingCountry: 'GB', shippingCountry: 'HK', networkCountry: 'RU' } };
    const staff = await staffActor(app);
    for (const decision of ['accept', 'cancel'] as const) {
      const { intentId, orderId, events } = await paidCard('4242424242424242', risky);
      for (const event of events) await deliver(event);
      assert.equal((await intentRow(app, intentId)).status, 'review');
      assert.ok((await run((ctx) => payments.reviewQueue(ctx), staff)).some((i) => i.id === intentId));
      const reason = decision === 'accept' ? 'Customer confirmed the order by telephone' : 'Card reported stolen by the bank';
      const decided = decision === 'accept'
        ? await run((ctx) => payments.acceptReview(ctx, intentId, reason), staff)
        : await run((ctx) => payments.cancelReview(ctx, intentId, reason), staff);
      assert.equal(decided.status, decision === 'accept' ? 'authorised' : 'voided');
      assert.equal(decided.decisionReason, reason, 'the reason is kept with the payment');
      const expected = decision === 'accept' ? `authorised ${orderId}` : `failed ${orderId} cancelled_after_review`;
      assert.deepEqual(orders.calls.filter((c) => c.includes(orderId)), [`review ${orderId}`, expected]);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/payments/reviews' })).statusCode, 401);
  });

  it('offers cash on delivery in Hong Kong only, and each method with its deadline', async () => {
    const hk = await run((ctx) => payments.methods(ctx, { zone: 'HK', currency: 'HKD', amount: 100 }));
    assert.deepEqual(hk, [{ method: 'card', deadlineMinutes: 30 }, { method: 'bank_transfer', deadlineMinutes: 4320 }, { method: 'cod', deadlineMinutes: null }]);
    const cn = await run((ctx) => payments.methods(ctx, { zone: 'CN', currency: 'HKD', amount: 100 }));
    assert.ok(!cn.some((m) => m.method === 'cod'));
    await assert.rejects(run((ctx) => payments.start(ctx, cardPayment({ method: 'cod', zone: 'CN' }))), { code: 'payments.method_unavailable' });
    const cod = await run((ctx) => payments.start(ctx, cardPayment({ method: 'cod' })));
    assert.deepEqual(cod.next, { kind: 'none' });
    assert.equal((await intentRow(app, cod.intentId)).status, 'authorised');
  });

  it('waits for a bank transfer until staff mark it received; one arriving after cancellation goes back', async () => {
    const staff = await staffActor(app);
    const input = cardPayment({ method: 'bank_transfer' });
    const started = await run((ctx) => payments.start(ctx, input));
    assert.equal(started.next.kind, 'instructions');
    const intent = await intentRow(app, started.intentId);
    assert.equal(intent.deadline_at!.getTime() - intent.created_at.getTime(), 72 * 3_600_000);
    const received = await run((ctx) => payments.markTransferReceived(ctx, started.intentId), staff);
    assert.deepEqual([received.status, received.capturedAmount], ['captured', 250_000]);
    assert.ok(orders.calls.includes(`authorised ${input.orderId}`));

    const late = cardPayment({ method: 'bank_transfer' });
    const lateStart = await run((ctx) => payments.start(ctx, late));
    await run((ctx) => payments.cancelForOrder(ctx, late.orderId, 'payment_deadline'));
    const returned = await run((ctx) => payments.markTransferReceived(ctx, lateStart.intentId), staff);
    assert.deepEqual([returned.status, returned.latePayment, returned.refundedAmount], ['refunded', true, 250_000]);
    await assert.rejects(run((ctx) => payments.markTransferReceived(ctx, lateStart.intentId), { ...staff, permissions: new Set() } as typeof staff), { code: 'request.forbidden' });
  });
});
