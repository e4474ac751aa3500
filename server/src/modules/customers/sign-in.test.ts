import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { ManualClock } from '../../kernel/clock.ts';
import { as, cookieFrom, latestMail, linkToken, newCustomer } from '../../../tests/support/accounts.ts';

const app = await testApp();
const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/account/session', payload: { email, password }, headers });

describe('signing in (ACC-4, ACC-5)', () => {
  it('gives identical answers for a wrong password and an unknown address', async () => {
    const customer = await newCustomer(app);
    const wrong = await signIn(customer.email, 'not-the-password-at-all');
    const unknown = await signIn('nobody-here@example.com', 'not-the-password-at-all');
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, wrong.statusCode);
    const strip = (body: Record<string, unknown>) => ({ ...body, request_id: undefined });
    assert.deepEqual(strip(unknown.json()), strip(wrong.json()));
  });

  it('refuses the 6th wrong password in a row, even with the right one, and says when to retry', async () => {
    const customer = await newCustomer(app);
    for (let i = 0; i < 5; i++) assert.equal((await signIn(customer.email, `wrong-guess-${i}-xxxx`)).statusCode, 401);
    const sixth = await signIn(customer.email, customer.password);
    assert.equal(sixth.statusCode, 429);
    assert.equal(sixth.json().code, 'request.rate_limited');
    assert.ok(Number(sixth.headers['retry-after']) > 0);
  });

  it('backs off further: twenty wrong passwords in a day lock the account until the next day', async () => {
    const clock = new ManualClock('2026-11-22T01:00:00Z');
    const slow = await testApp({ clock });
    const customer = await newCustomer(slow);
    const attempt = (password: string) => slow.inject({ method: 'POST', url: '/api/account/session', payload: { email: customer.email, password } });
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 5; i++) assert.equal((await attempt(`wrong-${round}-${i}-guess`)).statusCode, 401);
      clock.advance(15 * 60_000); // the short window passes
    }
    const next = await attempt(customer.password);
    assert.equal(next.statusCode, 429, 'the daily limit holds although the short window has passed');
    assert.ok(Number(next.headers['retry-after']) > 15 * 60);
    clock.advance(24 * 3600_000);
    assert.equal((await attempt(customer.password)).statusCode, 200);
  });

  it('rotates the session: each sign-in gets a new cookie', async () => {
    const customer = await newCustomer(app);
    const first = cookieFrom((await signIn(customer.email, customer.password)).headers['set-cookie'], 'vitrine_session');
    const second = cookieFrom((await signIn(customer.email, customer.password)).headers['set-cookie'], 'vitrine_session');
    assert.notEqual(first, second);
    assert.notEqual(first, customer.cookie);
  });

  it('tells the customer about a sign-in from a new device', async () => {
    const customer = await newCustomer(app);
    await signIn(customer.email, customer.password, { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1' });
    const notice = await latestMail(app, customer.email, /New sign-in/);
    assert.ok(notice, 'a new-device notice was sent');
    assert.match(notice.text, /Safari on iOS/);
  });

  it('signs out, after which the cookie opens nothing', async () => {
    const customer = await newCustomer(app);
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/account/session', headers: as(customer) })).statusCode, 204);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).statusCode, 401);
  });
});

describe('CSRF protection', () => {
  it('refuses a change made with the session cookie but without its token', async () => {
    const customer = await newCustomer(app);
    const withoutToken = await app.inject({ method: 'PATCH', url: '/api/account/profile', headers: { cookie: customer.cookie }, payload: { name: 'Mallory' } });
    assert.equal(withoutToken.statusCode, 403);
    assert.equal(withoutToken.json().code, 'request.csrf_token_invalid');
    const wrongToken = await app.inject({ method: 'PATCH', url: '/api/account/profile', headers: { cookie: customer.cookie, 'x-csrf-token': 'guess' }, payload: { name: 'Mallory' } });
    assert.equal(wrongToken.statusCode, 403);
    const profile = (await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).json();
    assert.equal(profile.name, 'Amélie Laurent', 'nothing changed');
  });

  it('refuses a change sent from another site even with the token', async () => {
    const customer = await newCustomer(app);
    const response = await app.inject({ method: 'PATCH', url: '/api/account/profile', headers: { ...as(customer), origin: 'https://evil.example' }, payload: { name: 'Mallory' } });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'request.cross_site_request');
  });

  it('accepts the change with the token', async () => {
    const customer = await newCustomer(app);
    const response = await app.inject({ method: 'PATCH', url: '/api/account/profile', headers: as(customer), payload: { name: 'Amélie Laurent-Chen' } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().name, 'Amélie Laurent-Chen');
  });
});

describe('password reset', () => {
  it('answers the same whether or not the address has an account', async () => {
    const customer = await newCustomer(app);
    const known = await app.inject({ method: 'POST', url: '/api/account/password-resets', payload: { email: customer.email } });
    const unknown = await app.inject({ method: 'POST', url: '/api/account/password-resets', payload: { email: 'ghost@example.com' } });
    assert.equal(known.statusCode, 202);
    assert.deepEqual(known.json(), unknown.json());
  });

  it('works once, ends every other session, and the new password signs in', async () => {
    const customer = await newCustomer(app);
    await app.inject({ method: 'POST', url: '/api/account/password-resets', payload: { email: customer.email } });
    const token = await linkToken(app, customer.email, '/account/reset-password');
    const reset = await app.inject({ method: 'POST', url: '/api/account/password-resets/complete', payload: { token, newPassword: 'quiet-marble-harbour' } });
    assert.equal(reset.statusCode, 200);
    const again = await app.inject({ method: 'POST', url: '/api/account/password-resets/complete', payload: { token, newPassword: 'another-marble-harbour' } });
    assert.equal(again.statusCode, 410);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).statusCode, 401, 'the old session ended');
    assert.equal((await signIn(customer.email, 'quiet-marble-harbour')).statusCode, 200);
    assert.equal((await signIn(customer.email, customer.password)).statusCode, 401);
  });

  it('refuses an expired link', async () => {
    const customer = await newCustomer(app);
    await app.inject({ method: 'POST', url: '/api/account/password-resets', payload: { email: customer.email } });
    const token = await linkToken(app, customer.email, '/account/reset-password');
    await app.platform.database.db.updateTable('customers.tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('purpose', '=', 'reset_password').execute();
    const reset = await app.inject({ method: 'POST', url: '/api/account/password-resets/complete', payload: { token, newPassword: 'quiet-marble-harbour' } });
    assert.equal(reset.statusCode, 410);
  });
});
