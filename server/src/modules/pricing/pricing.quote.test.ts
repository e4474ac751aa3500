import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { newCustomer } from '../../../tests/support/accounts.ts';
import { testApp } from '../../../tests/support/app.ts';
import { DEMO_SITE_CODE } from './pricing.demo.ts';
import { line, priceLists, pricedVariant, promotionIn, quoteFor, run } from './pricing.test-helpers.ts';

// The demo set loads the welcome offer, the MAISON code, delivery rates and duty rules; no catalogue needed.
const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
let bag: string; // HK$1,234.56 / US$158.00 / ¥24,100
let scarf: string; // HK$399.99

before(async () => {
  await priceLists(app);
  bag = await pricedVariant(app, { HKD: 123_456, USD: 15_800, JPY: 24_100 });
  scarf = await pricedVariant(app, { HKD: 39_999, USD: 5_100 });
});

describe('quote: promotions', () => {
  it('takes 15% off one item and 25% off two with the site code, to the cent', async () => {
    const one = await quoteFor(app, { lines: [line(bag)], codes: ['maison '] });
    assert.deepEqual([one.subtotal, one.discountTotal, one.total], [123_456, 18_518, 104_938]);
    assert.equal(promotionIn(one, DEMO_SITE_CODE).applied, true);

    const two = await quoteFor(app, { lines: [line(bag), line(scarf)], codes: [DEMO_SITE_CODE] });
    assert.equal(two.discountTotal, 40_864); // 25% of HK$1,634.55 = 408.6375
    assert.equal(two.lines.reduce((t, l) => t + l.discount, 0), two.discountTotal);
    assert.deepEqual(two.lines.map((l) => l.total), [two.lines[0]!.subtotal - two.lines[0]!.discount, two.lines[1]!.subtotal - two.lines[1]!.discount]);
  });

  it('gives a new member 10% off by themselves, and never together with the site code', async () => {
    const member = await newCustomer(app);
    const welcome = await quoteFor(app, { lines: [line(bag)], customer: { id: member.customerId } });
    assert.equal(welcome.discountTotal, 12_346); // 10% of 1,234.56 = 123.456
    assert.equal(promotionIn(welcome, 'Welcome').applied, true);

    const both = await quoteFor(app, { lines: [line(bag), line(bag)], customer: { id: member.customerId }, codes: [DEMO_SITE_CODE] });
    assert.equal(both.discountTotal, 61_728); // 25% of 2,469.12, and nothing more
    assert.deepEqual({ ...promotionIn(both, 'Welcome'), promotionId: '' }, { promotionId: '', name: 'Welcome offer: 10% off your first order', code: null, applied: false, amount: 0, reason: 'excluded' });
  });

  it('tells a guest the welcome offer is for members, and an unknown code that it is unknown', async () => {
    const quote = await quoteFor(app, { lines: [line(bag)], codes: ['NOPE-2026'] });
    assert.equal(promotionIn(quote, 'Welcome').reason, 'not_eligible');
    assert.equal(promotionIn(quote, 'NOPE-2026').reason, 'unknown_code');
    assert.equal(quote.discountTotal, 0);
  });

  it('prices in a list currency, splitting yen without losing one', async () => {
    const quote = await quoteFor(app, { currency: 'JPY', lines: [line(bag), line(bag), line(bag)], codes: [DEMO_SITE_CODE] });
    assert.equal(quote.subtotal, 72_300);
    assert.equal(quote.discountTotal, 18_075);
    assert.deepEqual(quote.lines.map((l) => l.discount), [6_025, 6_025, 6_025]);
  });

  it('refuses a currency shown only converted, and sets aside a variant with no price', async () => {
    await assert.rejects(quoteFor(app, { currency: 'SGD', lines: [line(bag)] }), { code: 'pricing.no_price_list' });
    const quote = await quoteFor(app, { currency: 'JPY', lines: [line(bag), line(scarf)] });
    assert.deepEqual(quote.unavailable.map((u) => u.variantId), [scarf]);
    assert.equal(quote.subtotal, 24_100);
  });
});

describe('quote: delivery and duties', () => {
  it('delivers free in Hong Kong from HK$400 after discounts, and charges below it', async () => {
    const below = await quoteFor(app, { lines: [line(scarf)], zone: 'HK' });
    assert.deepEqual(below.delivery, { method: 'standard', amount: 6_000, freeFrom: 40_000, free: false });
    assert.equal(below.total, 39_999 + 6_000);
    const above = await quoteFor(app, { lines: [line(scarf), line(scarf)], zone: 'HK' });
    assert.deepEqual(above.delivery, { method: 'standard', amount: 0, freeFrom: 40_000, free: true });
    const exactly = await pricedVariant(app, { HKD: 40_000 });
    assert.equal((await quoteFor(app, { lines: [line(exactly)], zone: 'HK' })).delivery?.free, true);
    const discounted = await quoteFor(app, { lines: [line(exactly)], zone: 'HK', codes: [DEMO_SITE_CODE] });
    assert.deepEqual([discounted.discountTotal, discounted.delivery?.amount], [6_000, 6_000]);
    const express = await quoteFor(app, { lines: [line(bag)], zone: 'HK', deliveryMethod: 'express' });
    assert.equal(express.delivery?.amount, 12_000);
  });

  it('compares the threshold in HKD and converts the fee for a US dollar bag', async () => {
    const quote = await quoteFor(app, { currency: 'USD', lines: [line(scarf)], zone: 'HK' });
    // US$51.00 is HK$398.43 at 0.128: below HK$400, so HK$60 at 0.128 = US$7.68 is due.
    assert.deepEqual(quote.delivery, { method: 'standard', amount: 768, freeFrom: 5_120, free: false });
  });

  it('shows no delivery until there is a zone, and no duties without a cross-border line', async () => {
    const noZone = await quoteFor(app, { lines: [line(bag, { crossBorder: true })] });
    assert.equal(noZone.delivery, null);
    assert.equal(noZone.duties, null);
    const domestic = await quoteFor(app, { lines: [line(bag)], zone: 'CN' });
    assert.equal(domestic.duties, null);
  });

  it('estimates duties on the cross-border lines only, without charging them', async () => {
    const quote = await quoteFor(app, { lines: [line(bag, { crossBorder: true }), line(scarf)], zone: 'CN' });
    assert.equal(quote.duties?.amount, 11_234); // 9.1% of HK$1,234.56 = 112.345
    assert.equal(quote.duties?.estimate, true);
    assert.match(quote.duties!.note, /mainland China/);
    assert.equal(quote.total, quote.subtotal - quote.discountTotal + quote.delivery!.amount);
    const underThreshold = await quoteFor(app, { lines: [line(scarf, { crossBorder: true })], zone: 'ASIA' });
    assert.equal(underThreshold.duties?.amount, 0);
  });

  it('follows a rate changed in the backstage', async () => {
    await run(app, (ctx) => app.platform.modules.pricing.loadDeliveryRate(ctx, 'ROW', 'standard', { basis: 'value', bands: [{ upTo: null, amount: 12_345 }], freeFromHkd: null }));
    const quote = await quoteFor(app, { lines: [line(bag)], zone: 'ROW' });
    assert.equal(quote.delivery?.amount, 12_345);
  });
});
