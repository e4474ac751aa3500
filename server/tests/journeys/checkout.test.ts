import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { as, cookieFrom, currentAgreement, newCustomer, type Browser } from '../support/accounts.ts';
import { seedLocations, seedProducts, withCtx } from '../../src/modules/catalog/catalog.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Lambskin quilted shoulder bag', designer: 'Maison Velour', category: 'Bags', variants: [{ colour: 'black', hkd: 3_200_000, stock: { HK: 3 } }] },
  { name: 'Cashmere travel wrap', designer: 'Maison Velour', category: 'Accessories', variants: [{ colour: 'camel', hkd: 800_000, stock: { HK: 1 } }] },
]);
const bagVariant = products.get('Lambskin quilted shoulder bag')!.variantIds[0]!;
const wrapVariant = products.get('Cashmere travel wrap')!.variantIds[0]!;

const hongKong = { name: 'Amélie Laurent', phone: '+85291234567', isCustomer: true, address: { line1: '1 Queen’s Road Central', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };

/** A guest's browser: the bag cookie the first add sets. */
async function guestWith(variantId: string, quantity = 1): Promise<string> {
  const added = await app.inject({ method: 'POST', url: '/api/bag/lines', payload: { variantId, quantity } });
  assert.ok(added.statusCode < 300, added.body);
  return cookieFrom(added.headers['set-cookie'], 'vitrine_bag');
}

async function readyToPlace(headers: Record<string, string>, email = 'guest@example.com') {
  const saved = await app.inject({ method: 'PATCH', url: '/api/checkout', headers, payload: { email, phone: '+85291234567', consignee: hongKong, deliveryMethod: 'standard', paymentMethod: 'bank_transfer' } });
  assert.equal(saved.statusCode, 200, saved.body);
  return saved.json();
}

function place(headers: Record<string, string>, body: Record<string, unknown>, key?: string) {
  return app.inject({ method: 'POST', url: '/api/checkout/orders', headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) }, payload: { currency: 'HKD', ...body } });
}

async function available(variantId: string): Promise<number> {
  const stock = await withCtx(app, (ctx) => app.platform.modules.inventory.stockOf(ctx, [variantId]));
  return stock.get(variantId)!.available;
}

describe('placing an order as a guest (ORD-2)', () => {
  it('records an offer, reserves the stock, and a retry with the same key makes no second order', async () => {
    const cookie = await guestWith(bagVariant);
    const review = await readyToPlace({ cookie });
    assert.deepEqual(review.missing, []);
    const before = await available(bagVariant);
    const body = { reviewedTotal: review.quote.total, acceptedAgreementVersion: await currentAgreement(app) };
    const first = await place({ cookie }, body, 'retry-key-0001');
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().order.status, 'offer_received');
    assert.equal(await available(bagVariant), before - 1);
    const again = await place({ cookie }, body, 'retry-key-0001');
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().order.id, first.json().order.id);
    assert.equal(await available(bagVariant), before - 1, 'nothing reserved twice');
    assert.equal(first.json().payment.kind, 'instructions');
    assert.deepEqual(again.json().payment, first.json().payment, 'the retry shows the same transfer details');
    assert.equal(again.json().guestLink, first.json().guestLink, 'and the same link to follow the order');
    const stranger = await guestWith(wrapVariant);
    await readyToPlace({ cookie: stranger }, 'stranger@example.com');
    const reused = await place({ cookie: stranger }, body, 'retry-key-0001');
    assert.equal(reused.statusCode, 422, reused.body);
    assert.equal(reused.json().code, 'orders.idempotency_key_reused');

    // The guest follows it through the mailed link, and nobody else can.
    const link = new URL(first.json().guestLink);
    const followed = await app.inject({ url: `/api${link.pathname}${link.search}` });
    assert.equal(followed.statusCode, 200, followed.body);
    assert.equal(followed.json().lines[0].status, 'offer');
    const guessed = await app.inject({ url: `/api${link.pathname}?token=${'x'.repeat(43)}` });
    assert.equal(guessed.statusCode, 404);
  });

  it('refuses a guest who has not accepted the agreement in force', async () => {
    const cookie = await guestWith(wrapVariant);
    const review = await readyToPlace({ cookie });
    const refused = await place({ cookie }, { reviewedTotal: review.quote.total });
    assert.equal(refused.json().code, 'orders.agreement_not_accepted');
  });

  it('refuses a total other than the one reviewed, and places at the reviewed price or not at all', async () => {
    const cookie = await guestWith(wrapVariant);
    const review = await readyToPlace({ cookie });
    await withCtx(app, (ctx) => app.platform.modules.pricing.setPrices(ctx, wrapVariant, [{ currency: 'HKD', amount: 850_000 }]));
    const refused = await place({ cookie }, { reviewedTotal: review.quote.total, acceptedAgreementVersion: await currentAgreement(app) });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'orders.price_changed');
    const again = (await app.inject({ url: '/api/checkout', headers: { cookie } })).json();
    assert.notEqual(again.quote.total, review.quote.total);
    await withCtx(app, (ctx) => app.platform.modules.pricing.setPrices(ctx, wrapVariant, [{ currency: 'HKD', amount: 800_000 }]));
  });
});

describe('the payment deadline (PAY-1)', () => {
  it('cancels an unpaid order at its deadline and gives its stock back, once', async () => {
    const cookie = await guestWith(bagVariant);
    const review = await readyToPlace({ cookie });
    const placed = (await place({ cookie }, { reviewedTotal: review.quote.total, acceptedAgreementVersion: await currentAgreement(app) })).json();
    const reserved = await available(bagVariant);
    await withCtx(app, (ctx) => ctx.tx.updateTable('orders.orders').set({ payment_deadline_at: new Date(Date.now() - 60_000) }).where('id', '=', placed.order.id).execute());
    const orders = app.platform.modules.orders;
    assert.equal(await withCtx(app, (ctx) => orders.cancelIfUnpaid(ctx, placed.order.id)), true);
    assert.equal(await withCtx(app, (ctx) => orders.cancelIfUnpaid(ctx, placed.order.id)), false, 'a second run changes nothing');
    assert.equal(await available(bagVariant), reserved + 1);
    const link = new URL(placed.guestLink);
    const order = (await app.inject({ url: `/api${link.pathname}${link.search}` })).json();
    assert.equal(order.status, 'cancelled');
    assert.equal(order.lines[0].status, 'cancelled');
  });
});

describe('customers and their orders (ORD-5)', () => {
  async function customerOrder(customer: Browser): Promise<string> {
    const added = await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: wrapVariant, quantity: 1 } });
    assert.ok(added.statusCode < 300, added.body);
    const review = await readyToPlace(as(customer));
    const placed = await place(as(customer), { reviewedTotal: review.quote.total });
    assert.equal(placed.statusCode, 201, placed.body);
    return placed.json().order.id;
  }

  it('lists a customer’s orders to them and never to another customer', async () => {
    const owner = await newCustomer(app);
    const other = await newCustomer(app);
    const orderId = await customerOrder(owner);
    const mine = (await app.inject({ url: '/api/account/orders', headers: as(owner) })).json();
    assert.deepEqual(mine.orders.map((o: { id: string }) => o.id), [orderId]);
    assert.equal((await app.inject({ url: `/api/account/orders/${orderId}`, headers: as(owner) })).statusCode, 200);
    assert.equal((await app.inject({ url: `/api/account/orders/${orderId}`, headers: as(other) })).statusCode, 404);
    assert.deepEqual((await app.inject({ url: '/api/account/orders', headers: as(other) })).json().orders, []);
  });

  it('refuses a restricted minor with its own code', async () => {
    const minor = await newCustomer(app, { birthDate: '2012-05-01', guardianEmail: `guardian-${Date.now()}@example.com` });
    const added = await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(minor), payload: { variantId: wrapVariant, quantity: 1 } });
    if (added.statusCode >= 300) return assert.equal(added.json().code.startsWith('cart.'), true);
    const review = await readyToPlace(as(minor));
    const refused = await place(as(minor), { reviewedTotal: review.quote.total });
    assert.equal(refused.json().code, 'orders.customer_restricted');
  });
});

