import type { RouterContextProvider } from "react-router";
import { readConsentCookie, sendsGlobalPrivacyControl } from "./consent-cookie";
import { fetchCookieNoticeVersion } from "./privacy-api.server";

/** What every page needs to know to ask for cookie consent, or not. */
export interface CookieConsentState {
  /** True while the visitor has no decision under the notice in force. */
  needed: boolean;
  /** The notice in force, shown in the banner and quoted by the decision. */
  noticeVersion: string | null;
  /** The browser sends Sec-GPC: 1, so marketing stays off. */
  gpc: boolean;
}

/**
 * Reads the consent cookie and compares its version with the notice in
 * force: a decision under an older notice asks again. The cookie is not
 * checked against the ledger here (a forged one only hides the banner from
 * whoever forged it); pages that act on the choices read the ledger.
 */
export async function resolveCookieConsentState(request: Request, context: Readonly<RouterContextProvider>): Promise<CookieConsentState> {
  const noticeVersion = (await fetchCookieNoticeVersion(context)) ?? null;
  const cookie = readConsentCookie(request.headers.get("cookie"));
  const needed = !cookie || (noticeVersion !== null && cookie.noticeVersion !== noticeVersion);
  return { needed, noticeVersion, gpc: sendsGlobalPrivacyControl(request) };
}
