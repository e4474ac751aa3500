import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { seedLocations, seedProducts } from '../../server/src/modules/catalog/catalog.test-helpers.ts';
import { signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();
// A designer, a category and the warehouses the new product is filed under and stocked in.
const locations = await seedLocations(shop.app);
await seedProducts(shop.app, locations, [{ name: 'Existing tote', designer: 'Maison Orvane', category: 'Bags', variants: [{ hkd: 1_200_000 }] }]);

let context: BrowserContext;
let page: Page;

before(async () => {
  context = await browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  await page.goto(`${shop.origin}/admin/catalogue`);
  await waitForHydration(page);
  await signInAs(page, 'catalogue@vitrine.localhost');
  await page.waitForURL(`${shop.origin}/admin/catalogue`);
});
after(() => context.close());

/** What a customer's browser is told about the product. */
async function storefrontProduct(slug: string) {
  const response = await shop.app.inject({ method: 'GET', url: `/api/catalog/products/${slug}?currency=HKD` });
  return { status: response.statusCode, body: response.statusCode === 200 ? response.json() : null };
}

describe('the catalogue in the backstage', () => {
  let productPath = '';

  it('creates a product with a variant, prices and stocks it, publishes it, and customers then see it', async () => {
    const watch = watchPage(page, shop.origin);
    await page.getByRole('navigation', { name: 'Backstage' }).getByRole('link', { name: 'Catalogue' }).click();
    await page.getByRole('heading', { name: 'Catalogue', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Existing tote' }).waitFor();

    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByRole('heading', { name: 'New product', level: 1 }).waitFor();
    await page.getByLabel('Designer').selectOption({ label: 'Maison Orvane' });
    await page.getByLabel('Category').selectOption({ label: 'Bags' });
    await page.getByLabel('Address').fill('lacquered-evening-clutch');
    await page.getByLabel('Made in').fill('IT');
    const english = page.getByRole('group', { name: 'English (required)' });
    await english.getByLabel('Name').fill('Lacquered evening clutch');
    await english.getByLabel('Description', { exact: true }).fill('A small clutch in black lacquered calfskin, lined in silk.');
    await page.getByRole('group', { name: /^Traditional Chinese/ }).getByLabel('Name').fill('漆面晚宴手拿包');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/\/admin\/catalogue\/prd_[0-9a-z]{26}\?saved=created$/);
    productPath = new URL(page.url()).pathname;
    await page.getByText('The draft is created. Next, add its variants.').waitFor();
    assert.equal((await storefrontProduct('lacquered-evening-clutch')).status, 404, 'a draft is hidden from customers');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Give at least one variant a price in HKD before publishing.').waitFor();

    await page.getByLabel('SKU').fill('ORV-CLUTCH-BLK');
    await page.getByLabel('Weight in grams').fill('420');
    await page.getByLabel('Colour').first().fill('Black');
    await page.getByRole('button', { name: 'Add the variant' }).click();
    await page.getByText('The variant is added.').waitFor();

    const variant = page.getByRole('article', { name: 'ORV-CLUTCH-BLK' });
    await variant.getByLabel('HKD').fill('18500');
    await variant.getByRole('button', { name: 'Save the prices' }).click();
    await page.getByText('The prices are saved; customers see them at once.').waitFor();
    // Every location has its field; the test's Hong Kong warehouse is named by seedLocations.
    await page.getByRole('article', { name: 'ORV-CLUTCH-BLK' }).getByLabel('HK test warehouse').fill('3');
    await page.getByRole('article', { name: 'ORV-CLUTCH-BLK' }).getByRole('button', { name: 'Save the stock' }).click();
    await page.getByText('The stock is saved.').waitFor();

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('The product is published.').waitFor();
    await page.getByText('On sale', { exact: true }).waitFor();

    const { status, body } = await storefrontProduct('lacquered-evening-clutch');
    assert.equal(status, 200, 'the published product has its page');
    assert.equal(body.name, 'Lacquered evening clutch');
    assert.equal(body.variants[0].price.amount, 1_850_000);
    assert.equal(body.variants[0].price.currency, 'HKD');
    assert.equal(body.variants[0].available, 3);
    assert.deepEqual(watch.consoleErrors.filter((error) => !error.startsWith('422 ')), [], 'nothing failed but the early publication');
  });

  it('refuses a CSV with one bad row whole, names its line, and changes nothing', async () => {
    await page.goto(`${shop.origin}/admin/catalogue/import`);
    await page.getByRole('heading', { name: 'Import and export', level: 1 }).waitFor();
    await page.getByLabel('What the file holds').selectOption({ label: 'Prices' });
    await page.getByLabel('Or paste the CSV here').fill('sku,currency,amount\nORV-CLUTCH-BLK,HKD,9900\nORV-CLUTCH-BLK,USD,not a price\n');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Nothing was imported: correct the rows below and import the whole file again.').waitFor();
    const rows = page.locator('.catalogue-import-errors tbody tr');
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /^3\s+amount\s+\S/);

    const { body } = await storefrontProduct('lacquered-evening-clutch');
    assert.equal(body.variants[0].price.amount, 1_850_000, 'the good row was not imported either');

    await page.getByLabel('What the file holds').selectOption({ label: 'Prices' });
    await page.getByLabel('Or paste the CSV here').fill('sku,currency,amount\nORV-CLUTCH-BLK,HKD,19900.00\n');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Imported 1 rows: 0 new, 1 changed.').waitFor();
    assert.equal((await storefrontProduct('lacquered-evening-clutch')).body.variants[0].price.amount, 1_990_000);
  });

  it('adds an uploaded picture to the product, and a designer to the list', async () => {
    await page.goto(`${shop.origin}${productPath}`);
    await page.getByLabel('Image (JPEG, PNG or WebP)').setInputFiles({ name: 'clutch.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') });
    await page.getByLabel('Description for screen readers').fill('The clutch, closed');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('The picture is added.').waitFor();
    const picture = page.getByRole('img', { name: 'The clutch, closed' });
    const served = await page.request.get(new URL((await picture.getAttribute('src'))!, shop.origin).href);
    assert.equal(served.status(), 200);
    assert.equal(served.headers()['content-type'], 'image/png');

    await page.goto(`${shop.origin}/admin/catalogue/designers`);
    await page.getByLabel('Name', { exact: true }).fill('Atelier Sévrine');
    await page.getByRole('group', { name: 'English (required)' }).getByLabel("The house's story").fill('A Lyon workshop of pleated silk.');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Saved. The storefront shows the change at once.').waitFor();
    await page.getByRole('link', { name: 'Atelier Sévrine' }).waitFor();
  });
});

describe('the catalogue without JavaScript', () => {
  it('signs in and has a bad import refused with its line, all with plain forms', async () => {
    const plain = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${shop.origin}/admin/catalogue/import`);
    await signInAs(noScript, 'catalogue@vitrine.localhost');
    await noScript.waitForURL(`${shop.origin}/admin/catalogue/import`);
    await noScript.getByLabel('What the file holds').selectOption({ label: 'Stock' });
    await noScript.getByLabel('Or paste the CSV here').fill('sku,location,on_hand\nNO-SUCH-SKU,nowhere,2\n');
    await noScript.getByRole('button', { name: 'Import' }).click();
    await noScript.getByText('Nothing was imported: correct the rows below and import the whole file again.').waitFor();
    assert.match(await noScript.locator('.catalogue-import-errors tbody tr').first().innerText(), /^2\s/);
    await plain.close();
  });
});

/** The smallest PNG there is: one transparent pixel. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
