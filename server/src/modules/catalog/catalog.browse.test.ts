import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { seedLocations, seedProducts, withCtx } from './catalog.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Calfskin top-handle handbag', zhName: '小牛皮手提包', designer: 'Maison Aurèle', category: 'Bags/Handbags', popularity: 90,
    variants: [{ colour: 'black', hkd: 2_400_000, usd: 310_000, stock: { HK: 2 } }, { colour: 'ivory', hkd: 2_600_000, stock: { EU: 1 } }] },
  { name: 'Grained leather tote bag', designer: 'Maison Aurèle', category: 'Bags/Totes', popularity: 50,
    variants: [{ colour: 'black', hkd: 1_800_000, stock: { CN: 3 } }] },
  { name: 'Silk twill scarf', designer: 'Corvo Milano', category: 'Accessories', popularity: 10,
    variants: [{ colour: 'red', hkd: 350_000, stock: {} }] },
  { name: 'Suede ankle boot', designer: 'Corvo Milano', category: 'Shoes',
    variants: [{ colour: 'black', size: '38', hkd: 900_000, stock: { EU: 4 } }, { colour: 'black', size: '39', hkd: 900_000, stock: { HK: 1 } }] },
  { name: 'Draft evening clutch', designer: 'Corvo Milano', category: 'Bags/Clutches', status: 'draft', variants: [{ hkd: 500_000, stock: { HK: 1 } }] },
  { name: 'Future beaded clutch', designer: 'Corvo Milano', category: 'Bags/Clutches', publishAt: new Date(Date.now() + 86_400_000), variants: [{ hkd: 500_000, stock: { HK: 1 } }] },
]);

async function listing(query: string) {
  const response = await app.inject({ url: `/api/catalog/products?${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

describe('the storefront listing', () => {
  it('lists only products on sale: no draft, no product scheduled for later', async () => {
    const all = await listing('limit=96');
    const names = all.products.map((p: { name: string }) => p.name);
    assert.equal(all.total, 4);
    assert.ok(!names.includes('Draft evening clutch'));
    assert.ok(!names.includes('Future beaded clutch'));
    const hidden = await app.inject({ url: `/api/catalog/products/${products.get('Draft evening clutch')!.slug}` });
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.json().code, 'catalog.product_not_found');
  });

  it('counts each facet value as the results of choosing it', async () => {
    const bags = await listing('category=bags');
    assert.equal(bags.total, 2);
    for (const facet of ['designer', 'colour', 'seller'] as const) {
      for (const value of bags.facets[facet]) {
        const narrowed = await listing(`category=bags&${facet}=${encodeURIComponent(value.value)}`);
        assert.equal(narrowed.total, value.count, `${facet}=${value.value}`);
        assert.equal(narrowed.products.length, value.count);
      }
    }
    const children = bags.facets.category.map((c: { value: string; count: number }) => `${c.value}:${c.count}`).sort();
    assert.deepEqual(children, ['handbags:1', 'totes:1']);
  });

  it('keeps the other values of a facet countable once one is chosen', async () => {
    const chosen = await listing('designer=corvo-milano');
    const aurele = chosen.facets.designer.find((d: { value: string }) => d.value === 'maison-aurele');
    assert.equal(aurele.count, 2);
    assert.equal(chosen.facets.designer.find((d: { value: string }) => d.value === 'corvo-milano').selected, true);
  });

  it('filters on stock and on a price range in the chosen currency', async () => {
    const inStock = await listing('inStock=true');
    assert.equal(inStock.total, 3);
    assert.ok(!inStock.products.some((p: { name: string }) => p.name === 'Silk twill scarf'));
    const cheap = await listing('priceMax=1000000');
    assert.deepEqual(cheap.products.map((p: { name: string }) => p.name).sort(), ['Silk twill scarf', 'Suede ankle boot']);
  });

  it('walks every page by the cursor without repeating or skipping a product', async () => {
    for (const sort of ['newest', 'price_asc', 'price_desc', 'popular']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: { products: { id: string }[]; next: string | null } = await listing(`sort=${sort}&limit=1${after ? `&after=${after}` : ''}`);
        seen.push(...page.products.map((p) => p.id));
        after = page.next;
      } while (after);
      assert.equal(seen.length, 4, sort);
      assert.equal(new Set(seen).size, 4, sort);
    }
    const ascending = await listing('sort=price_asc');
    const amounts = ascending.products.map((p: { price: { amount: number } }) => p.price.amount);
    assert.deepEqual(amounts, [...amounts].sort((a, b) => a - b));
  });

  it('refuses a cursor it did not give', async () => {
    const response = await app.inject({ url: '/api/catalog/products?after=bm9wZQ' });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'catalog.invalid_cursor');
  });

  it('shows list prices where the currency has a list, and marks conversions as approximate', async () => {
    const usd = await listing('designer=maison-aurele&sort=price_desc&currency=USD');
    const handbag = usd.products.find((p: { name: string }) => p.name.includes('handbag'));
    // Its black variant has a USD list price; the ivory one only HKD, converted at 0.128.
    assert.deepEqual(handbag.price, { amount: 310_000, currency: 'USD', compareAt: null, approximate: false });
    const eur = await listing('designer=maison-aurele&currency=EUR');
    assert.equal(eur.approximate, true);
    assert.ok(eur.products.every((p: { price: { approximate: boolean } }) => p.price.approximate));
    const tote = eur.products.find((p: { name: string }) => p.name.includes('tote'));
    assert.equal(tote.price.amount, 212_400); // HK$18,000.00 × 0.118 = €2,124.00
    const unknown = await app.inject({ url: '/api/catalog/products?currency=CHF' });
    assert.equal(unknown.json().code, 'pricing.unknown_currency');
  });
});

describe('prices and stock change at once', () => {
  it('shows a new price on the product page and in the listing at the next request', async () => {
    const scarf = products.get('Silk twill scarf')!;
    await withCtx(app, (ctx) => app.platform.modules.pricing.setPrices(ctx, scarf.variantIds[0]!, [{ currency: 'HKD', amount: 290_000 }]));
    const page = await app.inject({ url: `/api/catalog/products/${scarf.slug}` });
    assert.equal(page.json().variants[0].price.amount, 290_000);
    const list = await listing('designer=corvo-milano&sort=price_asc');
    assert.equal(list.products[0].price.amount, 290_000);
    const filtered = await listing('priceMax=300000');
    assert.deepEqual(filtered.products.map((p: { name: string }) => p.name), ['Silk twill scarf']);
  });

  it('subtracts reserved units from what is available', async () => {
    const boot = products.get('Suede ankle boot')!;
    const before = (await app.inject({ url: `/api/catalog/products/${boot.slug}` })).json();
    assert.equal(before.variants[1].available, 1);
    await withCtx(app, (ctx) => app.platform.modules.inventory.reserve(ctx, { variantId: boot.variantIds[1]!, locationId: locations.HK, quantity: 1, reference: 'order-line-1' }));
    const after = (await app.inject({ url: `/api/catalog/products/${boot.slug}` })).json();
    assert.equal(after.variants[1].available, 0);
    assert.equal(after.variants[1].delivery, null);
    assert.equal(after.variants[0].available, 4);
    const again = await withCtx(app, (ctx) => app.platform.modules.inventory.reserve(ctx, { variantId: boot.variantIds[1]!, locationId: locations.HK, quantity: 1, reference: 'order-line-2' })).catch((e) => e);
    assert.equal(again.code, 'inventory.insufficient_stock');
  });
});

describe('delivery estimates', () => {
  it('take the soonest location for the zone and mark goods crossing a border', async () => {
    const handbag = products.get('Calfskin top-handle handbag')!;
    const hk = (await app.inject({ url: `/api/catalog/products/${handbag.slug}?zone=HK` })).json();
    assert.deepEqual(hk.variants[0].delivery, { shipsFrom: 'HK', daysMin: 2, daysMax: 3, crossBorder: false });
    // The ivory one is only in Europe: the longer window, across a border.
    assert.deepEqual(hk.variants[1].delivery, { shipsFrom: 'EU', daysMin: 6, daysMax: 11, crossBorder: true });
    const cn = (await app.inject({ url: `/api/catalog/products/${handbag.slug}?zone=CN` })).json();
    assert.deepEqual(cn.variants[0].delivery, { shipsFrom: 'HK', daysMin: 4, daysMax: 6, crossBorder: true });
    const tote = (await app.inject({ url: `/api/catalog/products/${products.get('Grained leather tote bag')!.slug}?zone=CN` })).json();
    assert.deepEqual(tote.variants[0].delivery, { shipsFrom: 'CN', daysMin: 3, daysMax: 4, crossBorder: false });
  });
});

describe('search', () => {
  const names = async (q: string) => (await listing(`q=${encodeURIComponent(q)}`)).products.map((p: { name: string }) => p.name);

  it('finds "hand bag" written as two words', async () => {
    assert.deepEqual(await names('hand bag'), ['Calfskin top-handle handbag']);
  });

  it('forgives a misspelling and says what it searched for', async () => {
    const result = await listing('q=handbg');
    assert.deepEqual(result.products.map((p: { name: string }) => p.name), ['Calfskin top-handle handbag']);
    assert.equal(result.searchedFor, 'handbag');
  });

  it('finds a Chinese query', async () => {
    assert.deepEqual(await names('手提包'), ['Calfskin top-handle handbag']);
  });

  it('finds by designer name without its accent, and by category', async () => {
    assert.equal((await names('aurele')).length, 2);
    assert.deepEqual(await names('shoes'), ['Suede ankle boot']);
  });

  it('answers nothing found with an empty page, not an error', async () => {
    const result = await listing('q=zzzzqqq');
    assert.equal(result.total, 0);
    assert.deepEqual(result.products, []);
  });

  it('suggests designers, categories and products while typing', async () => {
    const response = await app.inject({ url: '/api/catalog/suggestions?q=aur' });
    const suggestions = response.json();
    assert.deepEqual(suggestions.designers.map((d: { slug: string }) => d.slug), ['maison-aurele']);
    const bags = (await app.inject({ url: '/api/catalog/suggestions?q=bag' })).json();
    assert.ok(bags.categories.some((c: { slug: string }) => c.slug === 'bags'));
    assert.ok(bags.products.length >= 1);
  });
});
