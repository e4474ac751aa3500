import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { add, allocate, exponentOf, money, parseMajor, percentOf, sum } from './money.ts';

describe('money', () => {
  it('reads amounts in the currency’s own minor units', () => {
    assert.deepEqual(parseMajor('400', 'HKD'), money(40000, 'HKD'));
    assert.deepEqual(parseMajor('1234.5', 'USD'), money(123450, 'USD'));
    assert.deepEqual(parseMajor('12000', 'JPY'), money(12000, 'JPY'));
    assert.deepEqual(parseMajor('1.250', 'KWD'), money(1250, 'KWD'));
    assert.equal(exponentOf('JPY'), 0);
  });

  it('refuses more decimals than the currency has, and fractional minor units', () => {
    assert.throws(() => parseMajor('10.5', 'JPY'), /at most 0 decimals/);
    assert.throws(() => parseMajor('1.001', 'HKD'), /at most 2 decimals/);
    assert.throws(() => money(10.5, 'HKD'), /safe integer/);
  });

  it('never mixes currencies', () => {
    assert.throws(() => add(money(1, 'HKD'), money(1, 'USD')), /Cannot combine HKD with USD/);
    assert.deepEqual(sum([money(100, 'HKD'), money(250, 'HKD')], 'HKD'), money(350, 'HKD'));
  });

  it('rounds a percentage to the nearest minor unit', () => {
    assert.deepEqual(percentOf(money(1995, 'HKD'), 10), money(200, 'HKD'));
    assert.deepEqual(percentOf(money(1994, 'HKD'), 10), money(199, 'HKD'));
  });

  it('splits an amount over lines so that the parts add up exactly', () => {
    const parts = allocate(money(1000, 'HKD'), [1, 1, 1]);
    assert.deepEqual(parts.map((p) => p.amount), [334, 333, 333]);
    assert.equal(parts.reduce((a, p) => a + p.amount, 0), 1000);
  });

  it('splits in proportion to the weights, remainders to the largest fractions', () => {
    // 15% of a HK$99.99 + HK$0.01 bag: the cent line must not get a share it cannot carry.
    const parts = allocate(money(1500, 'HKD'), [9999, 1]);
    assert.deepEqual(parts.map((p) => p.amount), [1500, 0]);
    const uneven = allocate(money(101, 'HKD'), [50, 30, 20]);
    assert.deepEqual(uneven.map((p) => p.amount), [51, 30, 20]);
  });

  it('splits negative amounts (discounts) symmetrically and shares equally over zero weights', () => {
    assert.deepEqual(allocate(money(-100, 'HKD'), [1, 2]).map((p) => p.amount), [-33, -67]);
    assert.deepEqual(allocate(money(5, 'HKD'), [0, 0]).map((p) => p.amount), [3, 2]);
  });
});
