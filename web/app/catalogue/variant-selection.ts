import type { VariantView } from "./views";

/**
 * Which variant a product page shows, from the address (`?colour=black&size=38`): the same rule
 * on the server (the page without JavaScript) and in the browser (a choice updates in place).
 */
export interface Selection {
  colours: string[];
  /** Sizes offered in the chosen colour, in the shop's order. */
  sizes: string[];
  colour: string | null;
  size: string | null;
  /** The variant when the choice is complete; null while a size is still to be chosen. */
  variant: VariantView | null;
  /** The variants the choice so far leaves open (the chosen colour's, or all). */
  candidates: VariantView[];
}

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

export function selectVariant(variants: readonly VariantView[], wanted: { colour: string | null; size: string | null }): Selection {
  const colours = distinct(variants.map((v) => v.colour));
  // Unchosen (or unknown), the first colour that can be delivered, else the first.
  const colour = colours.length === 0
    ? null
    : wanted.colour && colours.includes(wanted.colour)
      ? wanted.colour
      : (variants.find((v) => v.colour !== null && v.available > 0)?.colour ?? colours[0]!);
  const candidates = variants.filter((v) => v.colour === colour);
  const sizes = distinct(candidates.map((v) => v.size));
  // A piece in one size needs no choosing; otherwise the client chooses, never we for them.
  const size = sizes.length === 1 ? sizes[0]! : wanted.size && sizes.includes(wanted.size) ? wanted.size : null;
  const variant = sizes.length === 0 ? (candidates[0] ?? null) : (candidates.find((v) => v.size === size) ?? null);
  return { colours, sizes, colour, size, variant, candidates };
}

/** "Only 2 left" from this many and fewer. */
export const LOW_STOCK = 3;
