import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { as, latestMail, newCustomer } from '../../../tests/support/accounts.ts';
import { signedIn } from '../access/access.test-helpers.ts';
import { seedLocations, seedProducts, withCtx } from '../catalog/catalog.test-helpers.ts';
import { orderAndSecurePayment } from './orders.checkout.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Grained calfskin tote', designer: 'Maison Velour', category: 'Bags', variants: [{ colour: 'tan', hkd: 2_400_000, stock: { HK: 20 } }] },
  { name: 'Private styling appointment', designer: 'Vitrine Atelier', category: 'Services', kind: 'service', variants: [{ hkd: 150_000, stock: { HK: 10 } }] },
]);
const tote = products.get('Grained calfskin tote')!.variantIds[0]!;
const styling = products.get('Private styling appointment')!.variantIds[0]!;
const manager = await signedIn(app, 'orders@vitrine.localhost');
const balanceOf = (orderId: string) => withCtx(app, (ctx) => app.platform.modules.payments.balance(ctx, orderId));

describe('services (ORD-2: a service’s contract forms when the shop confirms it)', () => {
  it('never reach the pick list or a parcel; confirming one forms its contract, captures its amount and tells the customer', async () => {
    const customer = await newCustomer(app);
    const placed = await orderAndSecurePayment(app, manager, customer, [tote, styling], 'card');
    const [toteLine, serviceLine] = placed.lines;
    assert.deepEqual(placed.lines.map((l) => l.kind), ['goods', 'service']);

    const queue = (await manager.call('GET', `/api/admin/fulfilment/queue?location=${locations.HK}`)).json();
    const waiting = queue.orders.find((o: { orderId: string }) => o.orderId === placed.id);
    assert.deepEqual(waiting.lines.map((l: { id: string }) => l.id), [toteLine!.id], 'only the tote is to be picked');
    const packed = await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId: placed.id, locationId: locations.HK, lineIds: [serviceLine!.id] });
    assert.equal(packed.statusCode, 409);
    assert.equal(packed.json().code, 'fulfilment.line_not_shippable');

    const goods = await manager.call('POST', `/api/admin/orders/${placed.id}/services/confirm`, { lineIds: [toteLine!.id], note: '' });
    assert.equal(goods.json().code, 'orders.not_a_service', 'goods form their contract when they ship');

    const confirmed = await manager.call('POST', `/api/admin/orders/${placed.id}/services/confirm`, { lineIds: [serviceLine!.id], note: 'Thursday 10 December, 3 pm, at the salon in Central.' });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const after = (await app.inject({ url: `/api/account/orders/${placed.id}`, headers: as(customer) })).json();
    assert.deepEqual(after.lines.map((l: { status: string }) => l.status), ['offer', 'contracted'], 'the tote is still an offer');
    assert.ok(after.lines[1].contractedAt);
    assert.equal(after.status, 'partly_shipped');
    assert.deepEqual(await balanceOf(placed.id), { captured: serviceLine!.total.amount, refunded: 0, capturable: placed.total - serviceLine!.total.amount });
    const mail = await latestMail(app, 'amelie@example.com', /your service is confirmed/);
    assert.match(mail!.text, /Private styling appointment/);
    assert.match(mail!.text, /Thursday 10 December, 3 pm/);
    assert.doesNotMatch(mail!.text, /Grained calfskin tote/);

    const again = await manager.call('POST', `/api/admin/orders/${placed.id}/services/confirm`, { lineIds: [serviceLine!.id], note: '' });
    assert.equal(again.json().code, 'orders.service_not_open', 'confirmed once, captured once');
    assert.equal((await balanceOf(placed.id)).captured, serviceLine!.total.amount);
  });

  it('are marked given once confirmed, count as delivered, and cannot be returned', async () => {
    const customer = await newCustomer(app);
    const placed = await orderAndSecurePayment(app, manager, customer, [styling], 'cod');
    const line = placed.lines[0]!;
    const early = await manager.call('POST', `/api/admin/orders/${placed.id}/services/given`, { lineIds: [line.id] });
    assert.equal(early.json().code, 'orders.service_not_confirmed');

    assert.equal((await manager.call('POST', `/api/admin/orders/${placed.id}/services/confirm`, { lineIds: [line.id], note: '' })).statusCode, 200);
    assert.equal((await balanceOf(placed.id)).captured, 0, 'cash is collected when the service is given');
    assert.equal((await manager.call('POST', `/api/admin/orders/${placed.id}/services/given`, { lineIds: [line.id] })).statusCode, 200);
    const after = (await app.inject({ url: `/api/account/orders/${placed.id}`, headers: as(customer) })).json();
    assert.equal(after.status, 'delivered');
    assert.ok(after.lines[0].deliveredAt);
    assert.equal((await balanceOf(placed.id)).captured, placed.total, 'the whole order is paid at the appointment');
    assert.ok(after.history.some((e: { kind: string }) => e.kind === 'service_given'));

    const returned = await app.inject({ method: 'POST', url: `/api/orders/${placed.id}/returns`, headers: as(customer), payload: { lineIds: [line.id], reason: 'Changed my mind', resolution: 'refund' } });
    assert.equal(returned.json().code, 'orders.return_not_for_services');
  });

  it('charge no delivery when the bag holds only services', async () => {
    const customer = await newCustomer(app);
    await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: styling, quantity: 1 } });
    const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { email: 'amelie@example.com', deliveryMethod: 'express', consignee: { name: 'Amélie Laurent', phone: '+85261234567', isCustomer: true, address: { line1: '1 Queen’s Road', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'CN' } } } });
    assert.equal(review.statusCode, 200, review.body);
    const quote = review.json().quote;
    assert.equal(quote.delivery.amount, 0);
    assert.equal(quote.duties, null, 'nothing crosses a border');
    assert.equal(quote.total, quote.subtotal - quote.discountTotal, 'the service and nothing else');
  });
});
