import type { Dictionary, MessageKey, en } from "./dictionaries/en";

/** The `{name}` placeholders of a message literal, as a union of names. */
export type PlaceholdersOf<Message extends string> =
  Message extends `${string}{${infer Name}}${infer Rest}`
    ? Name | PlaceholdersOf<Rest>
    : never;

type EnglishPlaceholders<Key extends MessageKey> = PlaceholdersOf<(typeof en)[Key]>;

type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Maps each message of a translation to itself when it uses exactly the
 * placeholders of the English message, and to `never` otherwise; keys the
 * English dictionary does not define also become `never`.
 */
type CheckedTranslation<Messages extends Dictionary> = {
  [Key in keyof Messages]: Key extends MessageKey
    ? SameUnion<PlaceholdersOf<Messages[Key]>, EnglishPlaceholders<Key>> extends true
      ? Messages[Key]
      : never
    : never;
};

/**
 * Declares a translation. A missing key, an unknown key, or a message that
 * forgets or invents a `{placeholder}` is a type error, so a translation
 * cannot silently drop an amount or a name.
 */
export function defineTranslation<const Messages extends Dictionary>(
  messages: Messages & CheckedTranslation<Messages>,
): Dictionary {
  return messages;
}
