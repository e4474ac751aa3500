import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { as, latestMail, newCustomer, type Browser as Customer } from '../../server/tests/support/accounts.ts';
import { signedIn } from '../../server/src/modules/access/access.test-helpers.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();
const manager = await signedIn(shop.app, 'orders@vitrine.localhost');
const inHongKong = (iso: string) => new Intl.DateTimeFormat('en-HK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Hong_Kong' }).format(new Date(iso));

interface Piece { variantId: string; name: string }
interface Line { id: string; name: string; status: string; contractedAt: string | null; deliveredAt: string | null }

/** Pieces of the demo catalogue in stock, each of another product, through the public API. */
async function piecesInStock(count: number): Promise<Piece[]> {
  const listing = (await shop.app.inject('/api/catalog/products?limit=48')).json() as { products: { slug: string; inStock: boolean }[] };
  const pieces: Piece[] = [];
  for (const card of listing.products.filter((p) => p.inStock)) {
    const product = (await shop.app.inject(`/api/catalog/products/${card.slug}`)).json();
    const variant = (product.variants as { id: string; available: number; price: unknown }[]).find((v) => v.available >= 2 && v.price);
    if (variant) pieces.push({ variantId: variant.id, name: product.name });
    if (pieces.length === count) return pieces;
  }
  throw new Error(`Fewer than ${count} pieces in stock in the demo catalogue`);
}

/** A signed-in customer orders these pieces, to be paid on delivery in Hong Kong, as the checkout would. */
async function orderCashOnDelivery(customer: Customer, pieces: Piece[], email: string): Promise<{ id: string; number: string; lines: Line[] }> {
  for (const piece of pieces) {
    const added = await shop.app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: piece.variantId, quantity: 1 } });
    assert.ok(added.statusCode < 300, added.body);
  }
  const consignee = { name: 'Hélène Marceau', phone: '+85291234567', isCustomer: false, address: { line1: '8 Finance Street', line2: '30/F', city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };
  const review = await shop.app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { email, phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: 'cod' } });
  assert.equal(review.statusCode, 200, review.body);
  const placed = await shop.app.inject({ method: 'POST', url: '/api/checkout/orders', headers: as(customer), payload: { currency: 'HKD', reviewedTotal: review.json().quote.total } });
  assert.equal(placed.statusCode, 201, placed.body);
  const { order } = placed.json();
  const detail = (await shop.app.inject({ url: `/api/account/orders/${order.id}`, headers: as(customer) })).json();
  return { id: order.id, number: order.number, lines: detail.lines };
}

/** The warehouse packs one line where it is reserved and hands it to the carrier. */
async function dispatch(orderId: string, lineId: string, trackingNumber: string): Promise<{ id: string; idCheckRequired: boolean }> {
  const locations = await shop.app.platform.database.db.selectFrom('inventory.locations').select('id').execute();
  for (const { id: locationId } of locations) {
    const queue = (await manager.call('GET', `/api/admin/fulfilment/queue?location=${locationId}`)).json() as { orders: { orderId: string; lines: { id: string }[] }[] };
    if (!queue.orders.some((o) => o.orderId === orderId && o.lines.some((l) => l.id === lineId))) continue;
    const packed = await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId, locationId, lineIds: [lineId] });
    assert.equal(packed.statusCode, 201, packed.body);
    const dispatched = await manager.call('POST', `/api/admin/fulfilment/shipments/${packed.json().id}/dispatch`, { carrier: 'sf-express', trackingNumber });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    return dispatched.json();
  }
  throw new Error(`Line ${lineId} is on no location's pick list`);
}

async function signedInPage(customer: Customer, javaScriptEnabled = true): Promise<{ page: Page; close(): Promise<void>; watch: ReturnType<typeof watchPage> }> {
  const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled });
  const [name, value] = customer.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: shop.origin }]);
  const page = await context.newPage();
  return { page, watch: watchPage(page, shop.origin), close: () => context.close() };
}

const [bag, wrap] = await piecesInStock(2) as [Piece, Piece];
const lineOf = (page: Page, name: string) => page.locator('.order-line', { hasText: name });

describe('following an order after it is placed', () => {
  it('follows an order from placement through a partial shipment, delivery to reception, and a return', async () => {
    const customer = await newCustomer(shop.app);
    const order = await orderCashOnDelivery(customer, [bag, wrap], 'fulfilment.follow@example.com');
    const [shipped, waiting] = order.lines as [Line, Line];
    const parcel = await dispatch(order.id, shipped.id, 'SF7012345678');
    const delivered = await manager.call('POST', `/api/admin/fulfilment/shipments/${parcel.id}/events`, {
      kind: 'delivered', receivedBy: { kind: 'reception', name: 'Mr Chan, front desk' },
      ...(parcel.idCheckRequired ? { idCheck: { checkedBy: 'Courier 118', document: 'hkid', number: 'A123456(7)' } } : {}),
    });
    assert.equal(delivered.statusCode, 200, delivered.body);
    const after = (await shop.app.inject({ url: `/api/account/orders/${order.id}`, headers: as(customer) })).json() as { lines: Line[] };
    const contractedAt = after.lines.find((l) => l.id === shipped.id)!.contractedAt!;

    const { page, watch, close } = await signedInPage(customer);
    await page.goto(`${shop.origin}/account/orders/${order.id}`);
    await waitForHydration(page);
    await page.getByRole('heading', { level: 1, name: `Order ${order.number}` }).waitFor();

    // Each piece in its own state (ORD-2): one shipped, its contract dated in Hong Kong time, and delivered; the other still an offer.
    const shippedLine = await lineOf(page, shipped.name).innerText();
    assert.ok(shippedLine.includes(`Contract formed on ${inHongKong(contractedAt)}`), `the contract's date in the shop's time: ${shippedLine}`);
    assert.match(shippedLine, /Delivered on/i);
    assert.match(await lineOf(page, waiting.name).innerText(), /Offer: the contract forms when it ships/i);

    // The parcel and its journey: carrier, tracking number, delivered to the office reception.
    const parcelCard = page.getByRole('article', { name: /^Parcel / });
    const journey = await parcelCard.innerText();
    assert.match(journey, /Delivered[\s\S]*SF Express[\s\S]*SF7012345678/i);
    assert.match(journey, /Left us: the contract for its pieces is formed[\s\S]*Delivered[\s\S]*Received by the office reception: Mr Chan, front desk/);
    assert.ok(journey.includes(shipped.name) && !journey.includes(waiting.name), 'the parcel holds the piece that left only');

    // Cancelling the piece not yet shipped: chosen, then confirmed, with what happens to the money said first.
    await page.getByRole('checkbox', { name: waiting.name }).check();
    await page.getByRole('button', { name: 'Cancel the chosen pieces' }).click();
    await page.getByText('Cancel these pieces?').waitFor();
    assert.match(await page.locator('.after-sale__confirm').innerText(), /Nothing is charged: with cash on delivery you pay only for what arrives\./);
    await page.getByRole('button', { name: 'Confirm the cancellation' }).click();
    await page.getByText('Pieces cancelled: 1. Nothing is charged for them.').waitFor();
    assert.match(await lineOf(page, waiting.name).innerText(), /Cancelled on/i);
    assert.equal(await page.getByRole('button', { name: 'Cancel the chosen pieces' }).count(), 0, 'nothing is left to cancel');

    // Returning the delivered piece.
    await page.getByRole('link', { name: 'Return or exchange' }).click();
    const form = page.getByRole('form', { name: 'Return or exchange' });
    await form.waitFor();
    assert.equal(await form.getByRole('checkbox', { name: shipped.name }).isChecked(), true, 'the one delivered piece is chosen');
    await form.getByLabel('Why are you returning them?').fill('The colour is not as pictured');
    await form.getByLabel('A refund').check();
    await form.getByRole('button', { name: 'Ask for the return' }).click();
    await page.getByText('Your return is requested.').waitFor();
    const returns = await page.getByRole('region', { name: 'Returns and exchanges' }).innerText();
    assert.match(returns, /Return requested[\s\S]*A refund[\s\S]*Your reason: The colour is not as pictured/i);
    assert.match(await lineOf(page, shipped.name).innerText(), /Return requested/i);
    assert.match(await page.getByRole('region', { name: 'History' }).innerText(), /Pieces shipped: their contract formed[\s\S]*Pieces delivered[\s\S]*Pieces cancelled[\s\S]*Return requested/);

    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await close();
  });

  it('lets the consignee follow the parcel from the dispatch mail and send it elsewhere while it travels, without JavaScript', async () => {
    const customer = await newCustomer(shop.app);
    const email = 'fulfilment.consignee@example.com';
    const order = await orderCashOnDelivery(customer, [wrap], email);
    await dispatch(order.id, order.lines[0]!.id, 'SF7098765432');
    const mail = await latestMail(shop.app, email, /on their way/);
    const link = new URL(/(http\S+\/deliveries\/\S+)/.exec(mail!.text)![1]!);
    assert.doesNotMatch(link.pathname, /^\/api\//, 'the mail links to the site, not the API');

    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    const opened = await page.goto(`${shop.origin}${link.pathname}${link.search}`);
    assert.match(opened!.headers()['cache-control'] ?? '', /private, no-store/);
    assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
    await page.getByRole('heading', { level: 1, name: 'A parcel for you' }).waitFor();
    const parcel = page.getByRole('article', { name: /^Parcel / });
    const before = await parcel.innerText();
    assert.match(before, /On its way[\s\S]*SF Express[\s\S]*SF7098765432[\s\S]*8 Finance Street/i);
    assert.doesNotMatch(await page.locator('main').innerText(), /HK\$|Order V/, 'no prices and nothing else of the order');

    await page.getByRole('link', { name: 'Send it to another address' }).click();
    const form = page.getByRole('form', { name: 'A new delivery address' });
    assert.match(await form.innerText(), /recorded as the customer’s own decision/);
    await form.getByLabel('Address', { exact: true }).fill('1 Harbour Road');
    await form.getByLabel('Address, continued (optional)').fill('20/F, reception');
    await form.getByRole('button', { name: 'Send it to this address' }).click();
    await page.getByText('The new address is recorded.').waitFor();
    const after = await parcel.innerText();
    assert.match(after, /Delivering to[\s\S]*1 Harbour Road[\s\S]*20\/F, reception/i);
    assert.match(after, /Delivery address changed[\s\S]*Asked for by the person receiving the parcel[\s\S]*Recorded as the customer’s own decision/);
    assert.match((await latestMail(shop.app, email, /new delivery address/))!.text, /1 Harbour Road/, 'the customer is told');

    const wrong = await page.goto(`${shop.origin}${link.pathname}?token=${'x'.repeat(43)}`);
    assert.equal(wrong!.status(), 404);
    await page.getByRole('heading', { level: 1, name: 'This link does not open a parcel' }).waitFor();
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });
});
