import { formErrorsFrom, type FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import type { PlainMessageKey, Translate } from "../i18n/translate";
import { backstageErrorsFrom } from "./problems";

/** The backstage's payments API (PAY-1, PAY-3). */
export const PAYMENTS_API = "/admin/payments";

export type PaymentMethod = "card" | "bank_transfer" | "cod";

export const PAYMENT_METHODS: readonly PaymentMethod[] = ["card", "bank_transfer", "cod"];

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly unknown[]).includes(value);
}

export interface Bounds {
  min: number;
  max: number;
}

export interface PaymentSettings {
  methods: { method: PaymentMethod; enabled: boolean; deadlineMinutes: number | null; deadlineBounds: Bounds | null; updatedAt: string }[];
  reviewThreshold: number;
  reviewThresholdBounds: Bounds;
}

/** A card payment waiting for review, as the API sends it. */
export interface ReviewItem {
  id: string;
  orderId: string;
  orderNumber: string | null;
  email: string;
  customerId: string | null;
  amount: number;
  currency: string;
  riskScore: number;
  riskReasons: string[];
  reviewReason: string | null;
  card: { brand: string; last4: string } | null;
  createdAt: string;
}

/** Payment ids as the API makes them: `pay_` and 26 characters. */
export function isPaymentId(value: unknown): value is string {
  return typeof value === "string" && /^pay_[0-9a-z]{26}$/.test(value);
}

export const METHOD_NAMES: Readonly<Record<PaymentMethod, PlainMessageKey>> = {
  card: "checkout.payment.card",
  bank_transfer: "checkout.payment.bankTransfer",
  cod: "checkout.payment.cod",
};

/** The units a deadline is typed in; stored in minutes. */
export const DEADLINE_UNITS = { minutes: 1, hours: 60, days: 24 * 60 } as const;
export type DeadlineUnit = keyof typeof DEADLINE_UNITS;

export function isDeadlineUnit(value: unknown): value is DeadlineUnit {
  return typeof value === "string" && Object.hasOwn(DEADLINE_UNITS, value);
}

/** A deadline in the largest unit it fills exactly: 4320 minutes reads as 3 days. */
export function deadlineInUnit(minutes: number): { value: number; unit: DeadlineUnit } {
  if (minutes % DEADLINE_UNITS.days === 0) return { value: minutes / DEADLINE_UNITS.days, unit: "days" };
  if (minutes % DEADLINE_UNITS.hours === 0) return { value: minutes / DEADLINE_UNITS.hours, unit: "hours" };
  return { value: minutes, unit: "minutes" };
}

/** "15 min", "24 h", "14 d": a number of minutes in words, days only from two of them. */
export function durationText(t: Translate, minutes: number): string {
  const day = DEADLINE_UNITS.days;
  if (minutes >= 2 * day && minutes % day === 0) return t("backstage.payments.duration.days", { count: minutes / day });
  if (minutes % DEADLINE_UNITS.hours === 0) return t("backstage.payments.duration.hours", { count: minutes / DEADLINE_UNITS.hours });
  return t("backstage.payments.duration.minutes", { count: minutes });
}

/** Whole minutes between two moments, never negative (clocks differ a little). */
export function minutesBetween(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
}

/** How long a payment has waited, in its largest whole unit. */
export function waitText(t: Translate, minutes: number): string {
  if (minutes >= 2 * 24 * 60) return t("backstage.payments.duration.days", { count: Math.floor(minutes / (24 * 60)) });
  if (minutes >= 120) return t("backstage.payments.duration.hours", { count: Math.floor(minutes / 60) });
  return t("backstage.payments.duration.minutes", { count: minutes });
}

/** The risk rules' reasons (payments.risk.ts), in words; one this page does not know keeps its code. */
const RISK_REASONS: Readonly<Record<string, PlainMessageKey>> = {
  very_large_amount: "backstage.payments.risk.very_large_amount",
  large_amount: "backstage.payments.risk.large_amount",
  many_attempts: "backstage.payments.risk.many_attempts",
  repeated_attempts: "backstage.payments.risk.repeated_attempts",
  failed_attempts: "backstage.payments.risk.failed_attempts",
  billing_shipping_mismatch: "backstage.payments.risk.billing_shipping_mismatch",
  network_country_mismatch: "backstage.payments.risk.network_country_mismatch",
  new_account: "backstage.payments.risk.new_account",
};

export function riskReasonText(t: Translate, reason: string): string {
  return Object.hasOwn(RISK_REASONS, reason) ? t(RISK_REASONS[reason]!) : reason;
}

/** Why the payment waits: the processor asked, or the shop's own score reached the threshold. */
export function heldBecauseKey(reviewReason: string | null): PlainMessageKey {
  return reviewReason === "processor_review" ? "backstage.payments.reviews.heldByProcessor" : "backstage.payments.reviews.heldByScore";
}

const CODE_MESSAGES: Readonly<Record<string, { key: PlainMessageKey; field?: string }>> = {
  "payments.deadline_out_of_range": { key: "backstage.payments.error.deadlineOutOfRange", field: "deadline" },
  "payments.review_threshold_out_of_range": { key: "backstage.payments.error.thresholdOutOfRange", field: "reviewThreshold" },
  "payments.no_method_left": { key: "backstage.payments.error.noMethodLeft" },
  "payments.not_in_review": { key: "backstage.payments.error.notInReview" },
  "payments.payment_not_found": { key: "backstage.payments.error.notInReview" },
};

/** A refused payments form: the payments codes here, the backstage's and the account pages' as there. */
export function paymentsErrorsFrom(problem: ApiProblem | null | undefined, rename: Readonly<Record<string, string>> = {}): FormErrors {
  const known = problem ? CODE_MESSAGES[problem.code] : undefined;
  if (!problem || !known) return withReasonMessage(backstageErrorsFrom(problem, rename));
  const errors = formErrorsFrom({ ...problem, code: "" }, rename);
  if (errors.form === "account.error.generic") delete errors.form;
  if (known.field) errors.fields[known.field] = known.key;
  else errors.form = known.key;
  return errors;
}

/** A reason the schema refused is always too short or too long: say so rather than "check this field". */
function withReasonMessage(errors: FormErrors): FormErrors {
  if (errors.fields.reason) errors.fields.reason = "backstage.payments.error.reason";
  return errors;
}
