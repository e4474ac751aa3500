import { exponentOf, type CurrencyCode } from '../../kernel/money.ts';

/** Currencies with a price list of their own; HKD is the base. */
export const PRICE_LIST_CURRENCIES = ['HKD', 'USD', 'CNY', 'EUR', 'GBP', 'JPY'] as const satisfies readonly CurrencyCode[];

/**
 * Units of each currency per 1 HKD, in millionths (the pricing module's unit). SGD and AUD have
 * no list: their prices are shown converted and marked approximate.
 */
export const EXCHANGE_RATES: ReadonlyMap<string, bigint> = new Map([
  ['USD', 128_000n], ['CNY', 925_000n], ['EUR', 118_000n], ['GBP', 101_000n], ['JPY', 19_500_000n], ['SGD', 172_000n], ['AUD', 196_000n],
]);

/** Houses price some markets a little above the exchange rate (duties, local service). */
const MARKET_PREMIUM: Record<(typeof PRICE_LIST_CURRENCIES)[number], number> = { HKD: 1, USD: 1, CNY: 1.04, EUR: 1.02, GBP: 1, JPY: 1.05 };

export interface PriceDraft {
  currency: string;
  amount: bigint;
  compareAt: bigint | null;
}

/** A price as a luxury house writes it: HK$24,900 rather than HK$24,873; ¥512,000 rather than ¥511,766. */
export function pricePoint(major: number, currency: CurrencyCode): number {
  const step = currency === 'JPY' ? (major >= 10_000 ? 1_000 : 100)
    : currency === 'CNY' || currency === 'HKD' ? (major >= 1_000 ? 100 : 10)
    : major >= 1_000 ? 10 : 5;
  return Math.max(step, Math.round(major / step) * step);
}

/**
 * The variant's price in every list, from its HKD price in whole dollars; with a markdown the
 * former price becomes the compare-at price and the price is marked down by `markdown` (0.3 = 30 %).
 */
export function listPrices(hkdMajor: number, markdown: number | null): PriceDraft[] {
  return PRICE_LIST_CURRENCIES.map((currency) => {
    const rate = currency === 'HKD' ? 1 : Number(EXCHANGE_RATES.get(currency)!) / 1_000_000;
    const full = pricePoint(hkdMajor * rate * MARKET_PREMIUM[currency], currency);
    const minor = (major: number) => BigInt(major) * 10n ** BigInt(exponentOf(currency));
    if (markdown === null) return { currency, amount: minor(full), compareAt: null };
    const reduced = Math.min(pricePoint(full * (1 - markdown), currency), full - 1);
    return { currency, amount: minor(reduced), compareAt: minor(full) };
  });
}
