import type { FastifyInstance, InjectOptions } from 'fastify';
import { cookieFrom, type Browser } from '../../../tests/support/accounts.ts';

/** A browser's cookie jar for the bag: the guest bag cookie it holds, and a session if signed in. */
export interface Shopper {
  bagCookie: string | null;
  session: Browser | null;
}

export const guest = (): Shopper => ({ bagCookie: null, session: null });
export const customer = (session: Browser): Shopper => ({ bagCookie: null, session });

/** Calls the bag API as this shopper, and keeps (or drops) the guest bag cookie it is given. */
export async function shop(app: FastifyInstance, shopper: Shopper, method: InjectOptions['method'], url: string, payload?: object) {
  const cookies = [shopper.bagCookie, shopper.session?.cookie].filter(Boolean).join('; ');
  const headers: Record<string, string> = { ...(cookies ? { cookie: cookies } : {}), ...(shopper.session ? { 'x-csrf-token': shopper.session.csrfToken } : {}) };
  const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const setCookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const bag = setCookies.find((c) => c.startsWith('vitrine_bag='));
  if (bag) shopper.bagCookie = /vitrine_bag=;|Max-Age=0|Expires=Thu, 01 Jan 1970/.test(bag) ? null : cookieFrom(bag, 'vitrine_bag');
  return response;
}
