import { createContext, type MiddlewareFunction } from "react-router";
import type { Locale } from "./locales";
import type { DisplayCurrency } from "./money";
import { resolveCurrency, resolveLocale } from "./negotiate";

export interface RequestPreferences {
  locale: Locale;
  currency: DisplayCurrency;
}

/** Holds the reader's preferences for the duration of one server request. */
export const requestPreferencesContext = createContext<RequestPreferences>();

/**
 * Root middleware: resolves language and currency once per request, before
 * any loader runs, so the root loader (which hands them to the UI) and any
 * other loader formatting text for the reader agree on the same values.
 */
export const resolveRequestPreferences: MiddlewareFunction<Response> = ({ request, context }) => {
  context.set(requestPreferencesContext, {
    locale: resolveLocale(request),
    currency: resolveCurrency(request),
  });
};
