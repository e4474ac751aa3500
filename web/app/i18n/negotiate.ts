import { CURRENCY_COOKIE, LANG_COOKIE, readCookie, ZONE_COOKIE } from "../preferences/cookies";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { DEFAULT_CURRENCY, isDisplayCurrency, type DisplayCurrency } from "./money";
import { defaultZoneFor, isDeliveryZone, type DeliveryZone } from "./zones";

/**
 * Maps one Accept-Language tag to a supported locale. Chinese is split by
 * script: an explicit script subtag wins, then the region (Taiwan, Hong Kong
 * and Macau write Traditional), and a bare "zh" falls back to Simplified,
 * which is what browsers configured for mainland China usually send.
 */
export function localeForLanguageTag(tag: string): Locale | undefined {
  const subtags = tag.toLowerCase().split(/[-_]/);
  const [language, ...rest] = subtags;
  if (language === "en") return "en";
  if (language !== "zh") return undefined;
  if (rest.includes("hant")) return "zh-Hant";
  if (rest.includes("hans")) return "zh-Hans";
  if (rest.some((subtag) => subtag === "tw" || subtag === "hk" || subtag === "mo")) {
    return "zh-Hant";
  }
  return "zh-Hans";
}

/** Parses "zh-TW,zh;q=0.9,en;q=0.8" into tags ordered by preference. */
function languageTagsByPreference(header: string): string[] {
  return header
    .split(",")
    .map((entry, position) => {
      const [tag = "", ...parameters] = entry.trim().split(";");
      const qParameter = parameters.find((p) => p.trim().startsWith("q="));
      const quality = qParameter ? Number(qParameter.trim().slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, position };
    })
    .filter(({ tag, quality }) => tag !== "" && tag !== "*" && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position)
    .map(({ tag }) => tag);
}

/** The client's explicit choice (cookie), else their browser's, else English. */
export function resolveLocale(request: Request): Locale {
  const chosen = readCookie(request.headers.get("cookie"), LANG_COOKIE);
  if (isLocale(chosen)) return chosen;
  const acceptLanguage = request.headers.get("accept-language");
  if (acceptLanguage) {
    for (const tag of languageTagsByPreference(acceptLanguage)) {
      const locale = localeForLanguageTag(tag);
      if (locale) return locale;
    }
  }
  return DEFAULT_LOCALE;
}

/** The client's chosen display currency, else Hong Kong dollars. */
export function resolveCurrency(request: Request): DisplayCurrency {
  const chosen = readCookie(request.headers.get("cookie"), CURRENCY_COOKIE);
  return isDisplayCurrency(chosen) ? chosen : DEFAULT_CURRENCY;
}

/** The delivery zone the client chose, else the default for their language. */
export function resolveZone(request: Request, locale: Locale): DeliveryZone {
  const chosen = readCookie(request.headers.get("cookie"), ZONE_COOKIE);
  return isDeliveryZone(chosen) ? chosen : defaultZoneFor(locale);
}
