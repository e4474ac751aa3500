import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();
const PROMOTION_PAGE = /\/admin\/promotions\/promo_[0-9a-z]{26}\?saved=created$/;

let context: BrowserContext;
let page: Page;

before(async () => {
  context = await browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  await page.goto(`${shop.origin}/admin/promotions`);
  await waitForHydration(page);
  await signInAs(page, 'catalogue@vitrine.localhost');
  await page.waitForURL(`${shop.origin}/admin/promotions`);
});
after(() => context.close());

interface StoredPromotion {
  id: string;
  name: string;
  trigger: string;
  conditions: { type: string; config: Record<string, unknown> }[];
  actions: { type: string; config: Record<string, unknown> }[];
  usageLimit: number | null;
  codes: number;
}

/** What the API now holds, asked with the staff member's own session. */
async function storedPromotion(on: Page, name: string): Promise<StoredPromotion | undefined> {
  const response = await on.request.get(`${shop.origin}/api/admin/pricing/promotions`);
  assert.equal(response.status(), 200);
  return ((await response.json()) as StoredPromotion[]).find((promotion) => promotion.name === name);
}

/** A guest's bag holding one piece of the demo catalogue that is in stock. */
async function shopperWithBag(): Promise<{ shopper: BrowserContext; bag: Page }> {
  const listing = await (await fetch(`${shop.origin}/api/catalog/products?limit=48`)).json();
  for (const card of listing.products as { slug: string; inStock: boolean }[]) {
    if (!card.inStock) continue;
    const product = await (await fetch(`${shop.origin}/api/catalog/products/${card.slug}`)).json();
    const variant = (product.variants as { colour: string | null; size: string | null; available: number; price: unknown }[]).find((v) => v.available >= 1 && v.price);
    if (!variant) continue;
    const shopper = await browser.newContext({ locale: 'en-GB' });
    const bag = await shopper.newPage();
    const choice = new URLSearchParams({ ...(variant.colour ? { colour: variant.colour } : {}), ...(variant.size ? { size: variant.size } : {}) });
    await bag.goto(`${shop.origin}/products/${card.slug}?${choice}`);
    // A click while React is still hydrating the page is swallowed; a shopper's eye is slower.
    await waitForHydration(bag);
    await bag.getByRole('button', { name: 'Add to bag' }).click();
    await bag.getByText('Added to your bag.').waitFor();
    await bag.goto(`${shop.origin}/bag`);
    return { shopper, bag };
  }
  throw new Error('No piece in stock in the demo catalogue');
}

const deliveryCharge = (bag: Page) => bag.locator('.bag-summary__row', { hasText: 'Delivery' }).locator('dd').innerText();

describe('promotions in the backstage', () => {
  it('creates a code promotion with quantity tiers, adds codes, lists it, and a shopper’s bag takes the code', async () => {
    const watch = watchPage(page, shop.origin);
    await page.getByRole('navigation', { name: 'Backstage' }).getByRole('link', { name: 'Promotions' }).click();
    await page.getByRole('heading', { name: 'Promotions', level: 1 }).waitFor();
    await page.getByRole('link', { name: /^Maison days/ }).waitFor();

    await page.getByRole('link', { name: 'New promotion' }).click();
    await page.getByRole('heading', { name: 'New promotion', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Private view: 10% off one piece, 20% off two');
    await page.getByLabel('Its first code').fill('privateview');
    await page.getByLabel('Action to add').selectOption({ label: 'Quantity tiers' });
    await page.getByRole('button', { name: 'Add the action' }).click();
    const tiers = page.getByRole('group', { name: 'Quantity tiers' });
    await tiers.getByRole('group', { name: 'Row 1' }).getByLabel('From this many items').fill('1');
    await tiers.getByRole('group', { name: 'Row 1' }).getByLabel('Percentage off').fill('10');
    await tiers.getByRole('button', { name: 'Add a row' }).click();
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Private view: 10% off one piece, 20% off two', 'what was typed survives the new row');
    await tiers.getByRole('group', { name: 'Row 2' }).getByLabel('From this many items').fill('2');
    await tiers.getByRole('group', { name: 'Row 2' }).getByLabel('Percentage off').fill('20');
    await page.getByLabel('Uses in all').fill('500');
    await page.getByRole('button', { name: 'Create the promotion' }).click();
    await page.waitForURL(PROMOTION_PAGE);
    await page.getByText('The promotion is created and applies from its start.').waitFor();
    await page.getByRole('cell', { name: 'PRIVATEVIEW', exact: true }).waitFor();

    await page.getByLabel('Code', { exact: true }).fill('private-view-vip');
    await page.getByRole('button', { name: 'Add the code' }).click();
    await page.getByText('The code is added.').waitFor();
    await page.getByRole('cell', { name: 'PRIVATE-VIEW-VIP', exact: true }).waitFor();
    await page.getByLabel('How many').fill('3');
    await page.getByLabel('Prefix').fill('PV');
    await page.getByRole('button', { name: 'Make the codes' }).click();
    await page.getByText('The single-use codes are made.').waitFor();
    assert.equal(await page.getByRole('cell', { name: /^PV-[0-9A-Z]{8}$/ }).count(), 3);
    await page.getByRole('button', { name: 'Withdraw PRIVATE-VIEW-VIP' }).click();
    await page.getByText('The code is withdrawn.').waitFor();

    await page.getByRole('link', { name: 'All promotions' }).click();
    const row = page.getByRole('row', { name: /Private view/ });
    await row.getByText('Codes: 5; single-use codes used: 0').waitFor();
    await row.getByText('0 of 500').waitFor();
    const stored = await storedPromotion(page, 'Private view: 10% off one piece, 20% off two');
    assert.equal(stored?.trigger, 'code');
    assert.deepEqual(stored?.actions, [{ type: 'quantity_tiers', config: { tiers: [{ minQuantity: 1, percent: 10 }, { minQuantity: 2, percent: 20 }] } }]);
    assert.deepEqual(watch.consoleErrors, []);

    const { shopper, bag } = await shopperWithBag();
    await bag.getByLabel('Promotion code').fill('privateview');
    await bag.getByRole('button', { name: 'Apply' }).click();
    await bag.getByText('Private view: 10% off one piece, 20% off two: applied').waitFor();
    await shopper.close();
  });

  it('shows the API’s refusal beside the field it names, keeping what was typed', async () => {
    await page.goto(`${shop.origin}/admin/promotions/new`);
    await page.getByLabel('Name', { exact: true }).fill('Too generous');
    await page.getByLabel('Action to add').selectOption({ label: 'Percentage off' });
    await page.getByRole('button', { name: 'Add the action' }).click();
    const percent = page.getByRole('group', { name: 'Percentage off' }).getByLabel('Percentage off');
    await percent.fill('150');
    await page.getByRole('button', { name: 'Create the promotion' }).click();
    await page.getByText('Please check the fields marked below.').waitFor();
    await page.getByText('This is too large.').waitFor();
    assert.equal(await percent.getAttribute('aria-invalid'), 'true');
    assert.equal(await percent.inputValue(), '150');
    assert.equal(await storedPromotion(page, 'Too generous'), undefined, 'nothing was created');
  });
});

describe('delivery rates and duties in the backstage', () => {
  it('raises Hong Kong’s free-delivery threshold, and a shopper’s bag then pays for delivery', async () => {
    const { shopper, bag } = await shopperWithBag();
    assert.equal(await deliveryCharge(bag), 'Free', 'the demo shop delivers free in Hong Kong from HK$400');

    await page.goto(`${shop.origin}/admin/delivery`);
    await page.getByRole('heading', { name: 'Delivery and duties', level: 1 }).waitFor();
    const hongKong = page.getByRole('form', { name: 'Hong Kong, standard delivery' });
    assert.equal(await hongKong.getByLabel('Free from (HK$)').inputValue(), '400');
    await hongKong.getByLabel('Free from (HK$)').fill('10000000');
    await hongKong.getByRole('button', { name: 'Save the rate' }).click();
    await page.getByText('Saved. Bags and checkouts use it from now on.').waitFor();
    assert.equal(await page.getByRole('form', { name: 'Hong Kong, standard delivery' }).getByLabel('Free from (HK$)').inputValue(), '10000000');

    await bag.reload();
    assert.match(await deliveryCharge(bag), /^HK\$\s?(60|90)(\.00)?$/, 'the weight band’s fee is charged');
    await shopper.close();
  });

  it('refuses bands that do not rise, saying why, and changes nothing', async () => {
    const express = page.getByRole('form', { name: 'Mainland China, express delivery' });
    await express.getByLabel('Band 1: up to').fill('');
    await express.getByLabel('Band 2: up to').fill('500');
    await express.getByRole('button', { name: 'Save the rate' }).click();
    await page.getByText('The bands must rise, and only the last may be left without an upper limit.').waitFor();
    const rates = (await (await page.request.get(`${shop.origin}/api/admin/pricing/delivery-rates`)).json()) as { zone: string; method: string; bands: { upTo: number | null }[] }[];
    assert.equal(rates.find((rate) => rate.zone === 'CN' && rate.method === 'express')?.bands[0]?.upTo, 1000);
  });
});

describe('promotions without JavaScript', () => {
  it('adds a condition and an action with plain forms, then creates the promotion', async () => {
    const plain = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${shop.origin}/admin/promotions/new`);
    await signInAs(noScript, 'catalogue@vitrine.localhost');
    await noScript.waitForURL(`${shop.origin}/admin/promotions/new`);
    await noScript.getByLabel('Name', { exact: true }).fill('Knitwear weekend: free delivery from HK$2,000');
    await noScript.getByLabel('Automatically').check();
    await noScript.getByLabel('Condition to add').selectOption({ label: 'Minimum spend' });
    await noScript.getByRole('button', { name: 'Add the condition' }).click();
    await noScript.getByRole('group', { name: 'Minimum spend' }).getByLabel('Amount', { exact: true }).fill('2000');
    assert.equal(await noScript.getByLabel('Automatically').isChecked(), true, 'the form came back as it was typed');
    await noScript.getByLabel('Action to add').selectOption({ label: 'Free delivery' });
    await noScript.getByRole('button', { name: 'Add the action' }).click();
    await noScript.getByRole('group', { name: 'Free delivery' }).waitFor();
    await noScript.getByRole('button', { name: 'Create the promotion' }).click();
    await noScript.waitForURL(PROMOTION_PAGE);
    await noScript.getByText('The promotion is created and applies from its start.').waitFor();

    const stored = await storedPromotion(noScript, 'Knitwear weekend: free delivery from HK$2,000');
    assert.equal(stored?.trigger, 'automatic');
    assert.deepEqual(stored?.conditions, [{ type: 'minimum_spend', config: { amountHkd: 200_000 } }]);
    assert.deepEqual(stored?.actions, [{ type: 'free_delivery', config: {} }]);
    await plain.close();
  });
});
