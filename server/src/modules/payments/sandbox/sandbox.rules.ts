import { createHmac } from 'node:crypto';

/** What the sandbox does with a card number. Any other valid number is approved. */
export type CardOutcome = 'approve' | 'decline' | 'insufficient_funds' | 'challenge' | 'review';

export const TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  '4242424242424242': 'approve',
  '4000000000000002': 'decline',
  '4000000000009995': 'insufficient_funds',
  '4000000000003220': 'challenge',
  '4100000000000019': 'review',
};

export function outcomeOf(number: string): CardOutcome {
  return TEST_CARDS[number] ?? 'approve';
}

/** The Luhn checksum every card number carries, which catches most typing mistakes. */
export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let total = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    total += digit;
  }
  return total % 10 === 0;
}

export function brandOf(number: string): string {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^62/.test(number)) return 'unionpay';
  return 'card';
}

export type CardProblem = 'number' | 'expiry' | 'cvc';

/** Checks what the customer typed; spaces and dashes in the number are allowed. */
export function readCard(form: { number?: string; expiry?: string; cvc?: string }, now: Date): { number: string } | { problem: CardProblem } {
  const number = (form.number ?? '').replace(/[\s-]/g, '');
  if (!passesLuhn(number)) return { problem: 'number' };
  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(form.expiry ?? '');
  if (!expiry) return { problem: 'expiry' };
  const month = Number(expiry[1]);
  const year = expiry[2]!.length === 2 ? 2000 + Number(expiry[2]) : Number(expiry[2]);
  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (month < 1 || month > 12 || year * 12 + month - 1 < thisMonth) return { problem: 'expiry' };
  if (!/^\d{3,4}$/.test((form.cvc ?? '').trim())) return { problem: 'cvc' };
  return { number };
}

/** How the webhooks of one session travel, from its seed: like a real network, not always tidily. */
export interface DeliveryBehaviour {
  twice: boolean;
  outOfOrder: boolean;
  late: boolean;
}

export function behaviourOf(seed: number): DeliveryBehaviour {
  return { twice: (seed & 1) === 1, outOfOrder: (seed & 2) === 2, late: (seed & 4) === 4 };
}

/** When each event (in the order they happened) is sent; a duplicate resends the last one. */
export function deliveryPlan(eventIds: readonly string[], seed: number): { eventId: string; delaySeconds: number }[] {
  const behaviour = behaviourOf(seed);
  const base = behaviour.late ? 30 : 2;
  const last = eventIds.length - 1;
  const sends = eventIds.map((eventId, i) => ({ eventId, delaySeconds: base + (behaviour.outOfOrder ? last - i : i) }));
  if (behaviour.twice && eventIds.length > 0) sends.push({ eventId: eventIds[last]!, delaySeconds: base + eventIds.length + 1 });
  return sends;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, the header merchants check. */
export function signatureHeader(secret: string, body: string, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;
}

export const SIGNATURE_HEADER = 'sandbox-signature';
