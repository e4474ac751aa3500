import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkQuantity, mergeQuantities, normaliseCode, priceChange } from './cart.rules.ts';

describe('bag rules', () => {
  it('takes whole quantities from 1 to 10 and refuses the rest', () => {
    assert.equal(checkQuantity(1), 1);
    assert.equal(checkQuantity(10), 10);
    for (const bad of [0, -1, 11, 1e9, 1.5, Number.NaN]) assert.throws(() => checkQuantity(bad), { code: 'cart.quantity_out_of_range' }, String(bad));
  });

  it('adds a guest bag to the customer’s, capping each line at 10', () => {
    const merged = mergeQuantities([{ variantId: 'a', quantity: 8 }, { variantId: 'b', quantity: 1 }], [{ variantId: 'a', quantity: 5 }, { variantId: 'c', quantity: 2 }]);
    assert.deepEqual([...merged], [['a', 10], ['c', 2]]);
  });

  it('shows a price change only within the same currency', () => {
    assert.deepEqual(priceChange({ amount: 120, currency: 'HKD' }, { amount: 100, currency: 'HKD' }), { before: 100, now: 120, currency: 'HKD', direction: 'up' });
    assert.equal(priceChange({ amount: 100, currency: 'HKD' }, { amount: 100, currency: 'HKD' }), null);
    assert.equal(priceChange({ amount: 90, currency: 'USD' }, { amount: 100, currency: 'HKD' }), null);
  });

  it('reads codes without case or spaces and refuses what cannot be a code', () => {
    assert.equal(normaliseCode(' welcome15 '), 'WELCOME15');
    assert.throws(() => normaliseCode('no spaces please'), { code: 'cart.code_invalid' });
  });
});
