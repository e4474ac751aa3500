import type { RouterContextProvider } from "react-router";
import { api } from "../api/server-api";
import { CONSENT_COOKIE, type CookieCategories } from "./consent-cookie";

/**
 * The web app's client for the privacy API, through the in-process bridge. Cookie decisions
 * are anonymous by nature: only the consent cookie is passed on, never the session, so the
 * banner works the same for visitors and signed-in customers.
 */
export interface RecordedConsent {
  id: string;
  noticeVersion: string;
  categories: CookieCategories;
  gpc: boolean;
  supersedes: string | null;
  decidedAt: string;
}

type Context = Readonly<RouterContextProvider>;

const NOTICE_CACHE_MS = 60_000;
let noticeCache: { version: string; expiresAt: number } | undefined;

/**
 * The cookie notice in force. Every page needs it (to know whether to ask), so it is kept for a
 * minute per process rather than fetched per page; a new notice is asked about within a minute.
 */
export async function fetchCookieNoticeVersion(context: Context): Promise<string | undefined> {
  if (noticeCache && noticeCache.expiresAt > Date.now()) return noticeCache.version;
  const response = await api(context)("/privacy/cookie-notice", { onlyCookies: [] });
  // The page still renders (with the banner) when the API cannot answer.
  if (!response.ok) return undefined;
  const { version } = (await response.json()) as { version: string };
  noticeCache = { version, expiresAt: Date.now() + NOTICE_CACHE_MS };
  return version;
}

/** The decision this browser's cookie points to, or null when it has none the ledger confirms. */
export async function fetchCurrentConsent(context: Context): Promise<RecordedConsent | null> {
  const response = await api(context)("/privacy/cookie-consents/current", { onlyCookies: [CONSENT_COOKIE] });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Privacy API answered ${response.status} for the current consent`);
  return (await response.json()) as RecordedConsent;
}

export type RecordOutcome =
  | { ok: true; consent: RecordedConsent; setCookies: string[] }
  | { ok: false; status: number; code: string | undefined };

/**
 * Records a decision. The bridge forwards what the API judges by (the GPC signal, the Origin,
 * so a form posted from another site is refused, and the user agent); the API's Set-Cookie
 * comes back for the caller to relay to the browser.
 */
export async function recordCookieDecision(
  context: Context,
  decision: { noticeVersion: string; categories: CookieCategories },
): Promise<RecordOutcome> {
  const response = await api(context)("/privacy/cookie-consents", { method: "POST", body: decision, onlyCookies: [CONSENT_COOKIE] });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { code?: string };
    return { ok: false, status: response.status, code: problem.code };
  }
  return { ok: true, consent: (await response.json()) as RecordedConsent, setCookies: response.headers.getSetCookie() };
}
