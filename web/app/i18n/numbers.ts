import { INTL_LOCALE, type Locale } from "./locales";

/** 0.1 → "10%" with the reader's conventions. */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent" }).format(fraction);
}
