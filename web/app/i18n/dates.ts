import { dateTimeFormat } from "./intl-cache";
import { INTL_LOCALE, SHOP_TIME_ZONE, type Locale } from "./locales";

/**
 * Dates are always shown in the shop's zone, so that "delivered on 3 March"
 * means the same day for the client, the courier and the server, wherever the
 * code happens to run (server render or browser).
 */
export function formatDate(
  date: Date,
  locale: Locale,
  style: "long" | "medium" | "short" = "long",
): string {
  return dateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: style,
    timeZone: SHOP_TIME_ZONE,
  }).format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return dateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: SHOP_TIME_ZONE,
  }).format(date);
}

/** The calendar year in Hong Kong, e.g. for the copyright line. */
export function shopYear(date: Date): number {
  const year = dateTimeFormat("en", { year: "numeric", timeZone: SHOP_TIME_ZONE })
    .formatToParts(date)
    .find((part) => part.type === "year")?.value;
  return Number(year);
}
