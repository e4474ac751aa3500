/**
 * The storefront's supported languages. The values double as cookie values
 * (`lang=zh-Hant`) and as the `<html lang>` attribute, so they are BCP 47 tags.
 */
export const SUPPORTED_LOCALES = ["en", "zh-Hant", "zh-Hans"] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

/**
 * The regional tag handed to Intl. The house trades from Hong Kong, so English
 * and Traditional Chinese use Hong Kong conventions; Simplified Chinese serves
 * mainland clients, where CNY is written "¥".
 */
export const INTL_LOCALE: Record<Locale, string> = {
  en: "en-HK",
  "zh-Hant": "zh-Hant-HK",
  "zh-Hans": "zh-Hans-CN",
};

/**
 * Each language is named in itself in the language switcher, so a reader who
 * cannot read the current page can still find their own language. These are
 * the same in every dictionary, which is why they live here and not in one.
 */
export const LOCALE_ENDONYM: Record<Locale, string> = {
  en: "English",
  "zh-Hant": "繁體中文",
  "zh-Hans": "简体中文",
};

/** Every date the shop shows is in the shop's own zone, never the server's. */
export const SHOP_TIME_ZONE = "Asia/Hong_Kong";
