import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { cookieFrom, currentAgreement } from '../../../tests/support/accounts.ts';
import { signedIn } from '../access/access.test-helpers.ts';
import { seedLocations, seedProducts, withCtx } from '../catalog/catalog.test-helpers.ts';
import { newId } from '../../kernel/ids.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Silk twill carré', designer: 'Maison Velour', category: 'Accessories', variants: [{ colour: 'ivory', hkd: 450_000, stock: { HK: 5 } }] },
]);
const scarf = products.get('Silk twill carré')!.variantIds[0]!;
const manager = await signedIn(app, 'orders@vitrine.localhost');

/** A guest places the scarf, to be paid by bank transfer, through the public API. */
async function guestOrder(email: string) {
  const added = await app.inject({ method: 'POST', url: '/api/bag/lines', payload: { variantId: scarf, quantity: 1 } });
  const cookie = cookieFrom(added.headers['set-cookie'], 'vitrine_bag');
  const consignee = { name: 'Hélène Marceau', phone: '+85291234567', isCustomer: false, address: { line1: '8 Finance Street', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };
  const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: { cookie }, payload: { email, phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: 'bank_transfer' } });
  const placed = await app.inject({ method: 'POST', url: '/api/checkout/orders', headers: { cookie }, payload: { currency: 'HKD', reviewedTotal: review.json().quote.total, acceptedAgreementVersion: await currentAgreement(app) } });
  assert.equal(placed.statusCode, 201, placed.body);
  return placed.json().order as { id: string; number: string };
}

interface Made { email: string; placedAt: string; status?: string; paymentStatus?: string; customerId?: string | null }

/** Orders written straight into the table, for filters and pages that need exact times and states. */
async function ordersPlaced(made: Made[]): Promise<string[]> {
  return withCtx(app, async (ctx) => {
    const ids: string[] = [];
    for (const m of made) {
      const at = new Date(m.placedAt);
      const id = newId('ord', at.getTime());
      await ctx.tx.insertInto('orders.orders').values({
        id, number: `T-${id.slice(-10).toUpperCase()}`, customer_id: m.customerId ?? null, email: m.email, phone: null,
        consignee: JSON.stringify({ name: 'Test Consignee', phone: '+85200000000', isCustomer: true, address: { line1: '1 Test Road', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } }),
        zone: 'HK', currency: 'HKD', subtotal: 100_000n, discount_total: 0n, delivery_method: 'standard', delivery_amount: 0n, duties_estimate: null,
        total: 100_000n, promotions: '[]', payment_method: 'bank_transfer', payment_status: m.paymentStatus ?? 'pending', payment_deadline_at: null,
        status: m.status ?? 'offer_received', cancel_reason: null, bag_id: newId('bag'), idempotency_key: null, guest_access_hash: null,
        agreement_version: 'test', placed_at: at, cancelled_at: null,
      } as never).execute();
      ids.push(id);
    }
    return ids;
  });
}

const list = async (query: Record<string, string>) => {
  const response = await manager.call('GET', `/api/admin/orders?${new URLSearchParams(query)}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as { orders: { id: string; number: string; email: string; customerId: string | null; consigneeName: string }[]; next: string | null };
};

describe('the backstage order list', () => {
  it('filters by status, payment status, customer, placing dates and part of a number or e-mail', async () => {
    const customerId = newId('cus');
    const [first, second, third] = await ordersPlaced([
      { email: 'ines@filters.example', placedAt: '2026-03-01T02:00:00Z', customerId },
      { email: 'marc@filters.example', placedAt: '2026-03-02T02:00:00Z', status: 'cancelled', paymentStatus: 'failed' },
      { email: 'Ines.B@Filters.example', placedAt: '2026-03-03T02:00:00Z', paymentStatus: 'authorised', customerId },
    ]);
    const ids = async (query: Record<string, string>) => (await list({ query: 'filters.example', ...query })).orders.map((o) => o.id);
    assert.deepEqual(await ids({}), [third, second, first], 'newest first');
    assert.deepEqual(await ids({ status: 'cancelled' }), [second]);
    assert.deepEqual(await ids({ paymentStatus: 'authorised' }), [third]);
    assert.deepEqual(await ids({ customerId }), [third, first]);
    assert.deepEqual(await ids({ from: '2026-03-02T00:00:00+08:00', to: '2026-03-03T00:00:00+08:00' }), [second]);
    assert.deepEqual((await list({ query: 'INES@' })).orders.map((o) => o.id), [first], 'any case');
    const number = (await list({ query: 'filters.example' })).orders[0]!.number;
    assert.deepEqual((await list({ query: number.slice(2).toLowerCase() })).orders.map((o) => o.id), [third], 'part of a number');
    assert.deepEqual((await list({ query: '%' })).orders, [], 'LIKE wildcards are taken literally');
  });

  it('pages through orders newest first, each order once, even when several were placed at the same moment', async () => {
    await ordersPlaced(['10:00', '10:00', '10:00', '09:00', '09:00', '08:00', '07:00'].map((time, i) => ({ email: `p${i}@paging.example`, placedAt: `2026-04-01T${time}:00Z` })));
    const seen: string[] = [];
    let after: string | null = '';
    let pages = 0;
    while (after !== null) {
      const page = await list({ query: 'paging.example', limit: '3', ...(after ? { after } : {}) });
      seen.push(...page.orders.map((o) => o.id));
      after = page.next;
      pages++;
    }
    assert.equal(pages, 3);
    assert.equal(seen.length, 7);
    assert.equal(new Set(seen).size, 7, 'no order on two pages');
    assert.deepEqual(seen, [...seen].sort().reverse(), 'newest first throughout');
  });

  it('refuses filters that cannot be met and cursors it did not give, with their codes', async () => {
    const backwards = await manager.call('GET', '/api/admin/orders?from=2026-03-03T00:00:00Z&to=2026-03-01T00:00:00Z');
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().code, 'orders.invalid_filter');
    const forged = await manager.call('GET', `/api/admin/orders?after=${Buffer.from('["yesterday","ord_x"]').toString('base64url')}`);
    assert.equal(forged.json().code, 'orders.invalid_cursor');
    const unknown = await manager.call('GET', '/api/admin/orders?status=lost');
    assert.equal(unknown.json().code, 'request.validation_failed');
    const missing = await manager.call('GET', `/api/admin/orders/${newId('ord')}`);
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'orders.order_not_found');
  });
});

describe('an order in the backstage', () => {
  it('shows lines, consignee, contact, history and the bank transfer, whose arrival moves the payment on', async () => {
    const order = await guestOrder('guest.transfer@example.com');
    const found = await list({ query: order.number });
    assert.deepEqual(found.orders.map((o) => [o.id, o.email, o.customerId, o.consigneeName]), [[order.id, 'guest.transfer@example.com', null, 'Hélène Marceau']]);

    const detail = (await manager.call('GET', `/api/admin/orders/${order.id}`)).json();
    assert.equal(detail.phone, '+85261234567');
    assert.equal(detail.consignee.isCustomer, false, 'someone receives it for the customer (ORD-4)');
    assert.deepEqual(detail.lines.map((l: { name: string; status: string; location: { name: string } }) => [l.name, l.status, l.location.name]), [['Silk twill carré', 'offer', 'HK test warehouse']]);
    assert.equal(detail.lines[0].estimatedDelivery.shipsFrom, 'HK');
    assert.deepEqual(detail.history.map((e: { kind: string }) => e.kind), ['offer_received']);
    const [transfer] = detail.payments;
    assert.equal(transfer.method, 'bank_transfer');
    assert.equal(transfer.status, 'pending');
    assert.equal(transfer.amount.amount, detail.total.amount);
    assert.ok(transfer.transferReference);

    const received = await manager.call('POST', `/api/admin/payments/${transfer.id}/transfer-received`);
    assert.equal(received.statusCode, 200, received.body);
    const after = (await manager.call('GET', `/api/admin/orders/${order.id}`)).json();
    assert.equal(after.paymentStatus, 'authorised');
    assert.equal(after.payments[0].captured.amount, detail.total.amount);
    assert.deepEqual(after.payments[0].operations.map((o: { kind: string; outcome: string }) => [o.kind, o.outcome]), [['capture', 'succeeded']]);
    assert.deepEqual(after.history.map((e: { kind: string }) => e.kind), ['offer_received', 'payment_authorised']);
  });

  it('is closed to roles without orders.manage, and every look by staff is in the audit log (PRV-8)', async () => {
    const [orderId] = await ordersPlaced([{ email: 'audited@example.com', placedAt: '2026-05-01T00:00:00Z' }]);
    const catalogue = await signedIn(app, 'catalogue@vitrine.localhost');
    assert.equal((await catalogue.call('GET', '/api/admin/orders')).statusCode, 403);
    assert.equal((await catalogue.call('GET', `/api/admin/orders/${orderId}`)).statusCode, 403);

    await list({ query: 'audited@example.com' });
    await manager.call('GET', `/api/admin/orders/${orderId}`);
    const audit = await app.platform.database.db.selectFrom('access.audit_events').select(['action', 'subject_id', 'staff_id', 'detail'])
      .where('action', 'in', ['orders.listed', 'orders.viewed']).where('staff_id', '=', manager.body.staff.id).orderBy('seq', 'desc').limit(2).execute();
    assert.deepEqual(audit.map((e) => [e.action, e.subject_id]), [['orders.viewed', orderId], ['orders.listed', '*']]);
    assert.deepEqual(audit[1]!.detail, { query: 'audited@example.com', status: null, paymentStatus: null, customerId: null, from: null, to: null, count: 1 });
    const refused = await app.platform.database.db.selectFrom('access.audit_events').select('action').where('subject_id', '=', orderId!).execute();
    assert.equal(refused.length, 1, 'a refused look reads nothing and records nothing');
  });
});
