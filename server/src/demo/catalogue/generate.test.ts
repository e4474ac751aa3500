import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryDrafts, designerDrafts, productDraft, productDrafts, DEFAULT_SEED, type ProductDraft } from './generate.ts';
import { gtinCheckDigit } from './random.ts';

const now = new Date('2026-11-01T00:00:00Z');
const catalogue: ProductDraft[] = [...productDrafts({ count: 1_000, firstSerial: 1, now })];
const han = /\p{Script=Han}/u;

describe('the generated demo catalogue', () => {
  it('comes out the same on every run', () => {
    assert.deepEqual([...productDrafts({ count: 60, firstSerial: 1, now })], catalogue.slice(0, 60));
    assert.deepEqual(designerDrafts(), designerDrafts());
    assert.deepEqual(categoryDrafts(), categoryDrafts());
    // A product does not depend on how many are generated, and another seed gives another catalogue.
    assert.deepEqual(productDraft(420, DEFAULT_SEED, now), catalogue[419]);
    assert.notDeepEqual(productDraft(420, 7, now).translations, catalogue[419]!.translations);
  });

  it('has at least 40 houses, each with a story in three languages, some known by a Chinese name, some featured', () => {
    const designers = designerDrafts();
    assert.ok(designers.length >= 40, `${designers.length} designers`);
    for (const d of designers) {
      assert.deepEqual(d.translations.map((t) => t.locale), ['en', 'zh-Hant', 'zh-Hans']);
      assert.ok(d.translations[0]!.story.includes(d.name), d.name);
      assert.match(d.translations[1]!.story, han);
      assert.equal(d.logo.kind, 'designer');
    }
    assert.equal(new Set(designers.map((d) => d.slug)).size, designers.length);
    assert.ok(designers.filter((d) => d.translations[1]!.local_name).length >= 10);
    assert.ok(designers.filter((d) => d.featured).length >= 6);
  });

  it('has at least eight departments, each with sub-categories, named in three languages', () => {
    const categories = categoryDrafts();
    const top = categories.filter((c) => c.parentSlug === null);
    assert.ok(top.length >= 8, `${top.length} departments`);
    for (const department of top) assert.ok(categories.some((c) => c.parentSlug === department.slug), department.slug);
    for (const c of categories) {
      assert.equal(c.translations.length, 3);
      assert.match(c.translations[2]!.name, han, c.slug);
    }
    assert.ok(['totes', 'shoulder-bags', 'handbags', 'clutches'].every((slug) => categories.find((c) => c.slug === slug)?.parentSlug === 'bags'));
  });

  it('gives every product variants priced in all six lists, a GTIN with a valid check digit and two to four pictures per colour', () => {
    const skus = new Set<string>();
    const gtins = new Set<string>();
    for (const p of catalogue) {
      assert.ok(p.variants.length >= 1 && p.variants.length <= 12, p.slug);
      for (const v of p.variants) {
        assert.deepEqual(v.prices.map((x) => x.currency), ['HKD', 'USD', 'CNY', 'EUR', 'GBP', 'JPY']);
        for (const price of v.prices) assert.ok(price.amount > 0n && (price.compareAt === null || price.compareAt > price.amount), `${v.sku} ${price.currency}`);
        const gtin = v.gtin ?? assert.fail(`${v.sku} has no GTIN`);
        assert.equal(Number(gtin.at(-1)), gtinCheckDigit(gtin.slice(0, -1)), gtin);
        skus.add(v.sku);
        gtins.add(gtin);
      }
      const colours = new Set(p.media.map((m) => m.colour));
      for (const colour of colours) {
        const pictures = p.media.filter((m) => m.colour === colour).length;
        assert.ok(pictures >= 2 && pictures <= 4, `${p.slug} ${colour}: ${pictures}`);
      }
    }
    const variants = catalogue.reduce((n, p) => n + p.variants.length, 0);
    assert.equal(skus.size, variants);
    assert.equal(gtins.size, variants);
    assert.ok(catalogue.some((p) => p.variants.some((v) => v.prices[0]!.compareAt !== null)), 'some markdowns');
  });

  it('names products in English and in both Chinese scripts', () => {
    const handbag = catalogue.find((p) => p.translations[0]!.name.endsWith('top-handle handbag'))!;
    assert.ok(handbag, 'a top-handle handbag');
    assert.match(handbag.translations[1]!.name, /手提包$/);
    assert.ok(catalogue.some((p) => p.translations[1]!.name !== p.translations[2]!.name), 'Traditional and Simplified differ where the scripts do');
    for (const p of catalogue.slice(0, 100)) {
      assert.match(p.translations[0]!.name, /^[A-Z0-9]/);
      assert.ok(p.translations.every((t) => t.description && t.composition && t.care && t.seo_title && t.seo_description), p.slug);
    }
  });

  it('spreads stock: mostly Hong Kong and mainland China, some only in Europe, some sold out, some sold by each supplier', () => {
    const at = (p: ProductDraft) => new Set(p.variants.flatMap((v) => v.stock.filter((s) => s.onHand > 0).map((s) => s.location)));
    const asian = catalogue.filter((p) => at(p).has('hk') || at(p).has('cn'));
    assert.ok(asian.length > catalogue.length / 2, `${asian.length} in HK or CN`);
    assert.ok(catalogue.some((p) => [...at(p)].join() === 'eu'), 'some only in Europe');
    assert.ok(catalogue.some((p) => at(p).size === 0), 'some sold out');
    for (const supplier of ['supplier-a', 'supplier-b'] as const) {
      const theirs = catalogue.filter((p) => p.seller === supplier);
      assert.ok(theirs.length > 0, supplier);
      assert.ok(theirs.every((p) => p.variants.every((v) => v.stock.every((s) => s.location === supplier))), `${supplier} ships its own`);
    }
  });

  it('publishes most products over past months, schedules a few and keeps a few as drafts', () => {
    const past = catalogue.filter((p) => p.status === 'published' && p.publishAt! <= now);
    assert.ok(past.length > 900);
    assert.ok(new Set(past.map((p) => p.publishAt!.toISOString().slice(0, 7))).size >= 6, 'over several months');
    assert.ok(catalogue.some((p) => p.status === 'published' && p.publishAt! > now), 'scheduled');
    assert.ok(catalogue.some((p) => p.status === 'draft'), 'drafts');
  });
});
