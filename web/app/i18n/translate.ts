import { en, type Dictionary, type MessageKey } from "./dictionaries/en";
import { zhHans } from "./dictionaries/zh-Hans";
import { zhHant } from "./dictionaries/zh-Hant";
import type { Locale } from "./locales";
import type { PlaceholdersOf } from "./placeholders";

const DICTIONARIES: Record<Locale, Dictionary> = {
  en,
  "zh-Hant": zhHant,
  "zh-Hans": zhHans,
};

/** Keys whose message takes no params: usable from data tables with t(key). */
export type PlainMessageKey = {
  [Key in MessageKey]: [PlaceholdersOf<(typeof en)[Key]>] extends [never] ? Key : never;
}[MessageKey];

export type MessageParams<Key extends MessageKey> = Record<
  PlaceholdersOf<(typeof en)[Key]>,
  string | number
>;

/**
 * A message with placeholders requires its params; one without forbids them.
 * The English text is the source of truth for which placeholders exist.
 */
type TranslateArgs<Key extends MessageKey> = [
  PlaceholdersOf<(typeof en)[Key]>,
] extends [never]
  ? []
  : [params: MessageParams<Key>];

export type Translate = <Key extends MessageKey>(
  key: Key,
  ...args: TranslateArgs<Key>
) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

export function createTranslator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, ...args) => {
    const message: string = dictionary[key];
    const params = args[0] as Record<string, string | number> | undefined;
    if (!params) return message;
    // An unknown placeholder is left visible rather than silently dropped, so
    // a translation mistake shows up in review instead of hiding text.
    return message.replace(PLACEHOLDER, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
