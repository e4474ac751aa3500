import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { as, latestMail, newCustomer, type Browser } from '../../../tests/support/accounts.ts';
import { signedIn } from '../access/access.test-helpers.ts';
import { seedLocations, seedProducts, withCtx } from '../catalog/catalog.test-helpers.ts';
import { postWebhook } from '../payments/payments.test-helpers.ts';
import { orderAndSecurePayment } from '../orders/orders.checkout.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Lambskin quilted shoulder bag', designer: 'Maison Velour', category: 'Bags', variants: [{ colour: 'black', hkd: 3_200_000, stock: { HK: 40 } }] },
  { name: 'Cashmere travel wrap', designer: 'Maison Velour', category: 'Accessories', variants: [{ colour: 'camel', hkd: 800_000, stock: { HK: 40 } }] },
]);
const bag = products.get('Lambskin quilted shoulder bag')!.variantIds[0]!;
const wrap = products.get('Cashmere travel wrap')!.variantIds[0]!;
const manager = await signedIn(app, 'orders@vitrine.localhost');
const consignee = { name: 'Hélène Marceau', phone: '+85291234567', isCustomer: false, address: { line1: '8 Finance Street', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };

/** A customer orders these pieces; a card is authorised through the sandbox; bank transfers are marked received. */
const order = (customer: Browser, variantIds: string[], method: 'card' | 'bank_transfer' | 'cod') => orderAndSecurePayment(app, manager, customer, variantIds, method, consignee);

async function ship(orderId: string, lineIds: string[], tracking = `VT${Date.now()}${Math.floor(Math.random() * 1e6)}`) {
  const packed = await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId, locationId: locations.HK, lineIds });
  assert.equal(packed.statusCode, 201, packed.body);
  const dispatched = await manager.call('POST', `/api/admin/fulfilment/shipments/${packed.json().id}/dispatch`, { carrier: 'sf-express', trackingNumber: tracking });
  assert.equal(dispatched.statusCode, 200, dispatched.body);
  return dispatched.json() as { id: string; status: string; trackingNumber: string; idCheckRequired: boolean };
}

const staffEvent = (shipmentId: string, body: object) => manager.call('POST', `/api/admin/fulfilment/shipments/${shipmentId}/events`, body);
const balanceOf = (orderId: string) => withCtx(app, (ctx) => app.platform.modules.payments.balance(ctx, orderId));
const orderOf = async (customer: Browser, orderId: string) => (await app.inject({ url: `/api/account/orders/${orderId}`, headers: as(customer) })).json();

describe('shipping an order (ORD-2)', () => {
  it('forms the contract and captures exactly the lines that leave; the others stay offers', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [bag, wrap], 'card');
    const [bagLine, wrapLine] = placed.lines;
    assert.deepEqual(await balanceOf(placed.id), { captured: 0, refunded: 0, capturable: placed.total }, 'authorised, nothing taken at placing');

    const queued = async () => (await manager.call('GET', `/api/admin/fulfilment/queue?location=${locations.HK}`)).json().orders.find((o: { orderId: string }) => o.orderId === placed.id);
    assert.deepEqual((await queued()).lines.map((l: { id: string }) => l.id), [bagLine!.id, wrapLine!.id], 'both pieces wait to be picked');
    await ship(placed.id, [bagLine!.id]);
    assert.deepEqual((await queued()).lines.map((l: { id: string }) => l.id), [wrapLine!.id], 'what left is off the pick list');
    const after = await orderOf(customer, placed.id);
    assert.equal(after.status, 'partly_shipped');
    assert.deepEqual(after.lines.map((l: { status: string }) => l.status), ['contracted', 'offer']);
    assert.ok(after.lines[0].contractedAt, 'the line records when its contract formed');
    assert.deepEqual(await balanceOf(placed.id), { captured: bagLine!.total.amount, refunded: 0, capturable: placed.total - bagLine!.total.amount });
    const mail = await latestMail(app, 'amelie@example.com', /on their way/);
    assert.match(mail!.text, /contract for each of them is formed/);
    assert.match(mail!.text, /Lambskin quilted shoulder bag/);
    assert.doesNotMatch(mail!.text, /Cashmere travel wrap/, 'the mail speaks of what left only');
    assert.equal(wrapLine!.status, 'offer');
  });

  it('refuses to pack lines of an order whose payment is not secured, or twice', async () => {
    const customer = await newCustomer(app);
    const added = await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: wrap, quantity: 1 } });
    assert.ok(added.statusCode < 300);
    const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { email: 'unpaid@example.com', phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: 'bank_transfer' } });
    const placed = (await app.inject({ method: 'POST', url: '/api/checkout/orders', headers: as(customer), payload: { currency: 'HKD', reviewedTotal: review.json().quote.total } })).json();
    const lineId = (await orderOf(customer, placed.order.id)).lines[0].id;
    const unpaid = await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId: placed.order.id, locationId: locations.HK, lineIds: [lineId] });
    assert.equal(unpaid.json().code, 'fulfilment.order_not_payable');

    const paid = await order(await newCustomer(app), [wrap], 'cod');
    assert.equal((await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId: paid.id, locationId: locations.HK, lineIds: [paid.lines[0]!.id] })).statusCode, 201);
    const again = await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId: paid.id, locationId: locations.HK, lineIds: [paid.lines[0]!.id] });
    assert.equal(again.json().code, 'fulfilment.line_not_shippable');
  });
});

describe('cancelling and refunding (ORD-3, PAY-2)', () => {
  it('refunds only the cancelled line after a partial shipment paid by transfer', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [bag, wrap], 'bank_transfer');
    const [bagLine, wrapLine] = placed.lines;
    await ship(placed.id, [bagLine!.id]);
    const cancelled = await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/cancel`, headers: as(customer), payload: { lineIds: [wrapLine!.id] } });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.equal(cancelled.json().refunded, wrapLine!.total.amount);
    const balance = await balanceOf(placed.id);
    assert.equal(balance.captured - balance.refunded, placed.total - wrapLine!.total.amount, 'the customer keeps paying for what shipped');
    const again = await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/cancel`, headers: as(customer), payload: { lineIds: [wrapLine!.id] } });
    assert.equal(again.json().refunded, 0, 'cancelling twice refunds once');
    // A transfer is paid back by hand: the refund waits as a task for staff.
    const tasks = (await manager.call('GET', '/api/admin/payments/refund-tasks')).json().tasks.filter((t: { orderId: string }) => t.orderId === placed.id);
    assert.deepEqual(tasks.map((t: { amount: number; method: string; email: string; orderNumber: string }) => [t.amount, t.method, t.email, t.orderNumber]), [[wrapLine!.total.amount, 'bank_transfer', 'amelie@example.com', placed.number]]);
    assert.equal((await manager.call('POST', `/api/admin/payments/refund-tasks/${tasks[0].id}/done`, { note: 'Paid back, reference HCB-2291' })).statusCode, 200);
    assert.equal((await manager.call('POST', `/api/admin/payments/refund-tasks/${tasks[0].id}/done`, { note: 'again' })).json().code, 'payments.refund_task_done');
    assert.equal((await manager.call('GET', '/api/admin/payments/refund-tasks')).json().tasks.some((t: { id: string }) => t.id === tasks[0].id), false);
    const shipped = await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/cancel`, headers: as(customer), payload: { lineIds: [bagLine!.id] } });
    assert.equal(shipped.json().code, 'orders.line_already_shipped');
  });

  it('refunds a received transfer in full when the customer cancels a whole order, and says how much', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [wrap], 'bank_transfer');
    const cancelled = await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/cancel`, headers: as(customer), payload: {} });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.equal(cancelled.json().refunded, placed.total);
    assert.equal((await balanceOf(placed.id)).refunded, placed.total);
    assert.match((await latestMail(app, 'amelie@example.com', /items cancelled/))!.text, /being refunded to your original payment method/);
  });

  it('releases a card’s remaining authorisation when the last unshipped line is cancelled, refunding nothing', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [bag, wrap], 'card');
    await ship(placed.id, [placed.lines[0]!.id]);
    const cancelled = await manager.call('POST', `/api/admin/orders/${placed.id}/cancel-lines`, { lineIds: [placed.lines[1]!.id], reason: 'Damaged in the warehouse' });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.deepEqual(await balanceOf(placed.id), { captured: placed.lines[0]!.total.amount, refunded: 0, capturable: 0 });
    assert.equal((await orderOf(customer, placed.id)).status, 'shipped');
    assert.match((await latestMail(app, 'amelie@example.com', /items cancelled/))!.text, /cannot supply/);
  });

  it('never refunds more than was captured, even when two refunds race', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [wrap], 'bank_transfer');
    const share = Math.ceil(placed.total * 0.6);
    const refund = (key: string) => app.inject({
      method: 'POST', url: `/api/admin/orders/${placed.id}/refunds`, payload: { amount: share, reason: 'Goodwill' },
      headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken, 'idempotency-key': key },
    });
    const answers = await Promise.all([refund('race-refund-one'), refund('race-refund-two')]);
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 422], answers.map((a) => a.body).join(' | '));
    const balance = await balanceOf(placed.id);
    assert.equal(balance.refunded, share);
    assert.ok(balance.refunded <= balance.captured);
  });

  it('refunds and records a refund once when the same one is sent again', async () => {
    const placed = await order(await newCustomer(app), [wrap], 'bank_transfer');
    const refund = () => app.inject({
      method: 'POST', url: `/api/admin/orders/${placed.id}/refunds`, payload: { amount: 5_000, reason: 'Delivery fee returned' },
      headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken, 'idempotency-key': 'double-click-refund' },
    });
    assert.deepEqual((await refund()).json(), { refunded: 5_000 });
    assert.deepEqual((await refund()).json(), { refunded: 5_000 }, 'the retry answers as the first time');
    assert.equal((await balanceOf(placed.id)).refunded, 5_000);
    const events = await app.platform.database.db.selectFrom('orders.order_events').select('kind').where('order_id', '=', placed.id).where('kind', '=', 'refunded').execute();
    assert.equal(events.length, 1);
  });
});

describe('delivering (DEL-2 to DEL-5)', () => {
  it('cannot record a valuable parcel delivered without the ID check, and keeps only the document’s last four characters', async () => {
    assert.equal((await manager.call('PATCH', '/api/admin/fulfilment/settings', { idCheckFromHkd: 1_000_000 })).statusCode, 200);
    const placed = await order(await newCustomer(app), [bag], 'cod');
    const parcel = await ship(placed.id, [placed.lines[0]!.id]);
    assert.equal(parcel.idCheckRequired, true);
    const unchecked = await staffEvent(parcel.id, { kind: 'delivered', receivedBy: { kind: 'consignee', name: 'Hélène Marceau' } });
    assert.equal(unchecked.json().code, 'fulfilment.id_check_required');
    const checked = await staffEvent(parcel.id, { kind: 'delivered', receivedBy: { kind: 'reception', name: 'Mr Chan, front desk' }, idCheck: { checkedBy: 'Courier 118', document: 'hkid', number: 'A123456(7)' } });
    assert.equal(checked.statusCode, 200, checked.body);
    assert.deepEqual(checked.json().idCheck, { checkedBy: 'Courier 118', document: 'hkid', tail: '4567' });
    assert.deepEqual(checked.json().receivedBy, { kind: 'reception', name: 'Mr Chan, front desk' });
    const row = await app.platform.database.db.selectFrom('fulfilment.shipments').selectAll().where('id', '=', parcel.id).executeTakeFirst();
    const stored = JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
    assert.doesNotMatch(stored, /A123456/, 'the document number is never stored');
    await manager.call('PATCH', '/api/admin/fulfilment/settings', { idCheckFromHkd: 5_000_000 });
  });

  it('needs a reason for a failed attempt and marks the exempt ones', async () => {
    const placed = await order(await newCustomer(app), [wrap], 'cod');
    const parcel = await ship(placed.id, [placed.lines[0]!.id]);
    assert.equal((await staffEvent(parcel.id, { kind: 'attempted' })).json().code, 'fulfilment.reason_required');
    const attempted = await staffEvent(parcel.id, { kind: 'attempted', reason: 'nobody_to_receive' });
    const event = attempted.json().events.at(-1);
    assert.deepEqual([event.kind, event.reason, event.exempt], ['attempted', 'nobody_to_receive', true]);
    const late = await staffEvent(parcel.id, { kind: 'exception', reason: 'carrier_delay' });
    assert.equal(late.json().events.at(-1).exempt, false);
  });

  it('records no step on a parcel before it leaves or after it was delivered', async () => {
    const placed = await order(await newCustomer(app), [wrap], 'cod');
    const packed = (await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId: placed.id, locationId: locations.HK, lineIds: [placed.lines[0]!.id] })).json();
    assert.equal((await staffEvent(packed.id, { kind: 'in_transit' })).json().code, 'fulfilment.not_packing', 'only dispatch forms the contract and sends it on its way');
    await manager.call('POST', `/api/admin/fulfilment/shipments/${packed.id}/dispatch`, { carrier: 'sf-express', trackingNumber: `PK${Date.now()}` });
    assert.equal((await staffEvent(packed.id, { kind: 'delivered', receivedBy: { kind: 'security', name: 'Guard on duty' } })).statusCode, 200);
    assert.equal((await staffEvent(packed.id, { kind: 'attempted', reason: 'nobody_to_receive' })).json().code, 'fulfilment.already_closed');
  });

  it('shows the packing locations to whoever ships, without the catalogue permission', async () => {
    const listed = await manager.call('GET', '/api/admin/inventory/packing-locations');
    assert.equal(listed.statusCode, 200, listed.body);
    assert.ok(listed.json().some((l: { id: string }) => l.id === locations.HK));
  });

  it('records an address change in transit as the customer’s decision, from the account or the consignee’s link', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [wrap], 'cod');
    const packed = (await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId: placed.id, locationId: locations.HK, lineIds: [placed.lines[0]!.id] })).json();
    const moved = { line1: '1 Harbour Road', line2: '20/F', city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' };
    const early = await app.inject({ method: 'POST', url: `/api/account/shipments/${packed.id}/address`, headers: as(customer), payload: { address: moved } });
    assert.equal(early.json().code, 'fulfilment.not_in_transit', 'not before it leaves');
    await manager.call('POST', `/api/admin/fulfilment/shipments/${packed.id}/dispatch`, { carrier: 'sf-express', trackingNumber: `AD${Date.now()}` });

    const changed = await app.inject({ method: 'POST', url: `/api/account/shipments/${packed.id}/address`, headers: as(customer), payload: { address: moved } });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().consignee.address.line1, '1 Harbour Road');
    const link = new URL(/(http\S+\/deliveries\/\S+)/.exec((await latestMail(app, 'amelie@example.com', /on their way/))!.text)![1]!);
    const byConsignee = await app.inject({ method: 'POST', url: `/api${link.pathname}/address${link.search}`, payload: { address: { ...moved, line2: '21/F' } } });
    assert.equal(byConsignee.statusCode, 200, byConsignee.body);
    const changes = await app.platform.database.db.selectFrom('fulfilment.address_changes').select(['requested_by']).where('shipment_id', '=', packed.id).orderBy('at').execute();
    assert.deepEqual(changes.map((c) => c.requested_by), ['customer', 'consignee']);
    const events = byConsignee.json().events.filter((e: { kind: string }) => e.kind === 'address_changed');
    assert.ok(events.every((e: { note: string; exempt: boolean }) => /customer's decision/.test(e.note) && e.exempt));
    assert.match((await latestMail(app, 'amelie@example.com', /new delivery address/))!.text, /recorded as your decision/);
  });

  it('takes a carrier’s webhook once, and an older event never moves the parcel back', async () => {
    const placed = await order(await newCustomer(app), [wrap], 'cod');
    const parcel = await ship(placed.id, [placed.lines[0]!.id]);
    const { carrierWebhookSecret } = (await manager.call('GET', '/api/admin/fulfilment/settings')).json();
    const post = (event: object, secret = carrierWebhookSecret) => {
      const body = JSON.stringify({ trackingNumber: parcel.trackingNumber, ...event });
      return app.inject({ method: 'POST', url: '/api/fulfilment/webhooks/carriers/sf-express', payload: body, headers: { 'content-type': 'application/json', 'x-carrier-signature': createHmac('sha256', secret).update(body).digest('hex') } });
    };
    const now = Date.now() + 120_000; // both after the dispatch just recorded
    assert.equal((await post({ id: 'evt-2', kind: 'out_for_delivery', occurredAt: new Date(now).toISOString() }, 'forged')).statusCode, 401);
    assert.equal((await post({ id: 'evt-2', kind: 'out_for_delivery', occurredAt: new Date(now).toISOString() })).json().status, 'out_for_delivery');
    assert.equal((await post({ id: 'evt-2', kind: 'out_for_delivery', occurredAt: new Date(now).toISOString() })).json().status, 'out_for_delivery');
    const older = await post({ id: 'evt-1', kind: 'in_transit', occurredAt: new Date(now - 60_000).toISOString() });
    assert.equal(older.json().status, 'out_for_delivery', 'the late event joins the history only');
    const detail = (await manager.call('GET', `/api/admin/fulfilment/shipments/${parcel.id}`)).json();
    assert.deepEqual(detail.events.map((e: { kind: string }) => e.kind), ['dispatched', 'in_transit', 'out_for_delivery'], 'each event once, in the order they happened');
  });
});

describe('refused deliveries (DEL-6)', () => {
  it('refuses the next order after the third unjustified refusal in the period; a justified one does not count', async () => {
    const customer = await newCustomer(app);
    const refuse = async (justified: boolean) => {
      const placed = await order(customer, [wrap], 'cod');
      const parcel = await ship(placed.id, [placed.lines[0]!.id]);
      const refused = await staffEvent(parcel.id, { kind: 'refused', statedReason: 'Changed my mind' });
      assert.equal(refused.json().status, 'refused');
      const classified = await manager.call('POST', `/api/admin/fulfilment/refusals/${refused.json().refusal.id}/classify`, justified ? { justified: true, justification: 'damaged' } : { justified: false });
      assert.equal(classified.statusCode, 200, classified.body);
    };
    await refuse(false);
    await refuse(true);
    await refuse(false);
    await order(customer, [wrap], 'cod'); // two unjustified: still welcome
    await refuse(false);
    await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: wrap, quantity: 1 } });
    const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { email: 'amelie@example.com', phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: 'cod' } });
    const refusedOrder = await app.inject({ method: 'POST', url: '/api/checkout/orders', headers: as(customer), payload: { currency: 'HKD', reviewedTotal: review.json().quote.total } });
    assert.equal(refusedOrder.statusCode, 403);
    assert.equal(refusedOrder.json().code, 'orders.ordering_refused');
  });
});

describe('returns', () => {
  it('refunds a delivered line returned within the window, after approval and inspection', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [bag, wrap], 'card');
    const parcel = await ship(placed.id, placed.lines.map((l) => l.id));
    await staffEvent(parcel.id, { kind: 'delivered', receivedBy: { kind: 'property_management', name: 'Estate office' }, idCheck: { checkedBy: 'Courier 7', document: 'passport', number: 'K1234567' } });
    const wrapLine = placed.lines[1]!;
    const asked = await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/returns`, headers: as(customer), payload: { lineIds: [wrapLine.id], reason: 'The colour is not as pictured', resolution: 'refund' } });
    assert.equal(asked.statusCode, 201, asked.body);
    const returnId = asked.json().id;
    assert.equal((await manager.call('POST', `/api/admin/returns/${returnId}/received`)).json().code, 'orders.return_wrong_step', 'not before approval');
    assert.equal((await manager.call('POST', `/api/admin/returns/${returnId}/decision`, { approve: true, reason: 'Within the window, unworn' })).statusCode, 200);
    await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/returns/${returnId}/tracking`, headers: as(customer), payload: { carrier: 'sf-express', trackingNumber: 'RET123' } });
    assert.equal((await manager.call('POST', `/api/admin/returns/${returnId}/received`)).statusCode, 200);
    const resolved = await manager.call('POST', `/api/admin/returns/${returnId}/resolve`);
    assert.equal(resolved.json().status, 'refunded');
    assert.equal(resolved.json().refundAmount, wrapLine.total.amount);
    const after = await orderOf(customer, placed.id);
    assert.deepEqual(after.lines.map((l: { status: string }) => l.status), ['contracted', 'returned']);
    assert.equal((await balanceOf(placed.id)).refunded, wrapLine.total.amount);
  });

  it('keeps one customer from another’s orders, parcels and returns', async () => {
    const owner = await newCustomer(app);
    const stranger = await newCustomer(app);
    const placed = await order(owner, [wrap], 'cod');
    const parcel = await ship(placed.id, [placed.lines[0]!.id]);
    assert.equal((await app.inject({ url: `/api/account/shipments/${parcel.id}`, headers: as(stranger) })).statusCode, 404);
    assert.equal((await app.inject({ method: 'POST', url: `/api/account/shipments/${parcel.id}/address`, headers: as(stranger), payload: { address: consignee.address } })).statusCode, 404);
    assert.equal((await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/cancel`, headers: as(stranger), payload: {} })).statusCode, 404);
    assert.equal((await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/returns`, headers: as(stranger), payload: { lineIds: [placed.lines[0]!.id], reason: 'Not mine', resolution: 'refund' } })).statusCode, 404);
    assert.equal((await app.inject({ url: `/api/deliveries/${parcel.id}?token=${'x'.repeat(43)}` })).statusCode, 404);
    assert.equal((await app.inject({ url: `/api/account/orders/${placed.id}/shipments`, headers: as(stranger) })).statusCode, 404);
    assert.equal((await app.inject({ url: `/api/account/orders/${placed.id}/shipments`, headers: as(owner) })).json().shipments[0].id, parcel.id);
  });
});

describe('closing orders', () => {
  it('closes a delivered order once the return window has passed, not before', async () => {
    const customer = await newCustomer(app);
    const placed = await order(customer, [wrap], 'cod');
    const parcel = await ship(placed.id, [placed.lines[0]!.id]);
    await staffEvent(parcel.id, { kind: 'delivered', receivedBy: { kind: 'consignee', name: 'Hélène Marceau' } });
    const close = () => withCtx(app, (ctx) => app.platform.modules.orders.closeIfSettled(ctx, placed.id));
    assert.equal(await close(), false, 'inside the 14-day window');
    assert.equal((await orderOf(customer, placed.id)).status, 'delivered');
    await manager.call('PATCH', '/api/admin/fulfilment/settings', { returnWindowDays: 0 });
    try {
      assert.equal(await close(), true);
      assert.equal((await orderOf(customer, placed.id)).status, 'closed');
      assert.equal(await close(), false, 'closing twice changes nothing');
    } finally {
      await manager.call('PATCH', '/api/admin/fulfilment/settings', { returnWindowDays: 14 });
    }
  });
});

