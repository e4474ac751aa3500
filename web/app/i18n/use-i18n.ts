import { useMemo } from "react";
import { useRouteLoaderData } from "react-router";
import type { loader as rootLoader } from "../root";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { DEFAULT_CURRENCY, type DisplayCurrency } from "./money";
import { createTranslator, type Translate } from "./translate";
import { defaultZoneFor, type DeliveryZone } from "./zones";

export interface I18n {
  locale: Locale;
  /** The currency the client chose to browse in. */
  currency: DisplayCurrency;
  /** Where the client wants goods delivered (delivery estimates). */
  zone: DeliveryZone;
  t: Translate;
}

/**
 * The reader's language and currency, as resolved once per request on the
 * server. Falls back to English/HKD only when the root loader itself failed
 * (the root ErrorBoundary still needs words to explain that).
 *
 * Intl output (prices, dates) is best formatted in loaders, on the server:
 * browsers ship different ICU data than Node, and a one-character difference
 * between server HTML and hydration would force React to re-render the page.
 */
export function useI18n(): I18n {
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  const currency = rootData?.currency ?? DEFAULT_CURRENCY;
  const zone = rootData?.zone ?? defaultZoneFor(locale);
  return useMemo(() => ({ locale, currency, zone, t: createTranslator(locale) }), [locale, currency, zone]);
}
