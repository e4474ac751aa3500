import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { newCustomer } from '../../../tests/support/accounts.ts';
import { seedLocations, seedProducts } from '../catalog/catalog.test-helpers.ts';
import { customer, guest, shop } from './cart.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Satin slingback pump', designer: 'Corvo Milano', category: 'Shoes', variants: [{ colour: 'black', size: '37', hkd: 780_000, stock: { HK: 2 } }, { colour: 'black', size: '38', hkd: 780_000, stock: { HK: 2 } }] },
  { name: 'Archived belt', designer: 'Corvo Milano', category: 'Accessories', status: 'archived', variants: [{ hkd: 200_000, stock: { HK: 1 } }] },
]);
const pump = products.get('Satin slingback pump')!;
const [size37] = pump.variantIds as [string, string];

describe('the wish list', () => {
  it('keeps a variant or a whole product once, for a guest until sign-in', async () => {
    const visitor = guest();
    await shop(app, visitor, 'POST', '/api/wishlist', { variantId: size37 });
    await shop(app, visitor, 'POST', '/api/wishlist', { variantId: size37 });
    const list = (await shop(app, visitor, 'POST', '/api/wishlist', { productId: pump.id })).json();
    assert.deepEqual(list.items.map((i: { variantId: string | null }) => i.variantId).sort(), [null, size37].sort());
    const variantItem = list.items.find((i: { variantId: string | null }) => i.variantId === size37);
    assert.equal(variantItem.piece.name, 'Satin slingback pump');
    assert.equal(variantItem.price.amount, 780_000);
    assert.equal((await shop(app, visitor, 'POST', '/api/wishlist', { productId: products.get('Archived belt')!.id })).json().code, 'cart.product_not_found');
  });

  it('moves a bag line to the wish list and a wish-list variant back to the bag', async () => {
    const visitor = customer(await newCustomer(app));
    const lineId = (await shop(app, visitor, 'POST', '/api/bag/lines', { variantId: size37, quantity: 2 })).json().lines[0].id;
    const bag = (await shop(app, visitor, 'POST', `/api/bag/lines/${lineId}/move-to-wishlist`)).json();
    assert.equal(bag.itemCount, 0);
    const [item] = (await shop(app, visitor, 'GET', '/api/wishlist')).json().items;
    assert.equal(item.variantId, size37);
    const back = (await shop(app, visitor, 'POST', `/api/wishlist/${item.id}/move-to-bag`)).json();
    assert.deepEqual(back.lines.map((l: { variantId: string; quantity: number }) => [l.variantId, l.quantity]), [[size37, 1]]);
    assert.deepEqual((await shop(app, visitor, 'GET', '/api/wishlist')).json().items, []);
  });

  it('asks for a size before a whole product goes from the wish list to the bag', async () => {
    const visitor = guest();
    const [item] = (await shop(app, visitor, 'POST', '/api/wishlist', { productId: pump.id })).json().items;
    assert.equal((await shop(app, visitor, 'POST', `/api/wishlist/${item.id}/move-to-bag`)).json().code, 'cart.variant_required');
  });

  it('never shows or removes another customer’s items', async () => {
    const alice = customer(await newCustomer(app));
    const bob = customer(await newCustomer(app));
    const [item] = (await shop(app, alice, 'POST', '/api/wishlist', { variantId: size37 })).json().items;
    assert.deepEqual((await shop(app, bob, 'GET', '/api/wishlist')).json().items, []);
    assert.equal((await shop(app, bob, 'DELETE', `/api/wishlist/${item.id}`)).json().code, 'cart.wishlist_item_not_found');
    assert.equal((await shop(app, bob, 'POST', `/api/wishlist/${item.id}/move-to-bag`)).statusCode, 404);
    assert.equal((await shop(app, alice, 'GET', '/api/wishlist')).json().items.length, 1);
  });

  it('is open to a restricted minor, whose bag stays open too (checkout refuses the order, ACC-2)', async () => {
    const minor = customer(await newCustomer(app, { birthDate: '2011-05-01', guardianEmail: 'guardian@example.com' }));
    assert.equal((await shop(app, minor, 'POST', '/api/wishlist', { variantId: size37 })).statusCode, 201);
    assert.equal((await shop(app, minor, 'POST', '/api/bag/lines', { variantId: size37, quantity: 1 })).statusCode, 201);
  });
});
