import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

// A demo catalogue large enough to hold handbags (the default 48 pieces may hold none).
const shop = await startShop({ env: { DEMO_PRODUCTS: '120' } });
const browser = await launchBrowser();

const listingCount = async (page: Page) => {
  const text = await page.locator('.listing__count').innerText();
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN);
};

describe('the storefront', () => {
  it('browses from home to a filtered category, a product and its variant, then changes currency and language', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);

    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);
    assert.equal(await page.locator('.home-arrivals .product-card').count(), 8, 'eight new arrivals on the home page');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ready-to-wear' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ready-to-wear' }).waitFor();

    // Choose the first colour the facet offers: the count it promised is the count shown.
    const colours = page.locator('details.facet', { has: page.locator('summary', { hasText: 'Colour' }) });
    const option = colours.locator('a.facet__option').first();
    const promised = Number(await option.locator('.facet__count').innerText());
    const colour = (await option.locator('.facet__label').innerText()).trim();
    await option.click();
    await page.waitForURL(/[?&]colour=/);
    await page.getByRole('link', { name: `${colour} — remove` }).waitFor();
    assert.equal(await listingCount(page), promised, 'the count says what the facet promised');
    assert.ok(promised > 0 && promised < 24, 'fewer than a page, so every piece is shown');
    assert.equal(await page.locator('.product-grid .product-card').count(), promised, 'as many cards as the count');

    // A piece, then a size: price, stock and delivery follow in place, and the address with them.
    await page.locator('.product-card__link').first().click();
    await page.locator('.product__title').waitFor();
    await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
    const size = page.locator('label.size-option:not(.size-option--sold-out)').first();
    const sizeName = (await size.locator('.size-option__label').innerText()).trim();
    await size.click();
    await page.waitForURL(new RegExp(`[?&]size=${encodeURIComponent(sizeName)}`));
    // The address changes as the click lands; the panel re-renders a moment after it.
    await page.locator('.purchase__stock').filter({ hasText: /in stock|only/i }).waitFor();
    assert.match(await page.locator('.purchase').innerText(), /Delivery in \d/);
    assert.equal(await page.evaluate(() => (window as unknown as { stillThisDocument?: boolean }).stillThisDocument), true, 'no page reload');
    const hkdPrice = await page.locator('.purchase .price__now').innerText();
    assert.match(hkdPrice, /HK\$/);

    // US dollars: the same piece and size, priced in another currency.
    await page.getByRole('link', { name: /^USD/ }).click();
    await page.waitForFunction(() => /US\$/.test(document.querySelector('.purchase .price__now')?.textContent ?? ''));
    assert.match(page.url(), new RegExp(`size=${encodeURIComponent(sizeName)}`), 'the choice survives the switch');
    await waitForHydration(page);

    // Traditional Chinese: the page reads in Chinese, still on the same piece.
    await page.getByRole('link', { name: '繁體中文' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    assert.match(await page.locator('.variant-picker').innerText(), /尺碼/);
    assert.match(await page.locator('main').innerText(), /[\u4e00-\u9fff]/);

    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('finds handbags for a misspelt “handbg”, with suggestions while typing', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);

    const box = page.getByRole('combobox', { name: 'Search Vitrine' });
    await box.pressSequentially('bag', { delay: 40 });
    await page.getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    assert.ok(await page.locator('[role="option"][aria-selected="true"]').count() === 1, 'the arrow keys move through the suggestions');

    await box.fill('handbg');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=handbg/);
    assert.ok((await listingCount(page)) > 0, 'the misspelling still finds pieces');
    assert.match(await page.locator('.listing__header').innerText(), /handbag/i, 'the page says what it searched for');

    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('offers other ways in when a search finds nothing', async () => {
    const response = await fetch(`${shop.origin}/search?q=qqxqzzv`, { headers: { 'accept-language': 'en' } });
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.match(html, /We found no pieces/);
    assert.match(html, /Popular categories[\s\S]*href="\/category\//);
    assert.match(html, /Designers to discover[\s\S]*href="\/designers\//);
  });

  it('renders a product page for search engines: canonical address and schema.org Product data with the nonce', async () => {
    const listing = await (await fetch(`${shop.origin}/api/catalog/products?limit=1`)).json() as { products: { slug: string }[] };
    const slug = listing.products[0]!.slug;
    const response = await fetch(`${shop.origin}/products/${slug}`, { headers: { 'accept-language': 'en' } });
    const html = await response.text();
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    assert.ok(nonce);
    assert.match(html, new RegExp(`<link rel="canonical" href="${shop.origin}/products/${slug}"`));
    const [, scriptNonce, jsonLd] = /<script type="application\/ld\+json" nonce="([^"]*)">(.*?)<\/script>/.exec(html) ?? [];
    assert.equal(scriptNonce, nonce, 'the Product data carries the page nonce');
    const product = JSON.parse(jsonLd!);
    assert.equal(product['@type'], 'Product');
    assert.ok(product.brand.name && product.sku && product.image.length > 0);
    assert.ok(product.offers.length > 0);
    for (const offer of product.offers) {
      assert.match(offer.price, /^\d+(\.\d+)?$/);
      assert.equal(offer.priceCurrency, 'HKD');
      assert.match(offer.availability, /^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
    }
  });
});
