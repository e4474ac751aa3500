import { exponentOf, isCurrencyCode } from '../../kernel/money.ts';

export const BASE_CURRENCY = 'HKD';

/**
 * Converts an HKD amount in minor units at a rate given in millionths of the currency per 1 HKD,
 * rounding half up to the currency's minor unit. Exact integer arithmetic: no float ever sees money.
 */
export function convertFromHkd(hkdMinor: bigint, perHkdMicros: bigint, currency: string): bigint {
  if (!isCurrencyCode(currency)) throw new RangeError(`Unknown currency ${currency}`);
  const numerator = hkdMinor * perHkdMicros * 10n ** BigInt(exponentOf(currency));
  const denominator = 10n ** BigInt(exponentOf('HKD')) * 1_000_000n;
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** The inverse, for turning a price filter in a converted currency into HKD bounds (rounded down). */
export function convertToHkd(minor: bigint, perHkdMicros: bigint, currency: string): bigint {
  if (!isCurrencyCode(currency)) throw new RangeError(`Unknown currency ${currency}`);
  return (minor * 10n ** BigInt(exponentOf('HKD')) * 1_000_000n) / (perHkdMicros * 10n ** BigInt(exponentOf(currency)));
}
