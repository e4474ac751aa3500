/**
 * Money is an integer count of the currency's minor unit (cents, fen) with its ISO 4217 code.
 * Never a float, never a decimal string: sums and splits stay exact.
 */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

/** ISO 4217 minor-unit exponents of the currencies a cross-border shop meets. */
const EXPONENTS = {
  HKD: 2, CNY: 2, USD: 2, EUR: 2, GBP: 2, CHF: 2, AUD: 2, CAD: 2, SGD: 2, TWD: 2, MOP: 2, AED: 2,
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0,
  BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3,
} as const;

export type CurrencyCode = keyof typeof EXPONENTS;

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.hasOwn(EXPONENTS, code);
}

export function exponentOf(currency: CurrencyCode): number {
  return EXPONENTS[currency];
}

export function money(amount: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amount must be a safe integer of minor units, got ${amount}`);
  return { amount, currency };
}

/** Reads a decimal amount as written by a person ("400", "1234.5") into minor units, exactly. */
export function parseMajor(text: string, currency: CurrencyCode): Money {
  const exponent = exponentOf(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match || (match[3]?.length ?? 0) > exponent) {
    throw new RangeError(`"${text}" is not an amount of ${currency} (at most ${exponent} decimals)`);
  }
  const minor = BigInt(match[2]! + (match[3] ?? '').padEnd(exponent, '0'));
  return money(Number(match[1] ? -minor : minor), currency);
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function sum(amounts: readonly Money[], currency: CurrencyCode): Money {
  return amounts.reduce((total, m) => add(total, m), money(0, currency));
}

/** A percentage of an amount, rounded half away from zero to the minor unit (10% off = 10). */
export function percentOf(base: Money, percent: number): Money {
  const exact = (base.amount * percent) / 100;
  return money(Math.sign(exact) * Math.round(Math.abs(exact)), base.currency);
}

/**
 * Splits `total` over lines in proportion to their weights (usually line amounts), so that the
 * parts add up to the total exactly: each line gets its floor, and the minor units left over go
 * to the lines with the largest remainders (ties to the earlier line). Used to spread an order
 * discount or a delivery fee over lines, so a refund of one line returns its fair share.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) throw new RangeError('Cannot allocate over no lines');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('Weights must be non-negative numbers');
  const weightSum = weights.reduce((a, b) => a + b, 0);
  // With no weight at all, share equally rather than divide by zero.
  const effective = weightSum === 0 ? weights.map(() => 1) : weights;
  const effectiveSum = weightSum === 0 ? weights.length : weightSum;
  const sign = Math.sign(total.amount) || 1;
  const magnitude = Math.abs(total.amount);
  const shares = effective.map((w) => (magnitude * w) / effectiveSum);
  const floors = shares.map(Math.floor);
  let left = magnitude - floors.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors.map((amount) => money(sign * amount, total.currency));
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`Cannot combine ${a.currency} with ${b.currency}`);
}
