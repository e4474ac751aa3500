import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();

/** A product of the demo catalogue with a variant in stock, found through the public API. */
async function pieceInStock(): Promise<{ slug: string; colour: string | null; size: string | null }> {
  const listing = await (await fetch(`${shop.origin}/api/catalog/products?limit=48`)).json();
  for (const card of listing.products as { slug: string; inStock: boolean }[]) {
    if (!card.inStock) continue;
    const product = await (await fetch(`${shop.origin}/api/catalog/products/${card.slug}`)).json();
    const variant = (product.variants as { colour: string | null; size: string | null; available: number; price: unknown }[]).find((v) => v.available >= 2 && v.price);
    if (variant) return { slug: card.slug, colour: variant.colour, size: variant.size };
  }
  throw new Error('No piece in stock in the demo catalogue');
}

describe('the bag', () => {
  it('adds a piece from its page, shows it in the bag, changes the quantity and moves it to the wish list', async () => {
    const piece = await pieceInStock();
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    const choice = new URLSearchParams({ ...(piece.colour ? { colour: piece.colour } : {}), ...(piece.size ? { size: piece.size } : {}) });

    await page.goto(`${shop.origin}/products/${piece.slug}?${choice}`);
    await waitForHydration(page);
    const name = (await page.locator('.product__name').innerText()).trim();
    await page.getByRole('button', { name: 'Add to bag' }).click();
    await page.getByText('Added to your bag.').waitFor();
    assert.match(await page.locator('.mini-bag__count').innerText(), /1/, 'the header counts the piece');

    await page.getByRole('link', { name: 'View bag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your bag' }).waitFor();
    const line = page.locator('.bag-line').filter({ hasText: name });
    await line.waitFor();
    assert.equal(await line.getByLabel('Quantity').inputValue(), '1');

    await line.getByLabel('Quantity').selectOption('2');
    await line.getByRole('button', { name: 'Update' }).click();
    await page.locator('.mini-bag__count', { hasText: '2' }).waitFor();
    assert.equal(await page.locator('.bag-line').getByLabel('Quantity').inputValue(), '2');

    await page.locator('.bag-line').getByRole('button', { name: 'Move to wish list' }).click();
    await page.getByText('Your bag is empty.').waitFor();
    await page.getByRole('link', { name: 'See your wish list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your wish list' }).waitFor();
    assert.match(await page.locator('.wishlist__item').innerText(), new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('works without JavaScript: the forms post to the pages', async () => {
    const piece = await pieceInStock();
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    const choice = new URLSearchParams({ ...(piece.colour ? { colour: piece.colour } : {}), ...(piece.size ? { size: piece.size } : {}) });
    await page.goto(`${shop.origin}/products/${piece.slug}?${choice}`);
    await page.getByRole('button', { name: 'Add to bag' }).click();
    await page.getByText('Added to your bag.').waitFor();
    await page.goto(`${shop.origin}/bag`);
    assert.equal(await page.locator('.bag-line').count(), 1);
    await context.close();
  });
});
