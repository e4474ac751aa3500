import { redirect } from "react-router";
import { isLocale } from "../i18n/locales";
import { isDisplayCurrency } from "../i18n/money";
import { isDeliveryZone } from "../i18n/zones";
import { CURRENCY_COOKIE, LANG_COOKIE, serializePreferenceCookie, ZONE_COOKIE } from "../preferences/cookies";
import { safeNextPath } from "../preferences/safe-next-path";
import type { Route } from "./+types/preferences";

/**
 * GET /preferences?lang=zh-Hant&next=/bags (or ?currency=USD, ?zone=CN). Works from a
 * plain link or form, without JavaScript. Cookies are written only for values
 * on our allow-lists; unknown values are ignored, never echoed back.
 */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const secure = url.protocol === "https:";
  const headers = new Headers({ "Cache-Control": "no-store" });

  const lang = url.searchParams.get("lang");
  if (isLocale(lang)) {
    headers.append("Set-Cookie", serializePreferenceCookie(LANG_COOKIE, lang, { secure }));
  }
  const currency = url.searchParams.get("currency");
  if (isDisplayCurrency(currency)) {
    headers.append("Set-Cookie", serializePreferenceCookie(CURRENCY_COOKIE, currency, { secure }));
  }
  const zone = url.searchParams.get("zone");
  if (isDeliveryZone(zone)) {
    headers.append("Set-Cookie", serializePreferenceCookie(ZONE_COOKIE, zone, { secure }));
  }

  // 303: "see other" with GET, whatever method reached us.
  return redirect(safeNextPath(url.searchParams.get("next")), { status: 303, headers });
}
