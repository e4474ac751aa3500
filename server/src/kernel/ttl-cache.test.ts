import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('answers from memory until the entry expires, then loads again', async () => {
    const cache = new TtlCache<number>(50);
    let loads = 0;
    const load = async () => ++loads;
    assert.equal(await cache.get('k', load), 1);
    assert.equal(await cache.get('k', load), 1);
    await sleep(60);
    assert.equal(await cache.get('k', load), 2);
  });

  it('shares one load between callers asking at the same time, and forgets a failed one', async () => {
    const cache = new TtlCache<string>(1_000);
    let loads = 0;
    const slow = async () => {
      loads++;
      await sleep(10);
      return 'value';
    };
    assert.deepEqual(await Promise.all([cache.get('k', slow), cache.get('k', slow)]), ['value', 'value']);
    assert.equal(loads, 1);
    await assert.rejects(cache.get('bad', async () => { throw new Error('down'); }));
    assert.equal(await cache.get('bad', async () => 'recovered'), 'recovered');
  });

  it('never caches with a zero life, and drops everything on clear', async () => {
    const off = new TtlCache<number>(0);
    let n = 0;
    await off.get('k', async () => ++n);
    assert.equal(await off.get('k', async () => ++n), 2);
    const on = new TtlCache<number>(10_000);
    await on.get('k', async () => 1);
    on.clear();
    assert.equal(await on.get('k', async () => 2), 2);
  });
});
