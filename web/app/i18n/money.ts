import { numberFormat } from "./intl-cache";
import { INTL_LOCALE, type Locale } from "./locales";

/**
 * ISO 4217 minor-unit exponents for every currency the platform may price in.
 * Amounts travel as integers in minor units (cents, fen, yen) so that no price
 * is ever rounded by floating point; the exponent says where the point goes.
 */
export const CURRENCY_EXPONENT = {
  HKD: 2,
  CNY: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  // Not priced in a list of their own: the shop converts HKD at a stored rate (shown as approximate).
  SGD: 2,
  AUD: 2,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_EXPONENT;

/**
 * Currencies a client may browse in: the six the shop keeps price lists for, then SGD and AUD,
 * which the API converts from HKD and marks as approximate.
 */
export const DISPLAY_CURRENCIES = ["HKD", "CNY", "USD", "EUR", "GBP", "JPY", "SGD", "AUD"] as const;

export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];

export const DEFAULT_CURRENCY: DisplayCurrency = "HKD";

export function isDisplayCurrency(value: unknown): value is DisplayCurrency {
  return (DISPLAY_CURRENCIES as readonly unknown[]).includes(value);
}

export interface MoneyFormatOptions {
  /** Show "HK$400" rather than "HK$400.00" when the amount is whole. */
  trimWholeAmounts?: boolean;
}

/**
 * Converts integer minor units to an exact decimal string ("40000" at
 * exponent 2 is "400.00"). Intl.NumberFormat formats such strings exactly,
 * which dividing by 100 as a float would not guarantee for large amounts.
 */
function minorUnitsToDecimalString(minorUnits: number, exponent: number): string {
  const sign = minorUnits < 0 ? "-" : "";
  const digits = Math.abs(minorUnits).toString().padStart(exponent + 1, "0");
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

export function formatMoney(
  minorUnits: number,
  currency: CurrencyCode,
  locale: Locale,
  options: MoneyFormatOptions = {},
): string {
  if (!Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`Money must be an integer number of minor units, got ${minorUnits}`);
  }
  const exponent = CURRENCY_EXPONENT[currency];
  const isWhole = minorUnits % 10 ** exponent === 0;
  const fractionDigits = options.trimWholeAmounts && isWhole ? 0 : exponent;
  const formatter = numberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  // Intl accepts exact decimal strings (ES2023); the cast keeps older lib
  // typings happy without changing behaviour.
  return formatter.format(minorUnitsToDecimalString(minorUnits, exponent) as `${number}`);
}
