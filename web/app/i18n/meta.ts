import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

interface MatchWithData {
  id: string;
  loaderData?: unknown;
}

/**
 * `meta` functions run outside React, so they cannot use useI18n(); they read
 * the locale the root loader resolved from the route matches instead.
 */
export function translatorFromMatches(
  matches: ReadonlyArray<MatchWithData | undefined>,
): { locale: Locale; t: Translate } {
  const rootData = matches.find((match) => match?.id === "root")?.loaderData;
  const candidate =
    rootData && typeof rootData === "object" && "locale" in rootData ? rootData.locale : undefined;
  const locale = isLocale(candidate) ? candidate : DEFAULT_LOCALE;
  return { locale, t: createTranslator(locale) };
}
