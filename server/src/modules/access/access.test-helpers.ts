import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { ManualClock } from '../../kernel/clock.ts';
import { totpCodeAt } from './access.totp.ts';
import { DEMO_PASSWORD } from './use-cases/demo-accounts.ts';

export { DEMO_PASSWORD };

/** The demo accounts (one per role, and a supplier), loaded as the demo set does. */
export async function seedAccounts(app: FastifyInstance): Promise<void> {
  await app.platform.runUseCase({ kind: 'system', job: 'test' }, 'seed', (ctx) => app.platform.modules.access.seedDemoAccounts(ctx));
}

export interface Browser {
  cookie: string;
  csrfToken: string;
  body: Record<string, any>;
  /** A request with the session cookie, and the CSRF token unless `csrf: false`. */
  call(method: InjectOptions['method'], url: string, payload?: object, options?: { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

export function sessionCookie(response: LightMyRequestResponse, name: string): string | undefined {
  const cookie = response.cookies.find((c) => c.name === name && c.value);
  return cookie ? `${cookie.name}=${cookie.value}` : undefined;
}

export function browser(app: FastifyInstance, response: LightMyRequestResponse, cookieName = 'vitrine_staff'): Browser {
  if (response.statusCode !== 200) throw new Error(`Sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookie(response, cookieName)!;
  const body = response.json();
  return {
    cookie,
    csrfToken: body.csrfToken,
    body,
    call: (method, url, payload, options = {}) =>
      app.inject({ method, url, payload, headers: { cookie, ...(options.csrf === false ? {} : { 'x-csrf-token': body.csrfToken }) } }),
  };
}

export function signIn(app: FastifyInstance, email: string, password = DEMO_PASSWORD, extra: object = {}, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password, ...extra }, headers });
}

export async function signedIn(app: FastifyInstance, email: string): Promise<Browser> {
  return browser(app, await signIn(app, email));
}

/** Signs the demo owner in and enrols an authenticator; returns the rotated session and the secret. */
export async function enrolledOwner(app: FastifyInstance, clock: ManualClock): Promise<Browser & { secret: string }> {
  const first = await signedIn(app, 'owner@vitrine.localhost');
  const { secret } = (await first.call('POST', '/api/admin/session/totp')).json();
  const confirmed = await first.call('POST', '/api/admin/session/totp/confirm', { code: totpCodeAt(secret, clock.now()) });
  // The next code belongs to the next 30-second step: the one just used cannot be used again.
  clock.advance(30_000);
  return { ...browser(app, confirmed), secret };
}
