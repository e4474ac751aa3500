import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger, truncateIp } from './logger.ts';

describe('logs', () => {
  it('keep only the network of a client address', () => {
    assert.equal(truncateIp('203.0.113.42'), '203.0.113.0');
    assert.equal(truncateIp('::ffff:203.0.113.42'), '203.0.113.0');
    assert.equal(truncateIp('2001:db8:1:2::5'), '2001:db8:1::');
    assert.equal(truncateIp('2001:db8::5'), '2001:db8:0::');
    assert.equal(truncateIp('::1'), '0:0:0::');
  });

  it('never print passwords, tokens or personal fields, at any depth we log', () => {
    let output = '';
    const sink = new Writable({ write: (chunk, _encoding, done) => ((output += chunk), done()) });
    const probe = createLogger({ logLevel: 'info' }, sink);
    probe.info({ email: 'a@example.com', body: { password: 'hunter2', customer: { email: 'b@example.com', name: 'Wei' } }, token: 'tok' }, 'probe');
    assert.doesNotMatch(output, /a@example\.com|hunter2|b@example\.com|Wei|tok"/);
    assert.match(output, /\[redacted\]/);
  });
});
