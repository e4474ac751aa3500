import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { signedIn } from '../access/access.test-helpers.ts';
import { catalogueManager, designerAndCategory, expectStatus, upload } from './catalog.admin.test-helpers.ts';
import { seedLocations, withCtx } from './catalog.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const codes = new Map((await withCtx(app, (ctx) => app.platform.modules.inventory.listLocations(ctx))).map((l) => [l.id, l.code]));
const hk = codes.get(locations.HK)!;
const staff = await catalogueManager(app);
const refs = await designerAndCategory(staff);

const importFile = (kind: string, csv: string) => upload(app, staff, 'POST', `/api/admin/catalog/import/${kind}`, 'text/csv', csv);
const exportFile = async (kind: string) => {
  const response = await staff.call('GET', `/api/admin/catalog/export/${kind}.csv`);
  assert.equal(response.statusCode, 200, response.body);
  assert.match(String(response.headers['content-type']), /^text\/csv/);
  return response.body;
};
const searchAdmin = async (q: string) => expectStatus(await staff.call('GET', `/api/admin/catalog/products?q=${encodeURIComponent(q)}`), 200).products;

const HEADER = 'slug,status,designer,category,name_en,description_en,name_zh_hant,sku,gtin,colour,size,weight_grams';
const d = refs.designerSlug;
const c = refs.categorySlug;

describe('importing the catalogue from CSV', () => {
  it('imports nothing from a file with one bad line, and names that line', async () => {
    const csv = [
      HEADER,
      `velvet-mule,published,${d},${c},Velvet mule,"Velvet upper,\nleather sole",絲絨穆勒鞋,VM-38,,black,38,600`,
      `velvet-mule,published,${d},${c},Velvet mule,"Velvet upper,\nleather sole",絲絨穆勒鞋,VM-39,,black,39,620`,
      `linen-shirt,draft,${d},${c},Linen shirt,,,LS-M,4006381333932,white,M,300`,
      `linen-shirt,draft,${d},${c},Linen shirt,,,LS-L,,white,L,310`,
    ].join('\r\n');
    const refused = expectStatus(await importFile('products', csv), 422);
    assert.equal(refused.code, 'catalog.import_rejected');
    // The quoted description spans two lines of the file, so the shirt's first line is line 6.
    assert.deepEqual(refused.errors.map((e: { line: number; field: string }) => [e.line, e.field]), [[6, 'gtin']]);
    assert.deepEqual(await searchAdmin('velvet mule'), []);
    assert.deepEqual(await searchAdmin('VM-38'), []);
  });

  it('names each bad line of a price file and keeps the old prices', async () => {
    const csv = 'sku,currency,amount,compare_at\r\nNO-SUCH-SKU,HKD,100.00,\r\nALSO-NONE,XYZ,abc,\r\n';
    const refused = expectStatus(await importFile('prices', csv), 422);
    assert.deepEqual(refused.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`), ['2:sku', '3:sku', '3:currency']);
  });

  it('imports products, prices and stock, and the storefront shows them at once', async () => {
    const products = [
      HEADER,
      `cashmere-scarf,published,${d},${c},Cashmere scarf,"Woven in Biella, from ""grade A"" fibre",喀什米爾圍巾,CS-GREY,4006381333931,grey,,200`,
      `cashmere-scarf,published,${d},${c},Cashmere scarf,"Woven in Biella, from ""grade A"" fibre",喀什米爾圍巾,CS-NAVY,,navy,,200`,
    ].join('\r\n');
    const result = expectStatus(await importFile('products', products), 200);
    assert.deepEqual([result.rows, result.created, result.products, result.variants.created], [2, 1, 1, 2]);
    expectStatus(await importFile('prices', `sku,currency,amount,compare_at\r\nCS-GREY,HKD,4800.00,5600.00\r\nCS-NAVY,HKD,4800.00,\r\nCS-GREY,USD,620.00,\r\n`), 200);
    const stock = expectStatus(await importFile('stock', `sku,location,on_hand\r\nCS-GREY,${hk},3\r\n`), 200);
    assert.deepEqual([stock.created, stock.products], [1, 1]);

    const page = expectStatus(await app.inject({ url: '/api/catalog/products/cashmere-scarf' }), 200);
    assert.equal(page.description, 'Woven in Biella, from "grade A" fibre');
    const grey = page.variants.find((v: { sku: string }) => v.sku === 'CS-GREY');
    assert.deepEqual([grey.price.amount, grey.price.compareAt, grey.available, grey.gtin], [480_000, 560_000, 3, '4006381333931']);
    assert.equal(expectStatus(await app.inject({ url: '/api/catalog/products/cashmere-scarf?currency=USD' }), 200).variants.find((v: { sku: string }) => v.sku === 'CS-GREY').price.amount, 62_000);
  });

  it('imports what it exports, changing nothing', async () => {
    const files = { products: await exportFile('products'), prices: await exportFile('prices'), stock: await exportFile('stock') };
    assert.match(files.products, /^slug,status,publish_at,designer,category,seller,/);
    assert.match(files.prices, /CS-GREY,HKD,4800\.00,5600\.00\r\n/);
    assert.match(files.stock, new RegExp(`CS-GREY,${hk},3\\r\\n`));
    for (const kind of ['products', 'prices', 'stock'] as const) {
      const result = expectStatus(await importFile(kind, files[kind]), 200);
      assert.equal(result.created, 0, kind);
      assert.ok(result.updated > 0, kind);
      assert.equal(await exportFile(kind), files[kind], `${kind}.csv after a round trip`);
    }
  });
});

describe('catalogue routes and roles', () => {
  it('refuses every catalogue route to a staff role without catalog.manage', async () => {
    const document = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).filter(([path]) => path.startsWith('/api/admin/catalog/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => ({ method: method.toUpperCase() as 'GET', url: path.replace('{id}', 'prd_00000000000000000000000000') })));
    assert.ok(routes.length >= 22, `${routes.length} catalogue routes documented`);
    const moderator = await signedIn(app, 'moderation@vitrine.localhost');
    const allowed = [];
    for (const route of routes) {
      const response = await moderator.call(route.method, route.url, route.method === 'GET' ? undefined : {});
      if (response.statusCode !== 403) allowed.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    assert.deepEqual(allowed, []);
  });
});
