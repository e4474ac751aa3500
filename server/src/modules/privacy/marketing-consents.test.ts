import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { as, currentAgreement, linkToken, newCustomer, type Browser } from '../../../tests/support/accounts.ts';
import type { Actor } from '../../kernel/context.ts';
import { ManualClock } from '../../kernel/clock.ts';

// A fixed day on which a 2010 birth date is a minor's; the clock moves on between decisions.
const clock = new ManualClock('2026-11-22T04:00:00Z');
const app = await testApp({ clock });
const policyVersion: string = (await app.inject('/api/legal/documents/privacy-policy')).json().version;

const consents = async (who: Browser, headers: Record<string, string> = {}) => {
  const response = await app.inject({ method: 'GET', url: '/api/account/consents', headers: { ...as(who), ...headers } });
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
};
const setMarketing = (who: Browser, choices: Record<string, boolean>) => {
  clock.advance(60_000);
  return app.inject({ method: 'PUT', url: '/api/account/consents/marketing', headers: as(who), payload: choices });
};
const granted = (overview: { marketing: Record<string, { granted: boolean }> }) =>
  Object.entries(overview.marketing).filter(([, s]) => s.granted).map(([channel]) => channel);
const history = (overview: { history: { channel: string; granted: boolean; source: string }[] }) => overview.history.map((h) => `${h.channel}:${h.granted}:${h.source}`);

describe('marketing opt-ins per channel (MKT-3)', () => {
  it('are all off for a customer who ticked nothing, with nothing in the ledger', async () => {
    const customer = await newCustomer(app);
    const overview = await consents(customer);
    assert.deepEqual(granted(overview), []);
    assert.deepEqual(overview.marketing.email, { granted: false, decidedAt: null, noticeVersion: null });
    assert.deepEqual(overview.history, []);
    assert.equal(overview.grantBlock, null);
  });

  it('record at registration only the channels ticked, under the privacy policy in force', async () => {
    const customer = await newCustomer(app, { marketing: { email: true, sms: false } });
    const overview = await consents(customer);
    assert.deepEqual(granted(overview), ['email']);
    assert.equal(overview.marketing.email.noticeVersion, policyVersion);
    assert.equal(overview.marketing.email.decidedAt, clock.now().toISOString());
    assert.deepEqual(history(overview), ['email:true:registration'], 'an un-ticked channel adds no row');
  });

  it('keep every change: a withdrawal adds a row and the grant stays in the history', async () => {
    const customer = await newCustomer(app, { marketing: { email: true } });
    const off = await setMarketing(customer, { email: false });
    assert.equal(off.statusCode, 200);
    assert.deepEqual(granted(off.json()), []);
    assert.deepEqual(history(off.json()), ['email:false:preferences', 'email:true:registration']);

    const unchanged = await setMarketing(customer, { email: false, sms: false });
    assert.deepEqual(history(unchanged.json()), ['email:false:preferences', 'email:true:registration'], 'repeating a choice records nothing');
  });

  it('change one channel without touching the others', async () => {
    const customer = await newCustomer(app, { marketing: { email: true } });
    const response = await setMarketing(customer, { sms: true, push: true });
    assert.deepEqual(granted(response.json()), ['email', 'sms', 'push']);
    assert.equal((await consents(customer)).marketing.phone.granted, false);
  });

  it('are changed only by the signed-in customer, with the session’s CSRF token', async () => {
    const customer = await newCustomer(app);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/consents' })).statusCode, 401);
    const forged = await app.inject({ method: 'PUT', url: '/api/account/consents/marketing', headers: { cookie: customer.cookie }, payload: { email: true } });
    assert.equal(forged.statusCode, 403);
    assert.deepEqual(granted(await consents(customer)), []);
  });

  it('show beside them the cookie decision of this browser, when it has one', async () => {
    const customer = await newCustomer(app);
    assert.equal((await consents(customer)).cookies, null);
    const decided = await app.inject({ method: 'POST', url: '/api/privacy/cookie-consents', payload: { noticeVersion: '2026-11-01', categories: { preferences: true, analytics: false, marketing: false } } });
    const consentCookie = (decided.headers['set-cookie'] as string).split(';')[0]!;
    const overview = await consents(customer, { cookie: `${customer.cookie}; ${consentCookie}` });
    assert.equal(overview.cookies.id, decided.json().id);
    assert.deepEqual(overview.cookies.categories, { preferences: true, analytics: false, marketing: false });
  });
});

describe('marketing and minors (ACC-2)', () => {
  const minorDetails = (guardianEmail: string) => ({ birthDate: '2010-03-15', guardianEmail });

  it('ignores a minor’s opt-ins at registration, and answers exactly as for anyone else', async () => {
    const payload = (email: string, extra: object) => ({ email, password: 'velvet-orchid-lantern', name: 'Kim Lee', locale: 'en', ...extra });
    const agreement = await currentAgreement(app);
    const minorAnswer = await app.inject({ method: 'POST', url: '/api/account/registrations', payload: { ...payload('minor-ticks@example.com', minorDetails('parent-a@example.com')), acceptedAgreementVersion: agreement, marketing: { email: true } } });
    const adultAnswer = await app.inject({ method: 'POST', url: '/api/account/registrations', payload: { ...payload('adult-ticks@example.com', {}), acceptedAgreementVersion: agreement, marketing: { email: true } } });
    assert.equal(minorAnswer.statusCode, adultAnswer.statusCode);
    assert.deepEqual(minorAnswer.json(), adultAnswer.json());

    const token = await linkToken(app, 'minor-ticks@example.com', '/account/verify');
    const verified = await app.inject({ method: 'POST', url: '/api/account/email-verifications', payload: { token } });
    const minor = { cookie: (verified.headers['set-cookie'] as string).split(';')[0]!, csrfToken: verified.json().csrfToken, customerId: verified.json().customer.id };
    const overview = await consents(minor);
    assert.deepEqual(granted(overview), []);
    assert.deepEqual(overview.history, []);
  });

  it('refuses a restricted minor’s grant with a clear code, while a withdrawal always works', async () => {
    const minor = await newCustomer(app, minorDetails('parent-b@example.com'));
    assert.equal((await consents(minor)).grantBlock, 'guardian_pending');
    const refused = await setMarketing(minor, { email: true });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'privacy.marketing_needs_guardian_consent');
    assert.deepEqual(granted(await consents(minor)), [], 'nothing was recorded');
    const withdrawal = await setMarketing(minor, { email: false, sms: false });
    assert.equal(withdrawal.statusCode, 200);
  });

  it('records the guardian’s decisions in the ledger; a withdrawal also withdraws marketing', async () => {
    const minor = await newCustomer(app, minorDetails('parent-c@example.com'));
    const token = await linkToken(app, 'parent-c@example.com', '/account/guardian');
    clock.advance(60_000);
    await app.inject({ method: 'POST', url: `/api/account/guardian-consents/${token}`, payload: { decision: 'confirm' } });
    const confirmed = await consents(minor);
    assert.deepEqual(confirmed.guardian.map((g: { decision: string }) => g.decision), ['confirmed']);
    assert.equal(confirmed.grantBlock, null);
    assert.equal((await setMarketing(minor, { email: true, push: true })).statusCode, 200, 'once confirmed, the minor may opt in');

    clock.advance(60_000);
    await app.inject({ method: 'POST', url: `/api/account/guardian-consents/${token}`, payload: { decision: 'withdraw' } });
    const withdrawn = await consents(minor);
    assert.deepEqual(withdrawn.guardian.map((g: { decision: string }) => g.decision), ['withdrawn', 'confirmed']);
    assert.deepEqual(granted(withdrawn), []);
    assert.deepEqual(history(withdrawn).slice(0, 2).sort(), ['email:false:guardian_withdrawal', 'push:false:guardian_withdrawal']);
    assert.equal((await setMarketing(minor, { email: true })).json().code, 'privacy.marketing_needs_guardian_consent');

    const rows = await app.platform.database.db.selectFrom('privacy.guardian_consents').select(['guardian_email', 'decision']).where('customer_id', '=', minor.customerId).execute();
    assert.deepEqual(rows.map((r) => r.guardian_email), ['parent-c@example.com', 'parent-c@example.com'], 'the ledger names who decided');
  });

  it('refuses a grant for an account staff have suspended', async () => {
    const customer = await newCustomer(app);
    const { id: staffId } = await app.platform.database.db.selectFrom('access.staff_users').select('id').where('email', '=', 'service@vitrine.localhost').executeTakeFirstOrThrow();
    const staff: Actor = { kind: 'staff', staffId: staffId as string, sessionId: 'ses_test', permissions: new Set(['customers.manage']) };
    const { runUseCase, modules } = app.platform;
    await runUseCase(staff, 't', (ctx) => modules.customers.changeAccountState(ctx, customer.customerId, { state: 'suspended', reason: 'invalid_registration_data' }));
    await assert.rejects(
      runUseCase(staff, 't', (ctx) => modules.privacy.recordMarketingChoices(ctx, customer.customerId, { sms: true }, 'staff')),
      { code: 'privacy.marketing_not_allowed' },
    );
  });
});
