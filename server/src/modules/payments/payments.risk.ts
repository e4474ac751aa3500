/**
 * Anti-fraud rules (PAY-3): a score from what is known when a card payment starts. A high score
 * holds the payment for a person to look at; nothing here refuses a payment by itself (GDPR
 * Art. 22: no automated final decision).
 */
export interface RiskInput {
  customerId: string | null;
  ip: string | null;
  /** When the customer's account was opened; null for a guest. */
  accountCreatedAt: Date | null;
  billingCountry: string | null;
  shippingCountry: string | null;
  /** Where the network address is, as far as the shop can tell. */
  networkCountry: string | null;
}

export interface RiskHistory {
  /** Payments started in the last hour by the same customer, e-mail or network (the busiest of the three). */
  attemptsLastHour: number;
  /** Of those, how many failed. */
  failedLastHour: number;
}

export interface RiskAssessment {
  score: number;
  reasons: string[];
  review: boolean;
}

/**
 * The review threshold the backstage may set: below 10 nearly every payment would wait, and
 * above 150 no combination of rules could reach it, which would switch the check off.
 */
export const REVIEW_THRESHOLD_BOUNDS = { min: 10, max: 150 } as const;

/** Roughly HK$20,000 and HK$80,000 in each charging currency's minor units. */
const LARGE_AMOUNT: Record<string, [large: number, veryLarge: number]> = {
  HKD: [2_000_000, 8_000_000],
  CNY: [1_850_000, 7_400_000],
  USD: [256_000, 1_024_000],
  EUR: [236_000, 944_000],
  GBP: [200_000, 800_000],
  JPY: [390_000, 1_560_000],
};

const HOUR = 3_600_000;

/** The score of a card payment, and whether it reaches `threshold` (the backstage's setting) and waits for review. */
export function assessRisk(payment: { amount: number; currency: string }, input: RiskInput, history: RiskHistory, now: Date, threshold: number): RiskAssessment {
  const reasons: [string, number][] = [];
  const [large, veryLarge] = LARGE_AMOUNT[payment.currency] ?? LARGE_AMOUNT.HKD!;
  if (payment.amount >= veryLarge) reasons.push(['very_large_amount', 35]);
  else if (payment.amount >= large) reasons.push(['large_amount', 20]);

  if (history.attemptsLastHour >= 6) reasons.push(['many_attempts', 40]);
  else if (history.attemptsLastHour >= 3) reasons.push(['repeated_attempts', 20]);
  if (history.failedLastHour > 0) reasons.push(['failed_attempts', Math.min(history.failedLastHour, 3) * 15]);

  const { billingCountry: billing, shippingCountry: shipping, networkCountry: network } = input;
  if (billing && shipping && billing !== shipping) reasons.push(['billing_shipping_mismatch', 15]);
  if (network && shipping && network !== shipping && network !== billing) reasons.push(['network_country_mismatch', 20]);

  if (input.accountCreatedAt && now.getTime() - input.accountCreatedAt.getTime() < 24 * HOUR) reasons.push(['new_account', 10]);

  const score = reasons.reduce((total, [, points]) => total + points, 0);
  return { score, reasons: reasons.map(([reason]) => reason), review: score >= threshold };
}
