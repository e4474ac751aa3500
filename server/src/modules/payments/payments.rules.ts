import { createHmac } from 'node:crypto';
import { sameSecret } from '../../kernel/auth/secrets.ts';
import type { IntentStatus, PaymentMethod } from './payments.tables.ts';

export type Zone = 'HK' | 'CN' | 'ASIA' | 'ROW';

/**
 * How long the backstage may let an order wait for its money (PAY-1), in minutes: a card payment
 * is made on the spot, a bank transfer takes days; cash is collected at the door, so there is
 * nothing to wait for.
 */
export const DEADLINE_BOUNDS: Readonly<Record<PaymentMethod, { min: number; max: number } | null>> = {
  card: { min: 15, max: 24 * 60 },
  bank_transfer: { min: 60, max: 14 * 24 * 60 },
  cod: null,
};

/** The order methods are offered in, at checkout and in the backstage. */
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['card', 'bank_transfer', 'cod'];

/** How a method is offered, as the backstage set it. */
export interface MethodSetting {
  method: PaymentMethod;
  enabled: boolean;
  deadlineMinutes: number | null;
}

export interface PaymentSettings {
  methods: MethodSetting[];
  /** From this risk score a card payment waits for review (PAY-3). */
  reviewThreshold: number;
}

export interface MethodOffer {
  method: PaymentMethod;
  deadlineMinutes: number | null;
}

/**
 * The methods a customer may choose: those the shop offers, and cash on delivery only in Hong
 * Kong, in Hong Kong dollars.
 */
export function availableMethods(input: { zone: Zone | null; currency: string }, settings: PaymentSettings): MethodOffer[] {
  const codPossible = input.zone === 'HK' && input.currency === 'HKD';
  return settings.methods
    .filter((m) => m.enabled && (m.method !== 'cod' || codPossible))
    .map(({ method, deadlineMinutes }) => ({ method, deadlineMinutes }));
}

/** Why a deadline cannot be set for a method, or null when it can. */
export function deadlineProblem(method: PaymentMethod, minutes: number | null): string | null {
  const bounds = DEADLINE_BOUNDS[method];
  if (!bounds) return minutes === null ? null : `${method} has no payment deadline.`;
  if (minutes === null || !Number.isInteger(minutes) || minutes < bounds.min || minutes > bounds.max) {
    return `The ${method} deadline must be from ${bounds.min} to ${bounds.max} minutes.`;
  }
  return null;
}

/**
 * A shop must keep one method it can offer everywhere: cash on delivery alone would leave every
 * order outside Hong Kong without a way to pay.
 */
export function leavesAMethodEverywhere(methods: readonly MethodSetting[]): boolean {
  return methods.some((m) => m.enabled && m.method !== 'cod');
}

/** A provider's event about a payment, after its signature was checked. */
export type PaymentEventType = 'payment.processing' | 'payment.action_required' | 'payment.authorised' | 'payment.failed';

export type EventDecision =
  | { kind: 'ignore'; why: 'stale_state' | 'informational' }
  | { kind: 'authorise'; review: boolean }
  | { kind: 'void_late' }
  | { kind: 'fail' };

/**
 * What an event does to a payment in `status`. Events only move a payment forward from
 * `pending`: an `authorised` arriving after the payment was captured, or a `processing` after
 * `authorised` (webhooks come in any order), changes nothing. Money authorised for a payment we
 * already cancelled, or for an order that is no longer open, is given back (PAY-1).
 */
export function decideEvent(type: PaymentEventType, status: IntentStatus, orderOpen: boolean, wantsReview: boolean): EventDecision {
  if (type === 'payment.processing' || type === 'payment.action_required') return { kind: 'ignore', why: 'informational' };
  if (type === 'payment.authorised') {
    if (status === 'cancelled' || (status === 'pending' && !orderOpen)) return { kind: 'void_late' };
    if (status !== 'pending') return { kind: 'ignore', why: 'stale_state' };
    return { kind: 'authorise', review: wantsReview };
  }
  return status === 'pending' ? { kind: 'fail' } : { kind: 'ignore', why: 'stale_state' };
}

/** How much of a payment may still be captured, and how much refunded. */
export function capturable(intent: { status: IntentStatus; authorisedAmount: number; capturedAmount: number; voidedAt: Date | null }): number {
  if (intent.voidedAt || !['authorised', 'captured'].includes(intent.status)) return 0;
  return intent.authorisedAmount - intent.capturedAmount;
}

export function refundable(intent: { capturedAmount: number; refundedAmount: number }): number {
  return intent.capturedAmount - intent.refundedAmount;
}

/** Webhooks older than this are refused even when signed: a captured request cannot be replayed later. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export type SignatureCheck = 'valid' | 'bad_signature' | 'stale';

/**
 * Checks a `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">` signature header. The timestamp is
 * inside what is signed, so it cannot be changed to make an old request look fresh.
 */
export function checkSignature(secret: string, header: string | undefined, rawBody: string, nowSeconds: number, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS): SignatureCheck {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1');
  if (!Number.isInteger(timestamp) || !given) return 'bad_signature';
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  if (!sameSecret(given, expected)) return 'bad_signature';
  return Math.abs(nowSeconds - timestamp) > toleranceSeconds ? 'stale' : 'valid';
}

/** What a bank transfer quotes: short, unambiguous when read aloud, derived from the payment's id. */
export function transferReference(intentId: string): string {
  return `VT-${intentId.slice(-8).toUpperCase()}`;
}

/** Where a customer asks a refund of a transfer or of cash to be paid (PAY-2). */
export interface PayoutDetails {
  accountHolder: string;
  bankName: string;
  accountNumber: string;
  bankCode: string | null;
}

export interface PayoutProblem {
  field: 'accountHolder' | 'bankName' | 'accountNumber' | 'bankCode';
  code: string;
  message: string;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const alphanumerics = (text: string) => text.replace(/[^0-9A-Za-z]/g, '');

/**
 * Checks the payout details loosely: banks number accounts in many ways (an IBAN, a Hong Kong
 * number with its dashes), so an account number is 6 to 34 letters and digits, grouped by spaces
 * or dashes as the customer's bank prints it; a bank code (SWIFT/BIC, a local clearing code) is
 * optional. Staff read the details before paying, so the check only stops what cannot be right.
 */
export function checkPayoutDetails(input: { accountHolder: string; bankName: string; accountNumber: string; bankCode?: string | null | undefined }): { details: PayoutDetails; problems: [] } | { details: null; problems: PayoutProblem[] } {
  const details: PayoutDetails = {
    accountHolder: tidy(input.accountHolder),
    bankName: tidy(input.bankName),
    accountNumber: tidy(input.accountNumber).toUpperCase(),
    bankCode: tidy(input.bankCode ?? '').toUpperCase() || null,
  };
  const problems: PayoutProblem[] = [];
  if (details.accountHolder.length < 2 || details.accountHolder.length > 140) problems.push({ field: 'accountHolder', code: 'invalid_account_holder', message: 'The name on the account, 2 to 140 characters.' });
  if (details.bankName.length < 2 || details.bankName.length > 140) problems.push({ field: 'bankName', code: 'invalid_bank_name', message: 'The bank’s name, 2 to 140 characters.' });
  const digits = alphanumerics(details.accountNumber).length;
  if (!/^[0-9A-Z]+([ -][0-9A-Z]+)*$/.test(details.accountNumber) || digits < 6 || digits > 34) {
    problems.push({ field: 'accountNumber', code: 'invalid_account_number', message: 'An account number or IBAN: 6 to 34 letters and digits, spaces or dashes between them.' });
  }
  const code = details.bankCode ? alphanumerics(details.bankCode).length : 0;
  if (details.bankCode && (!/^[0-9A-Z]+([ -][0-9A-Z]+)*$/.test(details.bankCode) || code < 3 || code > 15)) {
    problems.push({ field: 'bankCode', code: 'invalid_bank_code', message: 'A SWIFT/BIC or local bank code: 3 to 15 letters and digits.' });
  }
  return problems.length ? { details: null, problems } : { details, problems: [] };
}

/** The last four letters or digits of an account number: all anyone but staff paying it out sees. */
export function accountEnding(accountNumber: string): string {
  return alphanumerics(accountNumber).slice(-4);
}
