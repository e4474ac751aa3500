import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestDelivery, type StockAtLocation } from '../inventory/index.ts';
import { compareSizes, decodeSort, encodeCursor } from './catalog.rules.ts';
import { hanIndexTokens, hanQueryTokens, latinQueryGroups, latinWords, toTsqueryText } from './catalog.search.ts';

const transit = new Map([['HK:HK', { daysMin: 1, daysMax: 2 }], ['EU:HK', { daysMin: 5, daysMax: 8 }], ['CN:HK', { daysMin: 3, daysMax: 6 }]]);
const at = (origin: 'HK' | 'CN' | 'EU', available: number, handling = 1): StockAtLocation =>
  ({ locationId: `loc-${origin}`, origin, available, handlingDaysMin: handling, handlingDaysMax: handling });

describe('delivery windows (CAT-4)', () => {
  it('come from the location that delivers soonest among those with stock', () => {
    assert.deepEqual(bestDelivery([at('EU', 5), at('HK', 1)], transit, 'HK'), { shipsFrom: 'HK', locationId: 'loc-HK', daysMin: 2, daysMax: 3, crossBorder: false });
  });

  it('pass over locations without available units or without a route to the zone', () => {
    assert.equal(bestDelivery([at('HK', 0), at('EU', 2)], transit, 'HK')?.shipsFrom, 'EU');
    assert.equal(bestDelivery([at('HK', 3)], transit, 'ROW'), null);
    assert.equal(bestDelivery([], transit, 'HK'), null);
  });

  it('mark stock from outside the zone as crossing a border, with its longer window', () => {
    const overseas = bestDelivery([at('EU', 1, 3)], transit, 'HK')!;
    assert.equal(overseas.crossBorder, true);
    assert.deepEqual([overseas.daysMin, overseas.daysMax], [8, 11]);
  });
});

describe('search words', () => {
  it('fold accents and case, and keep Chinese out of the Latin words', () => {
    assert.deepEqual(latinWords('Maison AURÈLE 手提包 bag'), ['maison', 'aurele', 'bag']);
  });

  it('index Chinese by characters and pairs, and query by pairs', () => {
    assert.equal(hanIndexTokens('手提包').length, 5);
    assert.deepEqual(hanQueryTokens('手提包'), hanIndexTokens('手提包').filter((t) => t.length > 6));
    assert.deepEqual(hanQueryTokens('包'), [hanIndexTokens('包')[0]]);
  });

  it('join two words the catalogue writes as one, and offer corrections beside the typed word', () => {
    const known = new Set(['handbag', 'bag', 'black']);
    assert.deepEqual(latinQueryGroups(['hand', 'bag'], known, new Map()), [[['handbag'], ['hand', 'bag']]]);
    assert.deepEqual(latinQueryGroups(['blak', 'bag'], known, new Map([['blak', 'black']])), [[['blak'], ['black']], [['bag']]]);
    assert.equal(toTsqueryText([[['handbag'], ['hand', 'bag']]]), '(handbag:* | hand:* & bag:*)');
  });
});

describe('page cursors', () => {
  it('round-trip the sort value and id, and refuse one from another sort', () => {
    const cursor = encodeCursor('price_asc', 120_000, 'prd_1', 0);
    assert.deepEqual(decodeSort('price_asc', cursor, 'HKD'), { by: 'price_asc', currency: 'HKD', after: [120_000, 'prd_1'] });
    assert.throws(() => decodeSort('newest', cursor, 'HKD'), { code: 'catalog.invalid_cursor' });
    assert.throws(() => decodeSort('newest', 'not-base64-json', 'HKD'), { code: 'catalog.invalid_cursor' });
  });

  it('order sizes as a customer reads them', () => {
    assert.deepEqual(['L', '39', 'XS', 'One size', '38.5', 'M'].sort(compareSizes), ['XS', 'M', 'L', '38.5', '39', 'One size']);
  });
});
