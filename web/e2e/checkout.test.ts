import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createServer } from 'node:net';
import { testApp } from '../../server/tests/support/app.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';

/** A free loopback port, known before the shop starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The card provider's page and its way back are absolute links to the shop's public address:
// the shop must listen where PUBLIC_URL says, so the browser can follow them.
const port = await freePort();
const shop = { origin: `http://127.0.0.1:${port}` };
const app = await testApp({ web: true, env: { PUBLIC_URL: shop.origin } });
await app.listen({ host: '127.0.0.1', port });
const browser = await launchBrowser();

interface Piece {
  slug: string;
  colour: string | null;
  size: string | null;
}

/** A product of the demo catalogue with a variant in stock and priced, found through the public API. */
async function pieceInStock(): Promise<Piece> {
  const listing = await (await fetch(`${shop.origin}/api/catalog/products?limit=48`)).json();
  for (const card of listing.products as { slug: string; inStock: boolean }[]) {
    if (!card.inStock) continue;
    const product = await (await fetch(`${shop.origin}/api/catalog/products/${card.slug}`)).json();
    const variant = (product.variants as { colour: string | null; size: string | null; available: number; price: unknown }[]).find((v) => v.available >= 1 && v.price);
    if (variant) return { slug: card.slug, colour: variant.colour, size: variant.size };
  }
  throw new Error('No piece in stock in the demo catalogue');
}

/** Puts the piece in this browser's bag from its page, as a visitor would. */
async function addToBag(page: Page, piece: Piece): Promise<void> {
  const choice = new URLSearchParams({ ...(piece.colour ? { colour: piece.colour } : {}), ...(piece.size ? { size: piece.size } : {}) });
  await page.goto(`${shop.origin}/products/${piece.slug}?${choice}`);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await page.getByText('Added to your bag.').waitFor();
}

describe('checking out as a guest', () => {
  it('goes from a product page to a placed order paid with the sandbox card, then follows it through the guest link', async () => {
    const piece = await pieceInStock();
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);

    await addToBag(page, piece);
    const name = (await page.locator('.product__name').innerText()).trim();

    await page.goto(`${shop.origin}/checkout`);
    await page.waitForURL(/\/checkout\/contact$/);
    await waitForHydration(page);
    await page.getByLabel('E-mail address').fill('guest.checkout@example.com');
    await page.getByLabel('Telephone').fill('9123 4567');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(/\/checkout\/address$/);
    await page.getByLabel('Recipient’s name').fill('Amélie Laurent');
    await page.getByLabel('Recipient’s telephone').fill('+852 9876 5432');
    // ORD-4: someone else receives it, and gives an e-mail for the parcel's news.
    await page.getByLabel('Someone else receives it for me').check();
    await page.getByLabel('Their e-mail, for delivery updates').fill('helene.consignee@example.com');
    await page.getByLabel('Address', { exact: true }).fill('1 Queen’s Road Central');
    await page.getByLabel('City or district').fill('Hong Kong');
    await page.getByLabel('Country or region').selectOption('HK');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(/\/checkout\/delivery$/);
    // Both ways of delivery are priced before either is chosen.
    for (const method of ['standard', 'express']) assert.match(await page.locator(`#delivery-${method}-price`).innerText(), /HK\$|Free/, `${method} shows its price`);
    await page.getByLabel('Standard delivery').check();
    await page.getByLabel('Card', { exact: true }).check();
    assert.match(await page.locator('#payment-card-deadline').innerText(), /Pay within \d+ (minutes|hours)/, 'the card’s payment deadline is said');
    await page.getByRole('button', { name: 'Continue' }).click();

    // The review (ORD-1): the piece, contact, consignee and address, and the total about to be paid.
    await page.waitForURL(/\/checkout\/review$/);
    const review = page.locator('.checkout-review');
    await review.getByRole('heading', { name: 'Review your order' }).waitFor();
    const reviewText = await review.innerText();
    for (const expected of [name, 'guest.checkout@example.com', '+85291234567', 'Amélie Laurent', '+85298765432', 'helene.consignee@example.com', '1 Queen’s Road Central', 'Standard delivery']) {
      assert.ok(reviewText.includes(expected), `the review shows ${expected}`);
    }
    const total = (await review.locator('.checkout-totals__total').innerText()).trim();
    assert.match(total, /HK\$/);
    await page.getByLabel(/I accept the registration agreement/).check();
    await page.getByRole('button', { name: 'Place order' }).click();

    // The processor's own hosted card form: the card number never reaches the shop (PAY-4).
    await page.waitForURL(/\/sandbox-pay\//);
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry (MM/YY)').fill('12/34');
    await page.getByLabel('Security code').fill('123');
    await page.getByRole('button', { name: /^Pay / }).click();

    await page.waitForURL(/\/checkout\/complete\/ord_[0-9a-z]+\?token=/);
    await page.getByRole('heading', { level: 1, name: 'Thank you: we have received your offer' }).waitFor();
    const number = (await page.locator('.checkout-complete__order-number').innerText()).trim();
    assert.ok(number.length > 0, 'the order number is shown');
    assert.match(await page.locator('main').innerText(), /contract of sale forms when it ships/);
    const placed = await app.platform.database.db.selectFrom('orders.orders').select('consignee').where('number', '=', number).executeTakeFirstOrThrow();
    assert.deepEqual([placed.consignee.isCustomer, placed.consignee.email], [false, 'helene.consignee@example.com'], 'the consignee’s e-mail reaches the order');

    await page.getByRole('link', { name: 'Follow your order' }).click();
    await page.waitForURL(/\/orders\/ord_[0-9a-z]+\?token=/);
    await page.getByRole('heading', { level: 1, name: `Order ${number}` }).waitFor();
    const detail = await page.locator('.order-detail').innerText();
    assert.ok(detail.includes(name), 'the guest link shows the piece ordered');
    assert.match(detail, /Offer received/);
    assert.ok(detail.includes(total), 'and the total paid');

    assert.deepEqual(watch.foreignRequests, []);
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });
});
