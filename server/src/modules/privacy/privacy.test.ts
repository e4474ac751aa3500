import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';

const app = await testApp({ config: { seedDemo: false } });
const NOTICE = '2026-11-01';
const NONE = { preferences: false, analytics: false, marketing: false };
const ALL = { preferences: true, analytics: true, marketing: true };

const decide = (categories: object, headers: Record<string, string> = {}, extra: object = {}) =>
  app.inject({ method: 'POST', url: '/api/privacy/cookie-consents', headers, payload: { noticeVersion: NOTICE, categories, ...extra } });

/** The `name=value` pair a Set-Cookie header hands the browser. */
const cookiePair = (setCookie: string) => setCookie.split(';')[0]!;

describe('cookie consent ledger (PRV-6)', () => {
  it('records a decision with the notice version it was made under', async () => {
    const response = await decide({ preferences: true, analytics: false, marketing: false });
    assert.equal(response.statusCode, 201);
    const consent = response.json();
    assert.match(consent.id, /^cc_/);
    const read = (await app.inject(`/api/privacy/cookie-consents/${consent.id}`)).json();
    assert.deepEqual(read, consent);
    assert.equal(read.noticeVersion, NOTICE);
  });

  it('publishes the notice in force, the version decisions must quote', async () => {
    const response = await app.inject('/api/privacy/cookie-notice');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { version: NOTICE });
  });

  it('refuses a decision made under another notice version, and sets no cookie', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/privacy/cookie-consents', payload: { noticeVersion: '2025-01-01', categories: ALL } });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().code, 'privacy.unknown_notice_version');
    assert.equal(response.headers['set-cookie'], undefined);
  });

  it('keeps marketing off under Global Privacy Control, and says so', async () => {
    const consent = (await decide(ALL, { 'sec-gpc': '1' })).json();
    assert.deepEqual(consent.categories, { preferences: true, analytics: true, marketing: false });
    assert.equal(consent.gpc, true);
    const recorded = (await app.inject(`/api/privacy/cookie-consents/${consent.id}`)).json();
    assert.equal(recorded.gpc, true);
    assert.equal(recorded.categories.marketing, false);
  });

  it('appends a change of mind without rewriting the earlier decision', async () => {
    const first = (await decide(NONE)).json();
    const second = (await decide(ALL, {}, { supersedes: first.id })).json();
    assert.equal(second.supersedes, first.id);
    const earlier = (await app.inject(`/api/privacy/cookie-consents/${first.id}`)).json();
    assert.deepEqual(earlier.categories, NONE);
  });

  it('refuses to supersede a decision that does not exist', async () => {
    const response = await decide(ALL, {}, { supersedes: 'cc_01jd8x2k3m9qv4w7c5n6t8r0ya' });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().code, 'privacy.superseded_consent_not_found');
  });
});

describe('the consent cookie (PRV-6)', () => {
  it('holds only the decision id and the notice version, for six months, site-wide and same-site', async () => {
    const response = await decide(NONE);
    const consent = response.json();
    const setCookie = response.headers['set-cookie'];
    assert.equal(typeof setCookie, 'string', 'exactly one cookie is set');
    assert.equal(cookiePair(setCookie as string), `vitrine_consent=${consent.id}.${NOTICE}`);
    assert.match(setCookie as string, /; Max-Age=15811200/);
    assert.match(setCookie as string, /; Path=\//);
    assert.match(setCookie as string, /; SameSite=Lax/);
    assert.doesNotMatch(setCookie as string, /Secure/, 'plain http in tests: a Secure cookie would be dropped');
  });

  it('is Secure when the shop is served over https', async () => {
    const secureApp = await testApp({ config: { seedDemo: false, publicUrl: 'https://shop.example' } });
    const response = await secureApp.inject({
      method: 'POST',
      url: '/api/privacy/cookie-consents',
      payload: { noticeVersion: NOTICE, categories: NONE },
    });
    assert.equal(response.statusCode, 201);
    assert.match(response.headers['set-cookie'] as string, /; Secure/);
  });

  it("lets the browser read back its current decision, and a new one supersedes it", async () => {
    const first = await decide({ preferences: true, analytics: false, marketing: false });
    const cookie = cookiePair(first.headers['set-cookie'] as string);
    const current = await app.inject({ url: '/api/privacy/cookie-consents/current', headers: { cookie } });
    assert.equal(current.statusCode, 200);
    assert.deepEqual(current.json(), first.json());
    assert.equal(current.headers['cache-control'], 'private, no-store');

    const second = await decide(ALL, { cookie });
    assert.equal(second.json().supersedes, first.json().id);
    const now = await app.inject({ url: '/api/privacy/cookie-consents/current', headers: { cookie: cookiePair(second.headers['set-cookie'] as string) } });
    assert.deepEqual(now.json().categories, ALL);
  });

  it('answers 404 without a cookie, or with one the ledger does not confirm', async () => {
    const consent = (await decide(NONE)).json();
    for (const cookie of [undefined, 'vitrine_consent=garbage', `vitrine_consent=${consent.id}.2020-01-01`, 'vitrine_consent=cc_01jd8x2k3m9qv4w7c5n6t8r0ya.2026-11-01']) {
      const response = await app.inject({ url: '/api/privacy/cookie-consents/current', headers: cookie ? { cookie } : {} });
      assert.equal(response.statusCode, 404, `cookie ${cookie}`);
      assert.equal(response.json().code, 'privacy.consent_not_found');
    }
  });

  it('refuses a decision posted from another site', async () => {
    const response = await decide(ALL, { origin: 'https://evil.example' });
    assert.equal(response.statusCode, 403);
    assert.equal(response.headers['set-cookie'], undefined);
  });
});

describe('Global Privacy Control support resource', () => {
  it('is published at /.well-known/gpc.json as JSON', async () => {
    const response = await app.inject('/.well-known/gpc.json');
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /^application\/json/);
    assert.deepEqual(response.json(), { gpc: true, lastUpdate: '2026-11-01' });
  });
});
