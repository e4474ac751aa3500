import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { testApp } from '../../../tests/support/app.ts';
import { as, cookieFrom, currentAgreement, latestMail, newCustomer, type Browser } from '../../../tests/support/accounts.ts';
import { signedIn } from '../access/access.test-helpers.ts';
import { seedLocations, seedProducts } from '../catalog/catalog.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Cashmere travel wrap', designer: 'Maison Velour', category: 'Accessories', variants: [{ colour: 'camel', hkd: 800_000, stock: { HK: 40 } }] },
]);
const wrap = products.get('Cashmere travel wrap')!.variantIds[0]!;
const manager = await signedIn(app, 'orders@vitrine.localhost');
const consignee = { name: 'Hélène Marceau', phone: '+85291234567', isCustomer: false, address: { line1: '8 Finance Street', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };
const iban = { accountHolder: 'Hélène Marceau', bankName: 'Westminster Bank', accountNumber: 'gb82 west 1234 5698 7654 32', bankCode: 'WESTGB2L' };

interface Refunded { id: string; number: string; total: number; email: string; token: string | null }

/**
 * An order paid by bank transfer, the transfer received, then cancelled in full by its customer
 * (or guest, through the link): the money goes back by hand, as a task for staff.
 */
async function refundedTransfer(email: string, customer?: Browser): Promise<Refunded> {
  let headers: Record<string, string> = customer ? as(customer) : {};
  const added = await app.inject({ method: 'POST', url: '/api/bag/lines', headers, payload: { variantId: wrap, quantity: 1 } });
  assert.ok(added.statusCode < 300, added.body);
  if (!customer) headers = { cookie: cookieFrom(added.headers['set-cookie'], 'vitrine_bag') };
  const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers, payload: { email, phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: 'bank_transfer' } });
  assert.equal(review.statusCode, 200, review.body);
  const agreement = customer ? {} : { acceptedAgreementVersion: await currentAgreement(app) };
  const placed = await app.inject({ method: 'POST', url: '/api/checkout/orders', headers, payload: { currency: 'HKD', reviewedTotal: review.json().quote.total, ...agreement } });
  assert.equal(placed.statusCode, 201, placed.body);
  const { order, guestLink } = placed.json();
  const token = guestLink ? new URL(guestLink).searchParams.get('token') : null;
  const intent = await app.platform.database.db.selectFrom('payments.intents').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  assert.equal((await manager.call('POST', `/api/admin/payments/${intent.id}/transfer-received`)).statusCode, 200);
  const cancelled = await app.inject({ method: 'POST', url: `/api/orders/${order.id}/cancel${token ? `?token=${token}` : ''}`, headers: customer ? as(customer) : {}, payload: {} });
  assert.equal(cancelled.statusCode, 200, cancelled.body);
  return { id: order.id, number: order.number, total: cancelled.json().refunded, email, token };
}

const path = (order: Refunded, token = order.token) => `/api/orders/${order.id}/refund-details${token ? `?token=${token}` : ''}`;
const read = (order: Refunded, headers: Record<string, string> = {}, token = order.token) => app.inject({ method: 'GET', url: path(order, token), headers });
const give = (order: Refunded, payload: InjectOptions['payload'], headers: Record<string, string> = {}, token = order.token) => app.inject({ method: 'PUT', url: path(order, token), headers, payload });
const staffTaskOf = async (orderId: string) => (await manager.call('GET', '/api/admin/payments/refund-tasks')).json().tasks.find((t: { orderId: string }) => t.orderId === orderId);
const storedTasks = (orderId: string) => app.platform.database.db.selectFrom('payments.refund_tasks').selectAll().where('order_id', '=', orderId).execute();

describe('the customer says where a refund paid out by hand should go (PAY-2)', () => {
  it('asks a customer whose transfer is refunded by mail, takes their account, and shows it in full to staff only', async () => {
    const customer = await newCustomer(app);
    const order = await refundedTransfer('amelie.refund@example.com', customer);
    const mail = await latestMail(app, order.email, /where should we pay your refund/);
    assert.ok(mail!.text.includes(`We are refunding HKD ${(order.total / 100).toFixed(2)}`), mail!.text);
    assert.ok(mail!.text.includes(`/account/orders/${order.id}#refund-details`), 'the mail links to the order page with the form');

    const before = await read(order, as(customer));
    assert.deepEqual(before.json(), { needed: true, amount: order.total, currency: 'HKD', given: null });
    assert.equal((await staffTaskOf(order.id)).payout, null, 'staff see the task waiting for the details');

    const given = await give(order, iban, as(customer));
    assert.equal(given.statusCode, 200, given.body);
    assert.deepEqual(given.json(), { needed: false, amount: order.total, currency: 'HKD', given: { accountHolder: 'Hélène Marceau', bankName: 'Westminster Bank', accountNumberEnding: '5432', bankCode: 'WESTGB2L' } });
    assert.doesNotMatch(given.body + (await read(order, as(customer))).body, /1234 5698/, 'the customer’s pages never carry the full number');
    const seen = (await staffTaskOf(order.id)).payout;
    assert.deepEqual([seen.accountHolder, seen.bankName, seen.accountNumber, seen.bankCode], ['Hélène Marceau', 'Westminster Bank', 'GB82 WEST 1234 5698 7654 32', 'WESTGB2L']);

    const corrected = await give(order, { accountHolder: 'Hélène Marceau', bankName: 'Harbour City Bank', accountNumber: '012-345678-999', bankCode: '' }, as(customer));
    assert.equal(corrected.json().given.accountNumberEnding, '8999', 'giving again replaces the account while the refund waits');
    assert.deepEqual([(await staffTaskOf(order.id)).payout.accountNumber, (await staffTaskOf(order.id)).payout.bankCode], ['012-345678-999', null]);
  });

  it('is another customer’s business only as a missing order, and needs a session or a link', async () => {
    const owner = await newCustomer(app);
    const order = await refundedTransfer('owner.refund@example.com', owner);
    const stranger = await newCustomer(app);
    assert.equal((await read(order, as(stranger))).json().code, 'payments.order_not_found');
    const refused = await give(order, iban, as(stranger));
    assert.deepEqual([refused.statusCode, refused.json().code], [404, 'payments.order_not_found']);
    assert.equal((await give(order, iban)).statusCode, 401, 'signed out, without a link');
    assert.equal((await storedTasks(order.id))[0]!.account_number, null, 'nothing changed');
  });

  it('takes a guest’s account only through the token of their order link', async () => {
    const order = await refundedTransfer('guest.refund@example.com');
    assert.match((await latestMail(app, order.email, /where should we pay your refund/))!.text, /link in your order confirmation e-mail/);
    const wrongToken = 'x'.repeat(43);
    assert.deepEqual([(await give(order, iban, {}, wrongToken)).statusCode, (await read(order, {}, wrongToken)).statusCode], [404, 404]);
    assert.equal((await give(order, iban, {}, null)).statusCode, 401);
    assert.equal((await storedTasks(order.id))[0]!.details_given_at, null);
    const given = await give(order, iban);
    assert.equal(given.statusCode, 200, given.body);
    assert.equal((await read(order)).json().given.accountNumberEnding, '5432');
  });

  it('keeps only the last four characters of the account once staff paid the refund out, and tells the customer where it went', async () => {
    const customer = await newCustomer(app);
    const order = await refundedTransfer('paid.refund@example.com', customer);
    assert.equal((await give(order, iban, as(customer))).statusCode, 200);
    const task = await staffTaskOf(order.id);
    assert.equal((await manager.call('POST', `/api/admin/payments/refund-tasks/${task.id}/done`, { note: 'Paid back, reference WB-1180' })).statusCode, 200);
    const [stored] = await storedTasks(order.id);
    assert.deepEqual([stored!.status, stored!.account_number, stored!.account_holder], ['done', '5432', 'Hélène Marceau']);
    const paid = await latestMail(app, order.email, /your refund is paid/);
    assert.match(paid!.text, /account ending 5432/);
    assert.doesNotMatch(paid!.text, new RegExp(iban.accountNumber.replace(/\s/g, '').slice(0, 8)), 'never the whole number');
    assert.deepEqual((await read(order, as(customer))).json(), { needed: false, amount: 0, currency: null, given: null });
    const late = await give(order, iban, as(customer));
    assert.deepEqual([late.statusCode, late.json().code], [409, 'payments.refund_details_not_needed']);
  });

  it('refuses an account number that cannot be right, names the field, and changes nothing', async () => {
    const customer = await newCustomer(app);
    const order = await refundedTransfer('typo.refund@example.com', customer);
    assert.equal((await give(order, iban, as(customer))).statusCode, 200);
    for (const accountNumber of ['12 34', 'GB82$WEST12345', '1'.repeat(35)]) {
      const refused = await give(order, { ...iban, accountNumber }, as(customer));
      assert.equal(refused.statusCode, 422, accountNumber);
      assert.equal(refused.json().code, 'payments.refund_details_invalid');
      assert.deepEqual(refused.json().errors.map((e: { field: string }) => e.field), ['/accountNumber']);
    }
    const blank = await give(order, { ...iban, accountHolder: ' ', bankCode: '#' }, as(customer));
    assert.deepEqual(blank.json().errors.map((e: { field: string }) => e.field), ['/accountHolder', '/bankCode']);
    assert.equal((await storedTasks(order.id))[0]!.account_number, 'GB82 WEST 1234 5698 7654 32', 'the account given before stands');
  });

  it('says nothing is needed for an order whose money was not refunded by hand', async () => {
    const customer = await newCustomer(app);
    const added = await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: wrap, quantity: 1 } });
    assert.ok(added.statusCode < 300);
    const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { email: 'none.refund@example.com', phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: 'bank_transfer' } });
    const placed = (await app.inject({ method: 'POST', url: '/api/checkout/orders', headers: as(customer), payload: { currency: 'HKD', reviewedTotal: review.json().quote.total } })).json();
    const order = { id: placed.order.id, number: placed.order.number, total: 0, email: 'none.refund@example.com', token: null };
    assert.deepEqual((await read(order, as(customer))).json(), { needed: false, amount: 0, currency: null, given: null });
    assert.equal((await give(order, iban, as(customer))).json().code, 'payments.refund_details_not_needed');
  });
});
