import { numberFormat } from "./intl-cache";
import { INTL_LOCALE, type Locale } from "./locales";

/** 0.1 → "10%" with the reader's conventions. */
export function formatPercent(fraction: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], { style: "percent" }).format(fraction);
}
