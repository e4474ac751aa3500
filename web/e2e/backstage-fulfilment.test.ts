import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { cookieFrom, currentAgreement } from '../../server/tests/support/accounts.ts';
import { signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A piece of the demo catalogue with stock for two orders, through the public API. */
async function variantInStock(): Promise<{ variantId: string; name: string }> {
  const listing = (await shop.app.inject('/api/catalog/products?limit=48')).json() as { products: { slug: string; inStock: boolean }[] };
  for (const card of listing.products.filter((p) => p.inStock)) {
    const product = (await shop.app.inject(`/api/catalog/products/${card.slug}`)).json();
    const variant = (product.variants as { id: string; available: number; price: unknown }[]).find((v) => v.available >= 2 && v.price);
    if (variant) return { variantId: variant.id, name: product.name };
  }
  throw new Error('No piece in stock in the demo catalogue');
}

/** A guest orders the piece to pay cash on delivery, in Hong Kong: its money counts as secured at once. */
async function guestOrder(variantId: string, email: string): Promise<{ id: string; number: string; guestLink: string }> {
  const added = await shop.app.inject({ method: 'POST', url: '/api/bag/lines', payload: { variantId, quantity: 1 } });
  const cookie = cookieFrom(added.headers['set-cookie'], 'vitrine_bag');
  const consignee = { name: 'Margaux Lefèvre', phone: '+85298765432', isCustomer: false, address: { line1: '8 Finance Street', line2: '25/F', city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };
  const review = await shop.app.inject({ method: 'PATCH', url: '/api/checkout', headers: { cookie }, payload: { email, phone: '+85291234567', consignee, deliveryMethod: 'standard', paymentMethod: 'cod' } });
  assert.equal(review.statusCode, 200, review.body);
  const placed = await shop.app.inject({
    method: 'POST', url: '/api/checkout/orders', headers: { cookie },
    payload: { currency: 'HKD', reviewedTotal: review.json().quote.total, acceptedAgreementVersion: await currentAgreement(shop.app) },
  });
  assert.equal(placed.statusCode, 201, placed.body);
  return { ...placed.json().order, guestLink: placed.json().guestLink };
}

/** The warehouse the order's piece was reserved at: the pick list it waits on. */
async function locationOf(orderId: string): Promise<{ id: string; name: string }> {
  const db = shop.app.platform.database.db;
  const line = await db.selectFrom('orders.order_lines').select('location_id').where('order_id', '=', orderId).executeTakeFirstOrThrow();
  return db.selectFrom('inventory.locations').select(['id', 'name']).where('id', '=', line.location_id).executeTakeFirstOrThrow();
}

const piece = await variantInStock();
const delivered = await guestOrder(piece.variantId, 'fulfilment.delivered@example.com');
const refused = await guestOrder(piece.variantId, 'fulfilment.refused@example.com');
const warehouse = await locationOf(delivered.id);
let parcelId = '';

async function signedInManager(firstPage: string, options: BrowserContextOptions = {}): Promise<{ page: Page; close(): Promise<void>; watch: ReturnType<typeof watchPage> }> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const page = await context.newPage();
  const watch = watchPage(page, shop.origin);
  await page.goto(`${shop.origin}${firstPage}`);
  if (options.javaScriptEnabled !== false) await waitForHydration(page);
  await signInAs(page, 'orders@vitrine.localhost');
  await page.waitForURL(`${shop.origin}${firstPage}`);
  return { page, watch, close: () => context.close() };
}

const facts = (page: Page) => page.locator('.backstage-facts').first();

describe('fulfilment in the backstage', () => {
  it('lets the order manager set the ID-check threshold, pack an order from the pick list and dispatch it', async () => {
    const { page, watch, close } = await signedInManager('/admin/fulfilment/settings');
    assert.match(await page.getByRole('region', { name: 'Carrier webhook secret' }).innerText(), /[0-9a-f]{64}/, 'the secret is shown to hand to carriers');
    await page.getByLabel('ID check from (HK$)').fill('1');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/saved=yes/);
    await page.getByText('Saved.').waitFor();
    assert.equal(await page.getByLabel('ID check from (HK$)').inputValue(), '1');

    await page.getByRole('navigation', { name: 'Backstage' }).getByRole('link', { name: 'Fulfilment' }).click();
    await page.waitForURL(`${shop.origin}/admin/fulfilment`);
    await page.getByLabel('Warehouse', { exact: true }).selectOption({ label: warehouse.name });
    await page.getByRole('button', { name: 'Show its pick list' }).click();
    await page.waitForURL(`${shop.origin}/admin/fulfilment?location=${warehouse.id}`);
    const order = page.getByRole('article', { name: delivered.number });
    assert.ok((await order.innerText()).includes(piece.name), 'the piece waits on the pick list under its order');
    assert.ok(await order.getByRole('checkbox').first().isChecked(), 'every piece of the order is ticked to go');
    await order.getByRole('button', { name: 'Pack' }).click();
    await page.waitForURL(/\/admin\/fulfilment\/shipments\/shp_[0-9a-z]{26}\?done=packed$/);
    parcelId = /shipments\/(shp_[0-9a-z]{26})/.exec(page.url())![1]!;
    await page.getByRole('heading', { level: 1, name: `Parcel ${delivered.number}-1` }).waitFor();
    assert.match(await facts(page).innerText(), /Packing[\s\S]*ID check required/i, 'the parcel is above the threshold just set');

    await page.getByLabel('Carrier').fill('sf-express');
    await page.getByLabel('Tracking number').fill(`SF${Date.now()}`);
    await page.getByRole('button', { name: 'Dispatch', exact: true }).click();
    await page.waitForURL(`${shop.origin}/admin/fulfilment/shipments/${parcelId}?done=dispatch`);
    await page.getByText('Dispatched: its pieces are contracts now').waitFor();
    assert.match(await facts(page).innerText(), /In transit[\s\S]*sf-express/i);
    assert.match(await page.getByRole('region', { name: 'History' }).innerText(), /Dispatched/);

    await page.goto(`${shop.origin}/admin/fulfilment?location=${warehouse.id}`);
    assert.equal(await page.getByRole('article', { name: delivered.number }).count(), 0, 'what left is off the pick list');
    await page.getByRole('link', { name: `${delivered.number}-1` }).waitFor();
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await close();
  });

  it('records a failed attempt and then the delivery to reception from a phone, and the order shows its line contracted', async () => {
    const { page, watch, close } = await signedInManager(`/admin/fulfilment/shipments/${parcelId}`, PHONE);
    const record = page.getByRole('button', { name: 'Record', exact: true });
    const target = (await record.boundingBox())!;
    assert.ok(target.height >= 48 && target.width >= 300, `a thumb-sized button, ${target.width}×${target.height}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing to scroll sideways');

    await page.getByLabel('What happened').selectOption({ label: 'Delivery attempted' });
    assert.equal(await page.getByLabel('Their name').isVisible(), false, 'a delivery’s fields fold away for an attempt');
    await page.getByLabel('Why').selectOption({ label: 'Nobody there to receive it' });
    await record.tap();
    await page.waitForURL(/done=step$/);
    await page.getByText('Recorded.').waitFor();
    assert.match(await facts(page).innerText(), /Delivery attempted/i);
    assert.match(await page.getByRole('region', { name: 'History' }).innerText(), /Delivery attempted — Nobody there to receive it\s*Exempts the shop/i);

    await page.getByLabel('What happened').selectOption({ label: 'Delivered' });
    assert.equal(await page.getByLabel('Document number').evaluate((input: HTMLInputElement) => input.required), true, 'this parcel needs the ID check');
    await page.getByLabel('Received by').selectOption({ label: 'Office reception' });
    await page.getByLabel('Their name').fill('Mr Chan, front desk');
    await page.getByLabel('Checked by').fill('Courier 118');
    await page.getByLabel('Document shown').selectOption({ label: 'Hong Kong identity card' });
    await page.getByLabel('Document number').fill('A123456(7)');
    await page.getByRole('button', { name: 'Record', exact: true }).tap();
    await facts(page).getByText('Mr Chan, front desk').waitFor();
    const after = await facts(page).innerText();
    assert.match(after, /Delivered[\s\S]*Office reception: Mr Chan, front desk[\s\S]*Hong Kong identity card ending 4567, checked by Courier 118/i);
    assert.equal(await page.getByRole('button', { name: 'Record', exact: true }).count(), 0, 'nothing more to record on a delivered parcel');

    await page.getByRole('link', { name: delivered.number, exact: true }).tap();
    await page.waitForURL(`${shop.origin}/admin/orders/${delivered.id}`);
    assert.match(await page.getByRole('region', { name: 'Lines' }).innerText(), /Contracted \(shipped\)/i);
    assert.match(await page.getByRole('region', { name: 'History' }).innerText(), /Dispatched: contract formed[\s\S]*Delivered/);
    assert.deepEqual(watch.consoleErrors, []);
    await close();
  });

  it('refunds part of a delivered order from its page, once', async () => {
    const { page, close } = await signedInManager(`/admin/orders/${delivered.id}`);
    await page.getByLabel('Amount (HKD)').fill('10');
    await page.getByLabel('Reason', { exact: true }).fill('A gesture for the missed first delivery');
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.waitForURL(/saved=refunded$/);
    await page.getByText('Refunded by the original payment method').waitFor();
    assert.match(await page.getByRole('region', { name: 'Payments' }).innerText(), /Refunded\s+HK\$10\.00/i);

    // The same form sent twice at once (a double click, a retried request) carries one key: one refund.
    await page.getByLabel('Amount (HKD)').fill('5');
    await page.getByLabel('Reason', { exact: true }).fill('Delivery fee returned');
    const statuses = await page.evaluate(async () => {
      const form = document.querySelector<HTMLFormElement>('form[aria-labelledby="refund-heading"]')!;
      const body = new FormData(form);
      body.set('intent', 'refund');
      const sent = await Promise.all([fetch(form.action, { method: 'POST', body }), fetch(form.action, { method: 'POST', body })]);
      return sent.map((response) => response.status);
    });
    assert.deepEqual(statuses, [200, 200], 'both answered with the page again');
    await page.reload();
    assert.match(await page.getByRole('region', { name: 'Payments' }).innerText(), /Refunded\s+HK\$15\.00/i);
    await close();
  });

  it('takes a delivered piece back: approved with a reason, followed back, received, then refunded', async () => {
    const token = new URL(delivered.guestLink).searchParams.get('token')!;
    const detail = (await shop.app.inject(`/api/orders/${delivered.id}?token=${token}`)).json();
    const asked = await shop.app.inject({ method: 'POST', url: `/api/orders/${delivered.id}/returns?token=${token}`, payload: { lineIds: [detail.lines[0].id], reason: 'The size runs small', resolution: 'refund' } });
    assert.equal(asked.statusCode, 201, asked.body);

    const { page, watch, close } = await signedInManager('/admin/returns');
    const item = page.getByRole('article').filter({ hasText: 'The size runs small' });
    await item.getByRole('form', { name: 'Approve' }).getByLabel('Reason').fill('Unworn, within the window');
    await item.getByRole('button', { name: 'Approve the return' }).click();
    await page.getByText('Approved: the customer is told').waitFor();
    await item.getByLabel('Carrier').fill('sf-express');
    await item.getByLabel('Tracking number').fill('RET-2026-77');
    await item.getByRole('button', { name: 'Save the tracking' }).click();
    await page.getByText('The tracking is saved.').waitFor();
    assert.match(await item.innerText(), /Coming back[\s\S]*sf-express · RET-2026-77/i);
    await item.getByRole('button', { name: 'Mark as received' }).click();
    await page.getByText('Received: inspect the pieces').waitFor();
    await item.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByText('Resolved: the customer is told.').waitFor();
    assert.equal(await item.count(), 0, 'a resolved return leaves the queue');

    await page.goto(`${shop.origin}/admin/orders/${delivered.id}`);
    assert.match(await page.getByRole('region', { name: 'Lines' }).innerText(), /Returned/i);
    assert.match(await page.getByRole('region', { name: 'History' }).innerText(), /Return approved — Unworn, within the window[\s\S]*Return refunded/);
    assert.deepEqual(watch.consoleErrors, []);
    await close();
  });

  it('packs, dispatches, records a refusal and classifies it without JavaScript', async () => {
    const { page, close } = await signedInManager(`/admin/fulfilment?location=${warehouse.id}`, { javaScriptEnabled: false });
    await page.getByRole('article', { name: refused.number }).getByRole('button', { name: 'Pack' }).click();
    await page.waitForURL(/done=packed$/);
    await page.getByLabel('Carrier').fill('kerry-express');
    await page.getByLabel('Tracking number').fill(`KE${Date.now()}`);
    await page.getByRole('button', { name: 'Dispatch', exact: true }).click();
    await page.waitForURL(/done=dispatch$/);

    // Without scripts every field of the step form shows; a refusal has its own form.
    await page.getByLabel('Reason the consignee gave').fill('Changed my mind');
    await page.getByRole('button', { name: 'Record the refusal' }).click();
    await page.waitForURL(/done=refused$/);
    assert.match(await facts(page).innerText(), /Refused[\s\S]*“Changed my mind”/i);

    await page.getByRole('link', { name: 'Waiting to be classified' }).click();
    await page.waitForURL(`${shop.origin}/admin/fulfilment/refusals`);
    const refusal = page.getByRole('article', { name: `${refused.number}-1` });
    assert.match(await refusal.innerText(), /Changed my mind[\s\S]*Margaux Lefèvre/);
    await refusal.getByRole('button', { name: 'Classify as unjustified' }).click();
    await page.waitForURL(/done=unjustified$/);
    await page.getByText('Classified as unjustified').waitFor();
    assert.equal(await page.getByRole('article', { name: `${refused.number}-1` }).count(), 0, 'classified once, it leaves the list');
    await close();
  });
});
