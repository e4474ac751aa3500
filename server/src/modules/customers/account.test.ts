import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../kernel/clock.ts';
import { testApp } from '../../../tests/support/app.ts';
import { as, latestMail, linkToken, newCustomer } from '../../../tests/support/accounts.ts';

const app = await testApp();
// Created before any test starts: an app made while tests run would be closed with that test.
const clock = new ManualClock('2026-11-22T04:00:00Z');
const minorApp = await testApp({ clock });

describe('sessions and devices (ACC-5)', () => {
  it('lists the customer’s own sessions, marks the current one, and ends another', async () => {
    const customer = await newCustomer(app);
    const other = await app.inject({ method: 'POST', url: '/api/account/session', payload: { email: customer.email, password: customer.password }, headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/120.0' } });
    const { sessions } = (await app.inject({ method: 'GET', url: '/api/account/sessions', headers: as(customer) })).json();
    assert.equal(sessions.length, 2);
    assert.equal(sessions.filter((s: { current: boolean }) => s.current).length, 1);
    const firefox = sessions.find((s: { device: string }) => s.device === 'Firefox on Windows');
    assert.ok(firefox);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/account/sessions/${firefox.id}`, headers: as(customer) })).statusCode, 204);
    const otherCookie = [other.headers['set-cookie']].flat()[0]!.split(';')[0]!;
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: { cookie: otherCookie } })).statusCode, 401);
  });

  it('never lets one customer see or end another’s sessions', async () => {
    const alice = await newCustomer(app);
    const bob = await newCustomer(app);
    const { sessions } = (await app.inject({ method: 'GET', url: '/api/account/sessions', headers: as(alice) })).json();
    const bobsView = (await app.inject({ method: 'GET', url: '/api/account/sessions', headers: as(bob) })).json();
    assert.ok(!bobsView.sessions.some((s: { id: string }) => s.id === sessions[0].id));
    const attempt = await app.inject({ method: 'DELETE', url: `/api/account/sessions/${sessions[0].id}`, headers: as(bob) });
    assert.equal(attempt.statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(alice) })).statusCode, 200, 'alice is still signed in');
  });

  it('ends every session and opens a case when misuse is reported (ACC-4)', async () => {
    const customer = await newCustomer(app);
    const report = await app.inject({ method: 'POST', url: '/api/account/security-reports', headers: as(customer), payload: { description: 'An order I did not place.' } });
    assert.equal(report.statusCode, 202);
    assert.match(report.json().caseId, /^case_/);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).statusCode, 401);
    assert.match((await latestMail(app, customer.email))!.subject, /security report/);
  });

  it('requires the current password to change it, and rotates the session', async () => {
    const customer = await newCustomer(app);
    const wrong = await app.inject({ method: 'PUT', url: '/api/account/password', headers: as(customer), payload: { currentPassword: 'nope-nope-nope', newPassword: 'silent-copper-meadow' } });
    assert.equal(wrong.json().code, 'customers.wrong_current_password');
    const changed = await app.inject({ method: 'PUT', url: '/api/account/password', headers: as(customer), payload: { currentPassword: customer.password, newPassword: 'silent-copper-meadow' } });
    assert.equal(changed.statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).statusCode, 401, 'the old cookie is dead');
  });
});

describe('changing the e-mail address (ACC-3)', () => {
  it('takes effect only when confirmed from the new address, and tells the old one', async () => {
    const customer = await newCustomer(app);
    const response = await app.inject({ method: 'POST', url: '/api/account/email-changes', headers: as(customer), payload: { email: 'new-home@example.com' } });
    assert.equal(response.statusCode, 202);
    assert.match((await latestMail(app, customer.email))!.subject, /being changed/);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).json().email, customer.email);
    const token = await linkToken(app, 'new-home@example.com', '/account/verify');
    await app.inject({ method: 'POST', url: '/api/account/email-verifications', payload: { token } });
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).json().email, 'new-home@example.com');
  });
});

describe('minors (ACC-2)', () => {

  it('starts restricted, cannot order, and opens up when the guardian confirms; withdrawal restricts again', async () => {
    const minor = await newCustomer(minorApp, { birthDate: '2010-03-15', guardianEmail: 'parent@example.com' });
    const profile = (await minorApp.inject({ method: 'GET', url: '/api/account/profile', headers: as(minor) })).json();
    assert.equal(profile.state, 'restricted');
    assert.equal(profile.restriction, 'guardian_pending');
    const orderingBlock = () => minorApp.platform.runUseCase({ kind: 'system', job: 't' }, 't', (ctx) => minorApp.platform.modules.customers.orderingBlock(ctx, minor.customerId));
    assert.equal(await orderingBlock(), 'restricted');

    const token = await linkToken(minorApp, 'parent@example.com', '/account/guardian');
    const view = (await minorApp.inject({ method: 'GET', url: `/api/account/guardian-consents/${token}` })).json();
    assert.deepEqual(view, { customerName: 'Amélie Laurent', confirmed: false });
    await minorApp.inject({ method: 'POST', url: `/api/account/guardian-consents/${token}`, payload: { decision: 'confirm' } });
    assert.equal(await orderingBlock(), undefined);

    await minorApp.inject({ method: 'POST', url: `/api/account/guardian-consents/${token}`, payload: { decision: 'withdraw' } });
    assert.equal(await orderingBlock(), 'restricted');
  });

  it('needs a guardian’s address that is not the minor’s own', async () => {
    const response = await minorApp.inject({ method: 'POST', url: '/api/account/registrations', payload: { email: 'kid@example.com', password: 'velvet-orchid-lantern', name: 'Kid', locale: 'en', birthDate: '2012-01-01', acceptedAgreementVersion: '2026-11-01' } });
    assert.equal(response.json().code, 'customers.guardian_email_required');
  });

  it('lifts the restriction by itself on the 18th birthday', async () => {
    const minor = await newCustomer(minorApp, { birthDate: '2008-11-23', guardianEmail: 'guardian-two@example.com' });
    const lift = () => minorApp.platform.runUseCase({ kind: 'system', job: 't' }, 't', (ctx) => minorApp.platform.modules.customers.liftRestrictionsAtAdulthood(ctx));
    assert.equal(await lift(), 0, 'still 17 on 22 November 2026');
    clock.set('2026-11-22T16:30:00Z'); // 00:30 on 23 November in Hong Kong
    assert.equal(await lift(), 1);
    const profile = (await minorApp.inject({ method: 'GET', url: '/api/account/profile', headers: as(minor) })).json();
    assert.equal(profile.state, 'active');
  });
});
