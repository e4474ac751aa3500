import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { as, cookieFrom, currentAgreement, latestMail, linkToken, newCustomer } from '../../../tests/support/accounts.ts';

const app = await testApp();
const register = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/account/registrations', payload });
const base = async (email: string) => ({ email, password: 'velvet-orchid-lantern', name: 'Wei Chen', locale: 'en', acceptedAgreementVersion: await currentAgreement(app) });

describe('registration (ACC-1, ACC-3)', () => {
  it('is refused without accepting the registration agreement', async () => {
    const response = await register({ ...(await base('no-accept@example.com')), acceptedAgreementVersion: undefined });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().code, 'customers.agreement_not_accepted');
  });

  it('is refused when the accepted version is no longer the one in force', async () => {
    const response = await register({ ...(await base('old-version@example.com')), acceptedAgreementVersion: '1999-01-01' });
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().current_version, await currentAgreement(app));
  });

  it('records which version was accepted, when, and from where', async () => {
    const customer = await newCustomer(app, { email: 'records@example.com' });
    const acceptances = await app.platform.runUseCase({ kind: 'system', job: 'test' }, 't', (ctx) => app.platform.modules.legal.acceptancesOf(ctx, customer.customerId));
    const agreement = acceptances.find((a) => a.kind === 'registration-agreement');
    assert.equal(agreement?.version, await currentAgreement(app));
    assert.ok(acceptances.some((a) => a.kind === 'privacy-policy'), 'the privacy policy shown beside it is recorded too');
    assert.ok(agreement!.accepted_at instanceof Date);
  });

  it('answers the same for a new and a registered address, and tells the owner someone tried', async () => {
    await newCustomer(app, { email: 'taken@example.com' });
    const again = await register(await base('taken@example.com'));
    const fresh = await register(await base('fresh@example.com'));
    assert.equal(again.statusCode, fresh.statusCode);
    assert.deepEqual(again.json(), fresh.json());
    assert.match((await latestMail(app, 'taken@example.com'))!.subject, /tried to register/);
  });

  it('refuses weak passwords, naming the field', async () => {
    const response = await register({ ...(await base('weak@example.com')), password: 'password123' });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(response.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['/password', 'too_common']]);
  });

  it('accepts phones only as real international numbers, stored in E.164', async () => {
    const bad = await register({ ...(await base('phone-bad@example.com')), phone: '12345' });
    assert.equal(bad.json().code, 'customers.invalid_phone');
    const customer = await newCustomer(app, { email: 'phone-ok@example.com', phone: '+852 9123 4567' });
    const profile = (await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).json();
    assert.equal(profile.phone, '+85291234567');
  });

  it('gives a new member the 10% welcome offer, once', async () => {
    const customer = await newCustomer(app);
    const { entitlements } = (await app.inject({ method: 'GET', url: '/api/account/entitlements', headers: as(customer) })).json();
    assert.deepEqual(entitlements.map((e: { kind: string; percentOff: number; used: boolean }) => [e.kind, e.percentOff, e.used]), [['welcome-10', 10, false]]);
  });

  it('opens the account only from the confirmation link, which works once', async () => {
    await register(await base('confirm-once@example.com'));
    const signIn = await app.inject({ method: 'POST', url: '/api/account/session', payload: { email: 'confirm-once@example.com', password: 'velvet-orchid-lantern' } });
    assert.equal(signIn.json().code, 'customers.email_not_verified');
    const token = await linkToken(app, 'confirm-once@example.com', '/account/verify');
    const first = await app.inject({ method: 'POST', url: '/api/account/email-verifications', payload: { token } });
    assert.equal(first.statusCode, 200);
    const cookie = [first.headers['set-cookie']].flat().find((c) => c!.startsWith('vitrine_session='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const second = await app.inject({ method: 'POST', url: '/api/account/email-verifications', payload: { token } });
    assert.equal(second.statusCode, 410);
    assert.ok(cookieFrom(first.headers['set-cookie'], 'vitrine_session'));
  });
});

describe('a material change of the agreement (ACC-7)', () => {
  it('blocks ordering until the customer accepts the new version; browsing stays open', async () => {
    const customer = await newCustomer(app);
    const editor = { kind: 'staff', staffId: 'stf_01jd8x2k3m9qv4w7c5n6t8r0ya', sessionId: 'test', permissions: new Set(['legal.manage']) } as const;
    await app.platform.runUseCase(editor, 't', async (ctx) => {
      await app.platform.modules.legal.createDraft(ctx, 'registration-agreement', { version: '2026-12-01', material: true, summary: 'New delivery terms', bodies: { en: '# Agreement\n\nNew terms.' } });
      await app.platform.modules.legal.publish(ctx, 'registration-agreement', '2026-12-01');
    });
    const session = (await app.inject({ method: 'GET', url: '/api/account/session', headers: as(customer) })).json();
    assert.deepEqual(session.pendingAcceptances, [{ kind: 'registration-agreement', version: '2026-12-01' }]);
    const block = () => app.platform.runUseCase({ kind: 'system', job: 't' }, 't', (ctx) => app.platform.modules.customers.orderingBlock(ctx, customer.customerId));
    assert.equal(await block(), 'acceptance_pending');
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).statusCode, 200, 'the account stays usable');

    const accepted = await app.inject({ method: 'POST', url: '/api/account/acceptances', headers: as(customer), payload: { kind: 'registration-agreement', version: '2026-12-01' } });
    assert.equal(accepted.statusCode, 200);
    assert.deepEqual(accepted.json().pendingAcceptances, []);
    assert.equal(await block(), undefined);
  });
});
