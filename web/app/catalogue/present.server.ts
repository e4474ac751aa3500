import { CURRENCY_EXPONENT, formatMoney, type CurrencyCode } from "../i18n/money";
import type { Locale } from "../i18n/locales";
import type { Facets, Price, ProductCard } from "./catalog-types";
import type { CardView, PriceRangeView, PriceView } from "./views";

function isCurrencyCode(value: string): value is CurrencyCode {
  return value in CURRENCY_EXPONENT;
}

/** An amount in minor units of `currency`, as the reader writes money. */
export function formatAmount(minor: number, currency: string, locale: Locale): string {
  if (isCurrencyCode(currency)) return formatMoney(minor, currency, locale, { trimWholeAmounts: true });
  // A currency the web app has no exponent for still shows, in its ISO code.
  return `${currency} ${minor}`;
}

export function presentPrice(price: Price | null, locale: Locale): PriceView | null {
  if (!price) return null;
  // A converted price is a guide ("≈"): shown in whole units, not to the cent.
  const unit = price.approximate && isCurrencyCode(price.currency) ? 10 ** CURRENCY_EXPONENT[price.currency] : 1;
  return {
    amount: price.amount,
    text: formatAmount(Math.round(price.amount / unit) * unit, price.currency, locale),
    was: price.compareAt !== null && price.compareAt > price.amount ? formatAmount(price.compareAt, price.currency, locale) : null,
    approximate: price.approximate,
  };
}

export function presentCards(cards: readonly ProductCard[], locale: Locale): CardView[] {
  return cards.map((card) => ({ ...card, price: presentPrice(card.price, locale) }));
}

/**
 * Price bands for the price facet, from the listing's cheapest to its dearest piece: up to four,
 * their bounds at round amounts (1, 2 or 5 times a power of ten) so the links read naturally.
 * The API has no counts per band, so none are shown.
 */
export function priceRanges(
  price: Facets["price"],
  chosen: { min: number | null; max: number | null },
  locale: Locale,
): PriceRangeView[] {
  if (price.min === null || price.max === null || price.max <= price.min) return [];
  const unit = 10 ** (isCurrencyCode(price.currency) ? CURRENCY_EXPONENT[price.currency] : 2);
  const edges: number[] = [];
  const ratio = price.max / Math.max(price.min, unit);
  for (let step = 1; step < 4; step++) {
    const raw = Math.max(price.min, unit) * ratio ** (step / 4);
    const edge = roundAmount(raw / unit) * unit;
    if (edge > price.min && edge < price.max && !edges.includes(edge)) edges.push(edge);
  }
  const bounds = [null, ...edges, null];
  const text = (v: number | null) => (v === null ? null : formatAmount(v, price.currency, locale));
  return bounds.slice(0, -1).map((min, i) => {
    const upper = bounds[i + 1] ?? null;
    // Bounds are inclusive in the API: a band stops one minor unit below the next one's start.
    const max = upper === null ? null : upper - 1;
    return { min, max, minText: text(min), maxText: text(upper), selected: chosen.min === min && chosen.max === max };
  });
}

/** The nearest of 1, 2 or 5 times a power of ten (500, 1,000, 2,000, 5,000 …). */
function roundAmount(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(value, 1)));
  const leading = value / power;
  return (leading < 1.5 ? 1 : leading < 3.5 ? 2 : leading < 7.5 ? 5 : 10) * power;
}
