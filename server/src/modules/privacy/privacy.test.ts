import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';

const app = await testApp({ config: { seedDemo: false } });

const decide = (categories: object, headers: Record<string, string> = {}, extra: object = {}) =>
  app.inject({ method: 'POST', url: '/api/privacy/cookie-consents', headers, payload: { noticeVersion: '2026-11', categories, ...extra } });

describe('cookie consent ledger (PRV-6)', () => {
  it('records a decision with the notice version it was made under', async () => {
    const response = await decide({ preferences: true, analytics: false, marketing: false });
    assert.equal(response.statusCode, 201);
    const consent = response.json();
    assert.match(consent.id, /^cc_/);
    const read = (await app.inject(`/api/privacy/cookie-consents/${consent.id}`)).json();
    assert.deepEqual(read, consent);
    assert.equal(read.noticeVersion, '2026-11');
  });

  it('keeps marketing off under Global Privacy Control, and says so', async () => {
    const consent = (await decide({ preferences: true, analytics: true, marketing: true }, { 'sec-gpc': '1' })).json();
    assert.deepEqual(consent.categories, { preferences: true, analytics: true, marketing: false });
    assert.equal(consent.gpc, true);
  });

  it('appends a change of mind without rewriting the earlier decision', async () => {
    const first = (await decide({ preferences: false, analytics: false, marketing: false })).json();
    const second = (await decide({ preferences: true, analytics: true, marketing: true }, {}, { supersedes: first.id })).json();
    assert.equal(second.supersedes, first.id);
    const earlier = (await app.inject(`/api/privacy/cookie-consents/${first.id}`)).json();
    assert.deepEqual(earlier.categories, { preferences: false, analytics: false, marketing: false });
  });

  it('refuses to supersede a decision that does not exist', async () => {
    const response = await decide({ preferences: true, analytics: true, marketing: true }, {}, { supersedes: 'cc_01jd8x2k3m9qv4w7c5n6t8r0ya' });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().code, 'privacy.superseded_consent_not_found');
  });
});
