import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idPattern, isId, newId } from './ids.ts';

describe('ids', () => {
  it('carry their kind as a prefix and a fixed-length body', () => {
    const id = newId('ord');
    assert.match(id, /^ord_[0-9a-z]{26}$/);
    assert.ok(isId(id, 'ord'));
    assert.ok(!isId(id, 'cus'));
    assert.match(id, new RegExp(idPattern('ord')));
  });

  it('sort by creation time', () => {
    const earlier = newId('ord', Date.parse('2026-01-01T00:00:00Z'));
    const later = newId('ord', Date.parse('2026-01-01T00:00:00.001Z'));
    assert.ok(earlier < later);
  });

  it('never repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId('ord', 0)));
    assert.equal(ids.size, 10_000);
  });

  it('refuse prefixes that would be unreadable in logs', () => {
    assert.throws(() => newId('Order'), /lower-case letters/);
  });
});
