import { money, percentOf, type CurrencyCode } from '../../kernel/money.ts';
import type { DeliveryRateRow, DutyRuleRow, RateBand } from './pricing.tables.ts';

/**
 * Delivery fees and duty estimates, as pure functions. Rates are kept in HKD, the shop's base
 * currency, and converted at the stored exchange rate when the bag is priced in another list
 * currency (the same rate the storefront shows converted prices with). Thresholds (free delivery,
 * value bands, de-minimis values) are compared in HKD, so a threshold means the same everywhere.
 */

/** The fee of the first band the measure fits in (grams, or HKD minor units of value); null when none does. */
export function bandFee(bands: readonly RateBand[], measure: number): number | null {
  const band = bands.find((b) => b.upTo === null || measure <= b.upTo);
  return band ? band.amount : null;
}

/** Bands must rise, and only the last may be open-ended. */
export function bandsInOrder(bands: readonly RateBand[]): boolean {
  return bands.every((band, index) => {
    if (band.upTo === null) return index === bands.length - 1;
    const next = bands[index + 1];
    return next === undefined || next.upTo === null || next.upTo > band.upTo;
  });
}

export interface DeliveryFacts {
  /** The whole bag's weight, in grams. */
  weightGrams: number;
  /** What the customer pays for the goods (after discounts), in HKD minor units. */
  valueHkd: number;
}

/**
 * The fee in HKD minor units and the free-delivery threshold; null fee when the bag fits no band
 * (too heavy for the method). Free from the threshold on, compared with the value after discounts.
 */
export function deliveryFeeHkd(rate: DeliveryRateRow, facts: DeliveryFacts): { feeHkd: number; free: boolean } | null {
  const feeHkd = bandFee(rate.bands, rate.basis === 'weight' ? facts.weightGrams : facts.valueHkd);
  if (feeHkd === null) return null;
  const free = rate.free_from_hkd !== null && facts.valueHkd >= Number(rate.free_from_hkd);
  return { feeHkd, free };
}

/**
 * Import duties and taxes likely due on arrival for the cross-border goods, in the quote's
 * currency: nothing at or below the zone's de-minimis value, else the zone's rate on the goods.
 * An estimate shown before the order; the carrier collects the real amount.
 */
export function dutiesEstimate(rule: DutyRuleRow, goods: { amount: number; valueHkd: number }, currency: CurrencyCode): { amount: number; estimate: true; note: string } {
  if (goods.valueHkd <= Number(rule.de_minimis_hkd)) {
    return { amount: 0, estimate: true, note: `${rule.note} Goods of this value usually enter without duties.` };
  }
  return { amount: percentOf(money(goods.amount, currency), rule.rate_basis_points / 100).amount, estimate: true, note: rule.note };
}
