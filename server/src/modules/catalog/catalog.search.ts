/**
 * Text for the catalogue's full-text search, in English and Chinese.
 *
 * PostgreSQL's parsers do not split Chinese into words, and whether they keep Han characters at
 * all depends on the server's locale. So Chinese text is indexed as its characters and the
 * pairs of neighbouring characters (the usual n-gram answer for a language without spaces), each
 * written as an ASCII token (`zh` + code points in hex) that every parser keeps as it is.
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Lower case, without accents ("Aurèle" finds "aurele" and the other way round). */
export function foldLatin(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** The Latin words of a text, folded, for the spelling dictionary and queries. */
export function latinWords(text: string): string[] {
  return foldLatin(text.replace(HAN_RUN, ' ')).match(/[a-z0-9]+/g) ?? [];
}

const hanToken = (chars: string): string => `zh${[...chars].map((c) => c.codePointAt(0)!.toString(16)).join('')}`;

/** Index tokens of the Chinese in a text: every character and every neighbouring pair. */
export function hanIndexTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      tokens.add(hanToken(c));
      if (i + 1 < chars.length) tokens.add(hanToken(c + chars[i + 1]));
    });
  }
  return [...tokens];
}

/** Query tokens of the Chinese in a query: its pairs (all must match), or the lone character. */
export function hanQueryTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) tokens.push(hanToken(chars[0]!));
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(hanToken(chars[i]! + chars[i + 1]!));
  }
  return tokens;
}

export const hasHan = (text: string): boolean => HAN.test(text);

/**
 * One group of a search: alternatives of which one must match. "hand bag" becomes
 * [handbag | hand & bag]; a misspelt word becomes [word | correction].
 */
export type QueryGroup = string[][];

/**
 * Builds the groups of a Latin query, given what the dictionary knows: `known` says whether a
 * word is in the catalogue, `corrections` maps a word to its nearest known word.
 */
export function latinQueryGroups(words: readonly string[], known: ReadonlySet<string>, corrections: ReadonlyMap<string, string>): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    // Two words the catalogue writes as one ("hand bag" for "handbag").
    if (next !== undefined && known.has(word + next) && !(known.has(word) && known.has(next))) {
      groups.push([[word + next], [word, next]]);
      i++;
      continue;
    }
    const correction = corrections.get(word);
    groups.push(correction && correction !== word ? [[word], [correction]] : [[word]]);
  }
  return groups;
}

/** A tsquery text for to_tsquery from groups of plain [a-z0-9] words (nothing else can reach it). */
export function toTsqueryText(groups: readonly QueryGroup[]): string {
  return groups.map((g) => `(${g.map((alt) => alt.map((w) => `${w}:*`).join(' & ')).join(' | ')})`).join(' & ');
}
