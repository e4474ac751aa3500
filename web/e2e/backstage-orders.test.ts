import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { cookieFrom, currentAgreement } from '../../server/tests/support/accounts.ts';
import { signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();
const guestEmail = 'backstage.orders.guest@example.com';

/** A piece of the demo catalogue in stock, through the public API. */
async function variantInStock(): Promise<{ variantId: string; name: string }> {
  const listing = (await shop.app.inject('/api/catalog/products?limit=48')).json() as { products: { slug: string; inStock: boolean }[] };
  for (const card of listing.products.filter((p) => p.inStock)) {
    const product = (await shop.app.inject(`/api/catalog/products/${card.slug}`)).json();
    const variant = (product.variants as { id: string; available: number; price: unknown }[]).find((v) => v.available >= 1 && v.price);
    if (variant) return { variantId: variant.id, name: product.name };
  }
  throw new Error('No piece in stock in the demo catalogue');
}

/** A guest orders the piece, to pay by bank transfer, as the storefront's checkout would through the API. */
async function guestOrder(variantId: string): Promise<{ id: string; number: string; placedAt: string }> {
  const added = await shop.app.inject({ method: 'POST', url: '/api/bag/lines', payload: { variantId, quantity: 1 } });
  const cookie = cookieFrom(added.headers['set-cookie'], 'vitrine_bag');
  const consignee = { name: 'Théodore Vasseur', phone: '+85298765432', isCustomer: false, address: { line1: '18 Harbour Road', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };
  const review = await shop.app.inject({ method: 'PATCH', url: '/api/checkout', headers: { cookie }, payload: { email: guestEmail, phone: '+85291234567', consignee, deliveryMethod: 'standard', paymentMethod: 'bank_transfer' } });
  assert.equal(review.statusCode, 200, review.body);
  const placed = await shop.app.inject({
    method: 'POST', url: '/api/checkout/orders', headers: { cookie },
    payload: { currency: 'HKD', reviewedTotal: review.json().quote.total, acceptedAgreementVersion: await currentAgreement(shop.app) },
  });
  assert.equal(placed.statusCode, 201, placed.body);
  return placed.json().order;
}

const piece = await variantInStock();
const order = await guestOrder(piece.variantId);

async function signedInManager(firstPage: string, javaScriptEnabled = true): Promise<{ page: Page; close(): Promise<void>; watch: ReturnType<typeof watchPage> }> {
  const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled });
  const page = await context.newPage();
  const watch = watchPage(page, shop.origin);
  await page.goto(`${shop.origin}${firstPage}`);
  if (javaScriptEnabled) await waitForHydration(page);
  await signInAs(page, 'orders@vitrine.localhost');
  await page.waitForURL(`${shop.origin}${firstPage}`);
  return { page, watch, close: () => context.close() };
}

describe('orders in the backstage', () => {
  it('lets the order manager find a guest’s order by number, see it whole, and record the bank transfer', async () => {
    const { page, watch, close } = await signedInManager('/admin/orders');
    await page.getByRole('navigation', { name: 'Backstage' }).getByRole('link', { name: 'Orders' }).waitFor();
    await page.getByLabel('Order number or e-mail').fill(order.number);
    await page.getByRole('button', { name: 'Show orders' }).click();
    await page.waitForURL(/\/admin\/orders\?query=/);
    const rows = page.locator('tbody tr');
    assert.equal(await rows.count(), 1, 'the number finds one order');
    assert.match(await rows.first().innerText(), new RegExp(`${guestEmail}[\\s\\S]*Guest[\\s\\S]*Théodore Vasseur[\\s\\S]*Offer received[\\s\\S]*Pending`, 'i'));

    await page.getByRole('link', { name: order.number }).click();
    await page.waitForURL(`${shop.origin}/admin/orders/${order.id}`);
    await page.getByRole('heading', { level: 1, name: `Order ${order.number}` }).waitFor();
    const lines = await page.getByRole('region', { name: 'Lines' }).innerText();
    assert.ok(lines.includes(piece.name), 'the piece ordered is listed');
    assert.match(lines, /Offer/i);
    const consignee = await page.getByRole('region', { name: 'Consignee and address' }).innerText();
    assert.match(consignee, /Théodore Vasseur[\s\S]*Receives the goods for the customer[\s\S]*\+85298765432[\s\S]*18 Harbour Road/i);
    assert.match(await page.locator('.backstage-facts').first().innerText(), new RegExp(`${guestEmail}[\\s\\S]*\\+85291234567`));
    const hongKongTime = new Intl.DateTimeFormat('en-HK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Hong_Kong' }).format(new Date(order.placedAt));
    assert.ok((await page.getByRole('region', { name: 'History' }).innerText()).includes(hongKongTime), `the offer is dated in the shop’s time: ${hongKongTime}`);

    // The transfer arrived on the shop's statement: recorded from the order's page.
    const payments = page.getByRole('region', { name: 'Payments' });
    assert.match(await payments.innerText(), /Bank transfer[\s\S]*Pending[\s\S]*No call yet\./i);
    await page.getByRole('button', { name: 'Mark transfer received' }).click();
    await page.waitForURL(`${shop.origin}/admin/orders/${order.id}?saved=transfer`);
    await page.getByText('The transfer is recorded as received').waitFor();
    assert.match(await page.locator('.backstage-facts').first().innerText(), /Payment\s+Authorised/i);
    assert.match(await payments.innerText(), /Captured[\s\S]*Capture[\s\S]*Succeeded/i);
    assert.match(await page.getByRole('region', { name: 'History' }).innerText(), /Offer received[\s\S]*Payment authorised/i);
    assert.equal(await page.getByRole('button', { name: 'Mark transfer received' }).count(), 0, 'nothing left to record');

    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await close();
  });

  it('filters the list by status without JavaScript', async () => {
    const { page, close } = await signedInManager(`/admin/orders?${new URLSearchParams({ query: guestEmail })}`, false);
    await page.getByRole('link', { name: order.number }).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Cancelled' });
    await page.getByRole('button', { name: 'Show orders' }).click();
    await page.getByText('No order matches these filters.').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('status'), 'cancelled');

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Offer received' });
    await page.getByRole('button', { name: 'Show orders' }).click();
    await page.getByRole('link', { name: order.number }).waitFor();
    assert.equal(await page.locator('tbody tr').count(), 1);
    await close();
  });
});
