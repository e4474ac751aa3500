import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { newCustomer } from '../../../tests/support/accounts.ts';
import { seedLocations, seedProducts, withCtx } from '../catalog/catalog.test-helpers.ts';
import { customer, guest, shop } from './cart.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Quilted lambskin bag', designer: 'Maison Aurèle', category: 'Bags', variants: [{ colour: 'black', hkd: 2_400_000, usd: 310_000, stock: { HK: 3 } }, { colour: 'ivory', hkd: 2_600_000, stock: { EU: 1 } }] },
  { name: 'Cashmere stole', designer: 'Corvo Milano', category: 'Accessories', variants: [{ colour: 'grey', hkd: 600_000, stock: { HK: 20 } }] },
  { name: 'Sold-out silk scarf', designer: 'Corvo Milano', category: 'Accessories', variants: [{ colour: 'red', hkd: 350_000, stock: {} }] },
  { name: 'Draft clutch', designer: 'Corvo Milano', category: 'Bags', status: 'draft', variants: [{ hkd: 500_000, stock: { HK: 1 } }] },
]);
const [blackBag, ivoryBag] = products.get('Quilted lambskin bag')!.variantIds as [string, string];
const stole = products.get('Cashmere stole')!.variantIds[0]!;

describe('the bag', () => {
  it('gives a guest a bag on the first add, with an HttpOnly SameSite cookie holding only a token', async () => {
    const visitor = guest();
    const added = await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: blackBag, quantity: 2 });
    assert.equal(added.statusCode, 201, added.body);
    const setCookie = String(added.headers['set-cookie']);
    assert.match(setCookie, /vitrine_bag=[\w-]{40,};/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    const bag = (await shop(app, visitor, 'GET', '/api/bag')).json();
    assert.equal(bag.itemCount, 2);
    assert.equal(bag.lines[0].piece.name, 'Quilted lambskin bag');
    assert.equal(bag.lines[0].piece.variant.colour, 'black');
    assert.equal(bag.lines[0].lineTotal, 4_800_000);
    assert.deepEqual(bag.subtotal, { amount: 4_800_000, currency: 'HKD', approximate: false });
    assert.equal(bag.quote.subtotal, 4_800_000, 'the pricing module quotes the bag');
    assert.equal(bag.quote.currency, 'HKD');
    const stored = await app.platform.database.db.selectFrom('cart.bags').select('guest_token_hash').where('id', '=', bag.id).executeTakeFirstOrThrow();
    assert.notEqual(stored.guest_token_hash, visitor.bagCookie!.split('=')[1]);
  });

  it('adds the same piece to its line and refuses more than 10 on a line', async () => {
    const visitor = guest();
    await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 6 });
    const again = await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 3 });
    assert.equal(again.json().lines.length, 1);
    assert.equal(again.json().lines[0].quantity, 9);
    const over = await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 2 });
    assert.equal(over.json().code, 'cart.line_limit_reached');
  });

  it('refuses quantities of 0, -1, 1e9 or 1.5 and pieces that are unknown, unpublished or sold out', async () => {
    const visitor = guest();
    for (const quantity of [0, -1, 1e9, 1.5]) {
      const refused = await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: blackBag, quantity });
      assert.equal(refused.json().code, 'cart.quantity_out_of_range', String(quantity));
    }
    const cases = [
      ['var_01jd8x2k3m9qv4w7c5n6t8r0ya', 'cart.variant_not_found'],
      [products.get('Draft clutch')!.variantIds[0]!, 'cart.variant_not_found'],
      [products.get('Sold-out silk scarf')!.variantIds[0]!, 'cart.sold_out'],
      ['not-a-variant', 'request.validation_failed'],
    ] as const;
    for (const [variantId, code] of cases) assert.equal((await shop(app, visitor, 'POST', '/api/bag/lines', { variantId, quantity: 1 })).json().code, code, variantId);
    assert.equal(visitor.bagCookie, null, 'no bag is made by refused adds');
  });

  it('changes and removes lines, and refuses a quantity out of range on a change', async () => {
    const visitor = guest();
    const lineId = (await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 1 })).json().lines[0].id;
    assert.equal((await shop(app, visitor, 'PATCH', `/api/bag/lines/${lineId}`, { quantity: 4 })).json().itemCount, 4);
    assert.equal((await shop(app, visitor, 'PATCH', `/api/bag/lines/${lineId}`, { quantity: 0 })).json().code, 'cart.quantity_out_of_range');
    assert.equal((await shop(app, visitor, 'DELETE', `/api/bag/lines/${lineId}`)).json().lines.length, 0);
    assert.equal((await shop(app, visitor, 'DELETE', `/api/bag/lines/${lineId}`)).statusCode, 404);
  });

  it('shows a price changed since the piece was added, with both amounts (CAT-1)', async () => {
    const visitor = guest();
    await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: ivoryBag, quantity: 1 });
    await withCtx(app, (ctx) => app.platform.modules.pricing.setPrices(ctx, ivoryBag, [{ currency: 'HKD', amount: 2_750_000 }]));
    const [line] = (await shop(app, visitor, 'GET', '/api/bag')).json().lines;
    assert.equal(line.priceChanged, true);
    assert.deepEqual(line.priceChange, { before: 2_600_000, now: 2_750_000, currency: 'HKD', direction: 'up' });
    assert.equal(line.unitPrice.amount, 2_750_000);
    assert.equal(line.lineTotal, 2_750_000);
  });

  it('tells when a piece in the bag is no longer in stock', async () => {
    const visitor = guest();
    await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: ivoryBag, quantity: 1 });
    await withCtx(app, (ctx) => app.platform.modules.inventory.setOnHand(ctx, ivoryBag, locations.EU, 0));
    const [line] = (await shop(app, visitor, 'GET', '/api/bag')).json().lines;
    assert.equal(line.availabilityChanged, true);
    assert.equal(line.inStock, false);
    await withCtx(app, (ctx) => app.platform.modules.inventory.setOnHand(ctx, ivoryBag, locations.EU, 1));
  });

  it('keeps codes entered once each, in capitals', async () => {
    const visitor = guest();
    await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 1 });
    await shop(app, visitor, 'POST', '/api/bag/codes', { code: ' spring25 ' });
    assert.deepEqual((await shop(app, visitor, 'POST', '/api/bag/codes', { code: 'SPRING25' })).json().codes, ['SPRING25']);
    assert.equal((await shop(app, visitor, 'POST', '/api/bag/codes', { code: 'two words' })).json().code, 'cart.code_invalid');
    assert.deepEqual((await shop(app, visitor, 'DELETE', '/api/bag/codes/spring25')).json().codes, []);
  });

  it('refuses a guest’s change sent from another site', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/bag/lines', headers: { origin: 'https://evil.example' }, payload: { variantId: stole, quantity: 1 } });
    assert.equal(response.json().code, 'request.cross_site_request');
  });
});

describe('signing in with a guest bag', () => {
  it('merges the guest bag into the customer’s, adding quantities up to 10, and clears the guest cookie', async () => {
    const session = await newCustomer(app);
    const signedIn = customer(session);
    await shop(app, signedIn, 'POST', '/api/bag/lines', { variantId: stole, quantity: 7 });
    const visitor = guest();
    await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 5 });
    await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: blackBag, quantity: 1 });
    await shop(app, visitor, 'POST', '/api/wishlist', { variantId: ivoryBag });
    const both = { ...signedIn, bagCookie: visitor.bagCookie };
    const merged = await shop(app, both, 'GET', '/api/bag');
    assert.match(String(merged.headers['set-cookie']), /vitrine_bag=;/);
    assert.deepEqual(merged.json().lines.map((l: { variantId: string; quantity: number }) => [l.variantId, l.quantity]), [[stole, 10], [blackBag, 1]]);
    assert.deepEqual((await shop(app, signedIn, 'GET', '/api/wishlist')).json().items.map((i: { variantId: string }) => i.variantId), [ivoryBag]);
    // The old guest cookie opens nothing any more.
    assert.equal((await shop(app, guest(), 'GET', '/api/bag')).json().itemCount, 0);
    assert.equal((await app.inject({ url: '/api/bag', headers: { cookie: visitor.bagCookie! } })).json().itemCount, 0);
  });

  it('never shows or changes another customer’s bag', async () => {
    const alice = customer(await newCustomer(app));
    const bob = customer(await newCustomer(app));
    const aliceLine = (await shop(app, alice, 'POST', '/api/bag/lines', { variantId: stole, quantity: 1 })).json().lines[0].id;
    await shop(app, bob, 'POST', '/api/bag/lines', { variantId: blackBag, quantity: 1 });
    assert.deepEqual((await shop(app, bob, 'GET', '/api/bag')).json().lines.map((l: { variantId: string }) => l.variantId), [blackBag]);
    assert.equal((await shop(app, bob, 'PATCH', `/api/bag/lines/${aliceLine}`, { quantity: 5 })).statusCode, 404);
    assert.equal((await shop(app, bob, 'DELETE', `/api/bag/lines/${aliceLine}`)).statusCode, 404);
    assert.equal((await shop(app, bob, 'POST', `/api/bag/lines/${aliceLine}/move-to-wishlist`)).statusCode, 404);
    assert.equal((await shop(app, guest(), 'PATCH', `/api/bag/lines/${aliceLine}`, { quantity: 5 })).statusCode, 404);
    assert.equal((await shop(app, alice, 'GET', '/api/bag')).json().lines[0].quantity, 1);
  });

  it('counts the pieces for the header without merging anything', async () => {
    const signedIn = customer(await newCustomer(app));
    await shop(app, signedIn, 'POST', '/api/bag/lines', { variantId: stole, quantity: 2 });
    const visitor = guest();
    await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 9 });
    const both = { ...signedIn, bagCookie: visitor.bagCookie };
    assert.equal((await shop(app, both, 'GET', '/api/bag/count')).json().itemCount, 10);
    assert.equal((await shop(app, visitor, 'GET', '/api/bag/count')).json().itemCount, 9);
  });
});

describe('checkout’s view of the bag', () => {
  it('locks a bag, marks it ordered once, and a guest then starts a new bag', async () => {
    const visitor = guest();
    const bagId = (await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: stole, quantity: 2 })).json().id;
    const cart = app.platform.modules.cart;
    const locked = await withCtx(app, (ctx) => cart.lockBag(ctx, bagId));
    assert.equal(locked?.lines[0]?.quantity, 2);
    await withCtx(app, (ctx) => cart.markOrdered(ctx, bagId, 'ord_first'));
    await withCtx(app, (ctx) => cart.markOrdered(ctx, bagId, 'ord_second'));
    const row = await app.platform.database.db.selectFrom('cart.bags').select(['status', 'order_id']).where('id', '=', bagId).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'ordered', order_id: 'ord_first' });
    assert.equal(await withCtx(app, (ctx) => cart.bagOf(ctx, { guestToken: visitor.bagCookie!.split('=')[1]! })), undefined);
    const next = await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: blackBag, quantity: 1 });
    assert.notEqual(next.json().id, bagId);
    assert.equal(next.json().itemCount, 1);
  });
});
