import { createHash } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { AccountRow, AccountState } from './customers.tables.ts';

export const ADULT_AGE = 18;

/** E-mail addresses compare without case and surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A phone number in E.164 (`+85291234567`) that is a possible number of its country, or undefined. */
export function toE164(phone: string): string | undefined {
  const parsed = parsePhoneNumberFromString(phone.trim());
  return parsed?.isValid() ? parsed.number : undefined;
}

/** Age in whole years on `today` (a date in the shop's zone, `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The calendar date in a time zone, `YYYY-MM-DD`. */
export function dateIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whether a birth date is a real date in the past and not absurdly far back. */
export function isPlausibleBirthDate(birthDate: string, today: string): boolean {
  const date = new Date(`${birthDate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(birthDate) && birthDate < today && ageOn(birthDate, today) <= 120;
}

/** Hash of an identity closed for cause: enough to recognise it again, useless to read. */
export function identityHash(kind: 'email' | 'phone', value: string): string {
  return createHash('sha256').update(`${kind}:${kind === 'email' ? normaliseEmail(value) : value}`).digest('hex');
}

/** ACC-2 / ACC-8: what an account in each state may do. */
export function mayOrder(account: Pick<AccountRow, 'state'>): boolean {
  return account.state === 'active';
}

export function maySignIn(state: AccountState): boolean {
  return state === 'active' || state === 'restricted';
}

/**
 * A short, human name for a device from its user agent ("Chrome on macOS"), for the sessions
 * page and the new-device notice. Coarse on purpose: it identifies nothing by itself.
 */
export function deviceLabel(userAgent: string | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /OPR\//.test(userAgent) ? 'Opera' : /Firefox\//.test(userAgent) ? 'Firefox'
    : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : /curl|node|undici|okhttp|python/i.test(userAgent) ? 'App' : 'Browser';
  const system = /iPhone|iPad/.test(userAgent) ? 'iOS' : /Android/.test(userAgent) ? 'Android' : /Mac OS X|Macintosh/.test(userAgent) ? 'macOS'
    : /Windows/.test(userAgent) ? 'Windows' : /Linux/.test(userAgent) ? 'Linux' : 'another system';
  return `${browser} on ${system}`;
}
