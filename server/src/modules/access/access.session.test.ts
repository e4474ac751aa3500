import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { DAY, HOUR, ManualClock, MINUTE } from '../../kernel/clock.ts';
import { browser, seedAccounts, sessionCookie, signedIn, signIn } from './access.test-helpers.ts';
import { totpCodeAt } from './access.totp.ts';

const clock = new ManualClock('2026-03-02T01:00:00Z');
const app = await testApp({ clock, config: { seedDemo: false } });
await seedAccounts(app);

const withoutRequestId = (body: Record<string, unknown>) => ({ ...body, request_id: undefined });

describe('staff sign-in', () => {
  it('sets an HttpOnly session cookie and gives a fresh token at every sign-in', async () => {
    const first = await signIn(app, 'service@vitrine.localhost');
    const second = await signIn(app, 'SERVICE@vitrine.localhost ');
    assert.equal(first.statusCode, 200);
    const cookie = first.cookies.find((c) => c.name === 'vitrine_staff')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.notEqual(sessionCookie(first, 'vitrine_staff'), sessionCookie(second, 'vitrine_staff'));
    assert.notEqual(first.json().csrfToken, second.json().csrfToken);
    assert.equal(first.json().staff.role, 'customer_service');
    assert.ok(first.json().permissions.includes('customers.read'));
    assert.equal(first.json().staff.password_hash, undefined);
  });

  it('ends the session the browser carried when it signs in again', async () => {
    const before = await signedIn(app, 'orders@vitrine.localhost');
    const again = await signIn(app, 'orders@vitrine.localhost', undefined, {}, { cookie: before.cookie, 'x-csrf-token': before.csrfToken });
    assert.equal(again.statusCode, 200);
    assert.equal((await before.call('GET', '/api/admin/session')).statusCode, 401);
    assert.equal((await browser(app, again).call('GET', '/api/admin/session')).statusCode, 200);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrongPassword = await signIn(app, 'moderation@vitrine.localhost', 'not-the-password-1');
    const unknownEmail = await signIn(app, 'nobody-here@vitrine.localhost', 'not-the-password-1');
    assert.equal(wrongPassword.statusCode, 401);
    assert.equal(unknownEmail.statusCode, wrongPassword.statusCode);
    assert.equal(wrongPassword.json().code, 'access.invalid_credentials');
    assert.deepEqual({ ...withoutRequestId(unknownEmail.json()) }, { ...withoutRequestId(wrongPassword.json()) });
    assert.equal(sessionCookie(wrongPassword, 'vitrine_staff'), undefined);
  });

  it('refuses the 6th wrong password in a row with 429 and Retry-After, even when the 6th is right', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.equal((await signIn(app, 'catalogue@vitrine.localhost', `wrong-guess-${attempt}`)).statusCode, 401, `attempt ${attempt}`);
    }
    const sixth = await signIn(app, 'catalogue@vitrine.localhost');
    assert.equal(sixth.statusCode, 429);
    assert.equal(sixth.json().code, 'request.rate_limited');
    assert.ok(Number(sixth.headers['retry-after']) > 0);
    clock.advance(16 * MINUTE);
    assert.equal((await signIn(app, 'catalogue@vitrine.localhost')).statusCode, 200, 'allowed again after the window');
  });

  it('limits unknown e-mails the same way, so the limit reveals nobody', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(app, 'ghost@vitrine.localhost', `wrong-guess-${attempt}`);
    assert.equal((await signIn(app, 'ghost@vitrine.localhost', 'wrong-guess-6')).statusCode, 429);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await signIn(app, 'privacy@vitrine.localhost', `wrong-guess-${attempt}`);
    assert.equal((await signIn(app, 'privacy@vitrine.localhost')).statusCode, 200);
    for (let attempt = 1; attempt <= 4; attempt++) await signIn(app, 'privacy@vitrine.localhost', `wrong-guess-${attempt}`);
    assert.equal((await signIn(app, 'privacy@vitrine.localhost')).statusCode, 200);
  });

  it('refuses a change that carries the staff cookie without the CSRF token', async () => {
    const staff = await signedIn(app, 'service@vitrine.localhost');
    const response = await staff.call('DELETE', '/api/admin/session', undefined, { csrf: false });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'request.csrf_token_invalid');
    assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 200, 'still signed in');
  });

  it('signs out: the cookie opens nothing afterwards', async () => {
    const staff = await signedIn(app, 'service@vitrine.localhost');
    assert.equal((await staff.call('DELETE', '/api/admin/session')).statusCode, 204);
    assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 401);
  });
});

describe('session expiry', () => {
  it('ends a session after 12 hours without use', async () => {
    const staff = await signedIn(app, 'moderation@vitrine.localhost');
    clock.advance(11 * HOUR);
    assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 200);
    clock.advance(11 * HOUR);
    assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 200, 'use keeps it alive');
    clock.advance(12 * HOUR + MINUTE);
    assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 401);
  });

  it('ends a session 7 days after sign-in however much it is used', async () => {
    const staff = await signedIn(app, 'moderation@vitrine.localhost');
    for (let elapsed = 0; elapsed < 7 * DAY - 10 * HOUR; elapsed += 10 * HOUR) {
      clock.advance(10 * HOUR);
      assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 200);
    }
    clock.advance(10 * HOUR);
    assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 401);
  });
});

describe('second factor', () => {
  it('lets an owner without an authenticator do nothing but enrol one', async () => {
    const owner = await signedIn(app, 'owner@vitrine.localhost');
    assert.equal(owner.body.totpEnrolmentRequired, true);
    assert.deepEqual(owner.body.permissions, []);
    const refused = await owner.call('GET', '/api/admin/staff');
    assert.equal(refused.statusCode, 403);

    const enrolment = (await owner.call('POST', '/api/admin/session/totp')).json();
    assert.match(enrolment.otpauthUri, /^otpauth:\/\/totp\/.+secret=/);
    const wrong = await owner.call('POST', '/api/admin/session/totp/confirm', { code: '000000' === totpCodeAt(enrolment.secret, clock.now()) ? '111111' : '000000' });
    assert.equal(wrong.json().code, 'access.totp_invalid');

    const confirmed = await owner.call('POST', '/api/admin/session/totp/confirm', { code: totpCodeAt(enrolment.secret, clock.now()) });
    assert.equal(confirmed.statusCode, 200);
    assert.equal(confirmed.json().totpEnrolmentRequired, false);
    assert.equal((await owner.call('GET', '/api/admin/session')).statusCode, 401, 'the pre-enrolment session was rotated away');
    assert.equal((await browser(app, confirmed).call('GET', '/api/admin/staff')).statusCode, 200);
  });

  it('asks for the code once enrolled, refuses a wrong or reused one, accepts the current one', async () => {
    const staff = await signedIn(app, 'privacy@vitrine.localhost');
    const { secret } = (await staff.call('POST', '/api/admin/session/totp')).json();
    await staff.call('POST', '/api/admin/session/totp/confirm', { code: totpCodeAt(secret, clock.now()) });
    clock.advance(30_000);

    assert.equal((await signIn(app, 'privacy@vitrine.localhost')).json().code, 'access.totp_required');
    const code = totpCodeAt(secret, clock.now());
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    assert.equal((await signIn(app, 'privacy@vitrine.localhost', undefined, { totp: wrongCode })).json().code, 'access.totp_invalid');
    assert.equal((await signIn(app, 'privacy@vitrine.localhost', undefined, { totp: code })).statusCode, 200);
    assert.equal((await signIn(app, 'privacy@vitrine.localhost', undefined, { totp: code })).json().code, 'access.totp_invalid', 'a code works once');
    assert.equal((await signIn(app, 'privacy@vitrine.localhost', 'wrong-password-9', { totp: code })).json().code, 'access.invalid_credentials');
  });

  it('refuses a second enrolment while one is in force', async () => {
    const staff = await signedIn(app, 'moderation@vitrine.localhost');
    const { secret } = (await staff.call('POST', '/api/admin/session/totp')).json();
    const enrolled = browser(app, await staff.call('POST', '/api/admin/session/totp/confirm', { code: totpCodeAt(secret, clock.now()) }));
    const response = await enrolled.call('POST', '/api/admin/session/totp');
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().code, 'access.totp_already_enrolled');
  });
});
