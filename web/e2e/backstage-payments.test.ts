import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { seedLocations, seedProducts } from '../../server/src/modules/catalog/catalog.test-helpers.ts';
import { sessionOf, signedEvents, staffActor, submitCard } from '../../server/src/modules/payments/payments.test-helpers.ts';
import { cookieFrom, currentAgreement } from '../../server/tests/support/accounts.ts';
import { signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop({ env: { DEMO_PRODUCTS: '0' } });
const browser = await launchBrowser();
const locations = await seedLocations(shop.app);
const products = await seedProducts(shop.app, locations, [
  { name: 'Silk evening scarf', designer: 'Maison Orvane', category: 'Accessories', variants: [{ colour: 'ivory', hkd: 300_000, stock: { HK: 10 } }] },
]);
const scarf = products.get('Silk evening scarf')!.variantIds[0]!;
const hongKong = { name: 'Amélie Laurent', phone: '+85291234567', isCustomer: true, address: { line1: '1 Queen’s Road Central', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };

let context: BrowserContext;
let page: Page;

before(async () => {
  context = await browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  await page.goto(`${shop.origin}/admin/payments`);
  await waitForHydration(page);
  await signInAs(page, 'orders@vitrine.localhost');
  await page.waitForURL(`${shop.origin}/admin/payments`);
});
after(() => context.close());

/** A guest's bag with the scarf, delivered in Hong Kong and paid by `paymentMethod`: what the checkout offers them. */
async function guestCheckout(paymentMethod: 'card' | 'bank_transfer') {
  const added = await shop.app.inject({ method: 'POST', url: '/api/bag/lines', payload: { variantId: scarf, quantity: 1 } });
  assert.ok(added.statusCode < 300, added.body);
  const cookie = cookieFrom(added.headers['set-cookie'], 'vitrine_bag');
  const saved = await shop.app.inject({ method: 'PATCH', url: '/api/checkout', headers: { cookie }, payload: { email: 'held.payment@example.com', phone: '+85291234567', consignee: hongKong, deliveryMethod: 'standard', paymentMethod } });
  assert.equal(saved.statusCode, 200, saved.body);
  return { cookie, review: saved.json() };
}

/** A guest order paid with the sandbox's test card that the processor approves but holds for review. */
async function orderHeldForReview(): Promise<string> {
  const { cookie, review } = await guestCheckout('card');
  const placed = await shop.app.inject({ method: 'POST', url: '/api/checkout/orders', headers: { cookie }, payload: { currency: 'HKD', reviewedTotal: review.quote.total, acceptedAgreementVersion: await currentAgreement(shop.app) } });
  assert.equal(placed.statusCode, 201, placed.body);
  const { order, payment } = placed.json();
  await submitCard(shop.app, payment.url, '4100000000000019');
  // The processor's webhooks, delivered now rather than after the sandbox's random delays.
  for (const event of await signedEvents(shop.app, sessionOf(payment.url))) {
    const delivered = await shop.app.inject({ method: 'POST', url: '/api/payments/webhooks/sandbox', payload: event.body, headers: event.headers });
    assert.equal(delivered.statusCode, 200, delivered.body);
  }
  return order.id;
}

/** A guest's order paid by bank transfer, the transfer received, then cancelled through the guest's link: its refund is paid out by hand. */
async function refundedGuestTransfer() {
  const { cookie, review } = await guestCheckout('bank_transfer');
  const placed = await shop.app.inject({ method: 'POST', url: '/api/checkout/orders', headers: { cookie }, payload: { currency: 'HKD', reviewedTotal: review.quote.total, acceptedAgreementVersion: await currentAgreement(shop.app) } });
  assert.equal(placed.statusCode, 201, placed.body);
  const { order, guestLink } = placed.json();
  const intent = await shop.app.platform.database.db.selectFrom('payments.intents').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  await shop.app.platform.runUseCase(await staffActor(shop.app), 'test', (ctx) => shop.app.platform.modules.payments.markTransferReceived(ctx, intent.id));
  const token = new URL(guestLink).searchParams.get('token')!;
  const cancelled = await shop.app.inject({ method: 'POST', url: `/api/orders/${order.id}/cancel?token=${token}`, payload: {} });
  assert.equal(cancelled.json().refunded, review.quote.total, cancelled.body);
  return { order: order as { id: string; number: string }, total: review.quote.total as number, link: `${shop.origin}/orders/${order.id}?token=${token}` };
}

describe('payments in the backstage', () => {
  it('the order manager changes the bank-transfer deadline and stops cash on delivery, and the checkout follows', async () => {
    const watch = watchPage(page, shop.origin);
    await page.getByRole('navigation', { name: 'Backstage' }).getByRole('link', { name: 'Payments' }).click();
    await page.getByRole('heading', { name: 'Payment methods and deadlines', level: 1 }).waitFor();

    const transfer = page.getByRole('form', { name: 'Bank transfer' });
    assert.equal(await transfer.getByLabel('Pay within').inputValue(), '3', 'the shop starts with three days');
    assert.equal(await transfer.getByLabel('Unit').inputValue(), 'days');
    await transfer.getByLabel('Pay within').fill('30');
    await transfer.getByRole('button', { name: 'Save this method' }).click();
    await page.getByText('This deadline is outside what the method allows.').waitFor();
    await transfer.getByLabel('Pay within').fill('36');
    await transfer.getByLabel('Unit').selectOption('hours');
    await transfer.getByRole('button', { name: 'Save this method' }).click();
    await page.getByText('Saved. The next checkout offers the methods as set here.').waitFor();
    assert.equal(await page.getByRole('form', { name: 'Bank transfer' }).getByLabel('Pay within').inputValue(), '36');

    const cod = page.getByRole('form', { name: 'Cash on delivery' });
    await cod.getByLabel('Offered at checkout').uncheck();
    await cod.getByRole('button', { name: 'Save this method' }).click();
    await page.waitForURL(`${shop.origin}/admin/payments?saved=cod`);
    assert.equal(await page.getByRole('form', { name: 'Cash on delivery' }).getByLabel('Offered at checkout').isChecked(), false);

    const { review } = await guestCheckout('bank_transfer');
    assert.deepEqual(review.paymentMethods, [{ method: 'card', deadlineMinutes: 30 }, { method: 'bank_transfer', deadlineMinutes: 36 * 60 }]);
    assert.deepEqual(watch.consoleErrors.filter((error) => !/^422 .*\/admin\/payments\.data/.test(error)), [], 'nothing failed but the refused deadline');
  });

  it('a card payment held for review waits in the queue until the order manager accepts it with a reason', async () => {
    const orderId = await orderHeldForReview();
    await page.getByRole('link', { name: 'Open the fraud review queue' }).click();
    await page.getByRole('heading', { name: 'Fraud review queue', level: 1 }).waitFor();
    const held = page.locator('article', { has: page.locator(`a[href="/admin/orders/${orderId}"]`) });
    await held.waitFor();
    const facts = await held.innerText();
    assert.match(facts, /held\.payment@example\.com/);
    assert.match(facts, /HK\$/);
    assert.match(facts, /The card processor asked for a review\./);

    const accept = held.getByRole('form', { name: 'Accept' });
    await accept.getByLabel('Why accept').fill('Called the customer, who confirmed the order');
    await accept.getByRole('button', { name: 'Accept the payment' }).click();
    await page.getByText('Accepted. The order proceeds.').waitFor();
    assert.equal(await page.locator(`a[href="/admin/orders/${orderId}"]`).count(), 0, 'the payment has left the queue');

    const order = await shop.app.platform.database.db.selectFrom('orders.orders').select('payment_status').where('id', '=', orderId).executeTakeFirstOrThrow();
    assert.equal(order.payment_status, 'authorised');
    const intent = await shop.app.platform.database.db.selectFrom('payments.intents').select(['status', 'decision_reason']).where('order_id', '=', orderId).executeTakeFirstOrThrow();
    assert.deepEqual([intent.status, intent.decision_reason], ['authorised', 'Called the customer, who confirmed the order']);
  });

  it('a bank transfer refunded after a cancellation waits as a task until the order manager says how it was paid out', async () => {
    const { order, total } = await refundedGuestTransfer();
    await page.goto(`${shop.origin}/admin/payments`);
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Refunds to pay out by hand' }).click();
    await page.getByRole('heading', { name: 'Refunds to pay out by hand', level: 1 }).waitFor();
    const task = page.locator('article', { has: page.getByRole('link', { name: order.number }) });
    const facts = await task.innerText();
    assert.match(facts, /held\.payment@example\.com/, 'whom to ask for the account');
    assert.match(facts, /Bank transfer/);
    assert.match(facts, /HK\$/);
    assert.match(facts, /Waiting for the customer’s details/, 'the guest has not said where to pay yet');
    await task.getByLabel(/How it was paid/).fill('Transferred back, reference HCB-2291');
    await task.getByRole('button', { name: 'Paid out' }).click();
    await page.getByText('Marked as paid out.').waitFor();
    assert.equal(await page.getByRole('link', { name: order.number }).count(), 0, 'the task has left the list');
    const stored = await shop.app.platform.database.db.selectFrom('payments.refund_tasks').select(['status', 'note', 'amount']).where('order_id', '=', order.id).executeTakeFirstOrThrow();
    assert.deepEqual([stored.status, stored.note, Number(stored.amount)], ['done', 'Transferred back, reference HCB-2291', total]);
  });

  it('the guest names the account for the refund on the order page, without scripts, and the order manager sees it in full', async () => {
    const { order, link } = await refundedGuestTransfer();
    const guest = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const guestPage = await guest.newPage();
    await guestPage.goto(link);
    const section = guestPage.getByRole('region', { name: 'Where should we pay your refund?' });
    await section.getByLabel('Name on the account').fill('Amélie Laurent');
    await section.getByLabel('Bank', { exact: true }).fill('Harbour City Bank');
    await section.getByLabel('Account number or IBAN').fill('12');
    await section.getByRole('button', { name: 'Save the account' }).click();
    await section.getByText('Enter an account number or IBAN: 6 to 34 letters and digits.').waitFor();
    assert.equal(await section.getByLabel('Name on the account').inputValue(), 'Amélie Laurent', 'what was typed stays');
    await section.getByLabel('Account number or IBAN').fill('012-345678-901');
    await section.getByLabel('SWIFT/BIC or bank code (optional)').fill('hcbkhkhh');
    await section.getByRole('button', { name: 'Save the account' }).click();
    await guestPage.getByText('We will pay HK$', { exact: false }).waitFor();
    assert.match(await section.innerText(), /into the account of Amélie Laurent at Harbour City Bank, ending 8901\./);
    assert.doesNotMatch(await guestPage.content(), /345678/, 'the full number is not shown back');
    await guest.close();

    await page.goto(`${shop.origin}/admin/payments/refunds`);
    const task = page.locator('article', { has: page.getByRole('link', { name: order.number }) });
    const facts = await task.innerText();
    for (const fact of [/Amélie Laurent/, /Harbour City Bank/, /012-345678-901/, /HCBKHKHH/]) assert.match(facts, fact);
    assert.doesNotMatch(facts, /Waiting for the customer’s details/);
  });
});
