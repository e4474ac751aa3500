import type { PlainMessageKey, Translate } from "../i18n/translate";

/**
 * Names for the codes the catalogue API sends (origins, colours): the API gives codes, each
 * language names them. A code this table does not know is shown as it is, tidied.
 */
const ORIGINS: Record<string, PlainMessageKey> = {
  HK: "catalogue.origin.HK",
  CN: "catalogue.origin.CN",
  EU: "catalogue.origin.EU",
  US: "catalogue.origin.US",
  JP: "catalogue.origin.JP",
};

export function originKey(origin: string): PlainMessageKey {
  return ORIGINS[origin] ?? "catalogue.origin.other";
}

const COLOURS: Record<string, PlainMessageKey> = {
  black: "catalogue.colour.black",
  white: "catalogue.colour.white",
  ivory: "catalogue.colour.ivory",
  cream: "catalogue.colour.cream",
  beige: "catalogue.colour.beige",
  sand: "catalogue.colour.sand",
  camel: "catalogue.colour.camel",
  tan: "catalogue.colour.tan",
  brown: "catalogue.colour.brown",
  chocolate: "catalogue.colour.chocolate",
  grey: "catalogue.colour.grey",
  charcoal: "catalogue.colour.charcoal",
  silver: "catalogue.colour.silver",
  gold: "catalogue.colour.gold",
  navy: "catalogue.colour.navy",
  blue: "catalogue.colour.blue",
  green: "catalogue.colour.green",
  olive: "catalogue.colour.olive",
  burgundy: "catalogue.colour.burgundy",
  red: "catalogue.colour.red",
  pink: "catalogue.colour.pink",
  blush: "catalogue.colour.blush",
  purple: "catalogue.colour.purple",
  yellow: "catalogue.colour.yellow",
  orange: "catalogue.colour.orange",
  multi: "catalogue.colour.multi",
  forest: "catalogue.colour.forest",
  cognac: "catalogue.colour.cognac",
  sky: "catalogue.colour.sky",
  taupe: "catalogue.colour.taupe",
  "yellow gold": "catalogue.colour.yellowGold",
  "rose gold": "catalogue.colour.roseGold",
  "white gold": "catalogue.colour.whiteGold",
  amber: "catalogue.colour.amber",
  steel: "catalogue.colour.steel",
  rouge: "catalogue.colour.rouge",
  berry: "catalogue.colour.berry",
  coral: "catalogue.colour.coral",
  nude: "catalogue.colour.nude",
  honey: "catalogue.colour.honey",
  tortoiseshell: "catalogue.colour.tortoiseshell",
};

/** Colour codes compared as written in any case, with single spaces ("Yellow gold", "rose-gold"). */
const normalColour = (code: string) => code.trim().toLowerCase().replace(/[-_\s]+/g, " ");

/** "Black" → "Black" / "黑色"; an unknown code "sea-glass" → "Sea glass". */
export function colourName(t: Translate, code: string): string {
  const key = COLOURS[normalColour(code)];
  if (key) return t(key);
  const words = code.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The swatch class of a colour code (the palette lives in storefront.css). */
export function swatchClass(code: string): string {
  const known = COLOURS[normalColour(code)] ? normalColour(code).replace(/ /g, "-") : "other";
  return `swatch swatch--${known}`;
}
