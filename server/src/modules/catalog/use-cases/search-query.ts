import type { Ctx } from '../../../kernel/context.ts';
import { listingsRepository as listings } from '../catalog.listings.repository.ts';
import { hanQueryTokens, latinQueryGroups, latinWords, toTsqueryText } from '../catalog.search.ts';

export interface ParsedSearch {
  tsquery: { latin: string | null; han: string | null };
  /** The words searched for after spelling correction, to show "results for …". */
  understood: string;
  /** Nothing searchable was typed (only punctuation): no results, without asking the database. */
  empty: boolean;
}

const MAX_WORDS = 8;

/**
 * Turns what a customer typed into a full-text query: Latin words checked against the
 * catalogue's dictionary (a misspelt word also matches its nearest known word, two words the
 * catalogue writes as one match that word), Chinese as pairs of characters.
 */
export async function parseSearch(ctx: Ctx, q: string): Promise<ParsedSearch> {
  const words = latinWords(q).slice(0, MAX_WORDS);
  const han = hanQueryTokens(q).slice(0, MAX_WORDS * 2);
  const pairs = words.slice(0, -1).map((w, i) => w + words[i + 1]);
  const known = await listings.knownTerms(ctx.tx, [...words, ...pairs]);
  const corrections = new Map<string, string>();
  for (const word of words) {
    // Short words and numbers are too ambiguous to correct.
    if (known.has(word) || word.length < 4 || /^\d+$/.test(word)) continue;
    const nearest = await listings.nearestTerm(ctx.tx, word);
    if (nearest) corrections.set(word, nearest);
  }
  const groups = latinQueryGroups(words, known, corrections);
  const understood = groups.map((g) => (g.length > 1 && g[1]!.length === 1 && g[0]!.length === 1 ? g[1]![0]! : g[0]!.join(''))).join(' ');
  return {
    tsquery: { latin: groups.length ? toTsqueryText(groups) : null, han: han.length ? han.join(' & ') : null },
    understood: [understood, q.match(/\p{Script=Han}+/gu)?.join(' ') ?? ''].filter(Boolean).join(' '),
    empty: groups.length === 0 && han.length === 0,
  };
}
