import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';

// The default test shop: the demo shop with a 48-product demo catalogue.
const app = await testApp();

async function get(url: string) {
  const response = await app.inject({ url });
  assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
  return response.json();
}

interface Card { slug: string; inStock: boolean; seller: { kind: string; name: string }; delivery: { shipsFrom: string; crossBorder: boolean } | null; price: { currency: string; approximate: boolean; amount: number } }

describe('the demo shop’s catalogue', () => {
  it('shows every product on sale but the draft and the scheduled one, and the three services of its salon', async () => {
    const all = await get('/api/catalog/products?limit=96');
    assert.equal(all.total, 46 + 3);
    assert.equal(all.products.length, 46 + 3);
    const services = await get('/api/catalog/products?limit=96&category=services');
    assert.deepEqual(services.products.map((p: { slug: string }) => p.slug).sort(), ['fine-jewellery-clean-and-check', 'handbag-care-clean-and-condition', 'private-styling-appointment']);
    const appointment = await get('/api/catalog/products/private-styling-appointment');
    assert.equal(appointment.kind, 'service');
    assert.equal((await get(`/api/catalog/products/${all.products.find((p: { slug: string }) => !p.slug.includes('-clean-') && p.slug !== 'private-styling-appointment').slug}`)).kind, 'goods');
  });

  it('lists houses with logos and Chinese names, and departments with sub-categories', async () => {
    const designers = await get('/api/catalog/designers?locale=zh-Hant');
    assert.ok(designers.length >= 40);
    assert.ok(designers.every((d: { logo: unknown }) => d.logo));
    assert.ok(designers.some((d: { localName: string | null }) => d.localName === '雲杉'));
    const story = await get('/api/catalog/designers/yun-shan?locale=zh-Hans');
    assert.match(story.story, /上海/);
    const tree = await get('/api/catalog/categories?locale=zh-Hans');
    assert.ok(tree.length >= 8);
    assert.ok(tree.every((c: { children: unknown[] }) => c.children.length > 0));
    assert.ok(tree.some((c: { name: string }) => c.name === '包袋'));
  });

  it('prices every product in the six lists, and in SGD and AUD as approximate conversions', async () => {
    for (const currency of ['HKD', 'USD', 'CNY', 'EUR', 'GBP', 'JPY', 'SGD', 'AUD']) {
      const page = await get(`/api/catalog/products?limit=96&currency=${currency}`);
      const approximate = currency === 'SGD' || currency === 'AUD';
      for (const card of page.products as Card[]) {
        assert.equal(card.price.currency, currency);
        assert.equal(card.price.approximate, approximate, `${card.slug} in ${currency}`);
      }
    }
  });

  it('has goods in Hong Kong and mainland China, some only in Europe, some sold out, some sold by each supplier', async () => {
    const cards: Card[] = (await get('/api/catalog/products?limit=96&zone=CN')).products;
    assert.ok(cards.filter((c) => c.delivery?.shipsFrom === 'CN').length >= 10);
    assert.ok(cards.some((c) => c.delivery?.shipsFrom === 'HK'));
    const european = cards.filter((c) => c.delivery?.shipsFrom === 'EU' && c.seller.kind === 'shop');
    assert.ok(european.length > 0 && european.every((c) => c.delivery!.crossBorder));
    assert.ok(cards.some((c) => !c.inStock && c.delivery === null), 'sold out');
    const sellers = new Set(cards.filter((c) => c.seller.kind === 'supplier').map((c) => `${c.seller.name} from ${c.delivery?.shipsFrom}`));
    assert.deepEqual([...sellers].sort(), ['Atelier Lumière from EU', 'Ginza Vintage House from JP']);
  });

  it('gives a product page variants with SKU and GTIN, a gallery of generated pictures and SEO texts', async () => {
    const [card] = (await get('/api/catalog/products?sort=popular&limit=1&inStock=true')).products as Card[];
    const page = await get(`/api/catalog/products/${card!.slug}?locale=zh-Hant`);
    assert.ok(page.variants.length >= 1);
    assert.ok(page.variants.every((v: { sku: string; gtin: string }) => /^[A-Z]+-\d{6}-\d{2}$/.test(v.sku) && /^2\d{12}$/.test(v.gtin)));
    assert.ok(page.images.length >= 2);
    assert.match(page.name, /\p{Script=Han}/u);
    assert.ok(page.seo.title && page.seo.description && page.composition && page.care);
    const image = await app.inject({ url: page.images[0].url });
    assert.equal(image.statusCode, 200);
    assert.match(image.headers['content-type'] as string, /^image\/svg\+xml/);
    assert.match(image.body, /^<svg /);
  });
});
