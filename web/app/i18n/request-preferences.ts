import { createContext, type MiddlewareFunction } from "react-router";
import type { Locale } from "./locales";
import type { DisplayCurrency } from "./money";
import { resolveCurrency, resolveLocale, resolveZone } from "./negotiate";
import type { DeliveryZone } from "./zones";

export interface RequestPreferences {
  locale: Locale;
  currency: DisplayCurrency;
  /** Where goods would be delivered, for delivery estimates. */
  zone: DeliveryZone;
}

/** Holds the reader's preferences for the duration of one server request. */
export const requestPreferencesContext = createContext<RequestPreferences>();

/**
 * Root middleware: resolves language, currency and delivery zone once per request, before
 * any loader runs, so the root loader (which hands them to the UI) and any
 * other loader formatting text for the reader agree on the same values.
 */
export const resolveRequestPreferences: MiddlewareFunction<Response> = ({ request, context }) => {
  const locale = resolveLocale(request);
  context.set(requestPreferencesContext, {
    locale,
    currency: resolveCurrency(request),
    zone: resolveZone(request, locale),
  });
};
