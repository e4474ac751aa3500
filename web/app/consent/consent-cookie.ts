import { readCookie } from "../preferences/cookies";

/**
 * The cookie the API sets after a decision: `<consentId>.<noticeVersion>`
 * and nothing else (what was chosen stays in the server's ledger).
 */
export const CONSENT_COOKIE = "vitrine_consent";

/** The optional categories a visitor may allow; "necessary" is always on. */
export const OPTIONAL_CATEGORIES = ["preferences", "analytics", "marketing"] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];
export type CookieCategories = Record<OptionalCategory, boolean>;

export interface ConsentCookie {
  consentId: string;
  noticeVersion: string;
}

/** Reads the consent cookie from a Cookie header; undefined when absent or not of our making. */
export function readConsentCookie(cookieHeader: string | null): ConsentCookie | undefined {
  const value = readCookie(cookieHeader, CONSENT_COOKIE);
  const match = value ? /^(cc_[0-9a-z]{26})\.([0-9A-Za-z._-]{1,32})$/.exec(value) : null;
  return match ? { consentId: match[1]!, noticeVersion: match[2]! } : undefined;
}

/** The browser's Global Privacy Control signal (`Sec-GPC: 1`). */
export function sendsGlobalPrivacyControl(request: Request): boolean {
  return request.headers.get("sec-gpc") === "1";
}
