import type { Ctx } from '../../kernel/context.ts';
import type { PaymentEventType } from './payments.rules.ts';

/**
 * What the shop asks of whoever moves the money. Every call carries an idempotency key, which
 * the shop records in `payments.operations` before trusting the answer and which the provider
 * honours on its side too: a call retried after a timeout never moves the money twice.
 */
export interface MoneyProvider {
  readonly name: string;
  capture(ctx: Ctx, request: { providerReference: string | null; amount: number; idempotencyKey: string }): Promise<ProviderOutcome>;
  /** Releases what is authorised and not captured; on a payment not yet made, closes it for good. */
  void(ctx: Ctx, request: { providerReference: string | null; idempotencyKey: string }): Promise<ProviderOutcome>;
  refund(ctx: Ctx, request: { providerReference: string | null; amount: number; idempotencyKey: string }): Promise<ProviderOutcome>;
}

export type ProviderOutcome = { ok: true } | { ok: false; reason: string };

/** A card processor: the customer types the card on its hosted page, never on ours (PAY-4). */
export interface CardProvider extends MoneyProvider {
  /** Asks for an authorisation: opens the hosted card page for this payment. */
  authorise(ctx: Ctx, request: { reference: string; amount: number; currency: string; returnUrl: string; expiresAt: Date; idempotencyKey: string }): Promise<{ providerReference: string; redirectUrl: string }>;
  /** The secret its webhooks are signed with (from the processor's dashboard, in real life). */
  webhookSecret(ctx: Ctx): Promise<string>;
  /** Reads a webhook body whose signature was checked; undefined when it is not a payment event. */
  parseEvent(body: unknown): ProviderEvent | undefined;
}

export interface ProviderEvent {
  id: string;
  type: PaymentEventType;
  providerReference: string;
  /** The payment id the shop gave when it asked for the authorisation. */
  reference: string;
  card: { brand: string; last4: string } | null;
  /** The processor's own fraud screening wants a person to look at it. */
  review: boolean;
  reason: string | null;
}

/**
 * Bank transfer and cash on delivery move no money through a network: staff record what
 * arrived, and giving money back is done by hand. Their operations are still recorded, with the
 * same idempotency, so the order's payment history is complete.
 */
export function offlineProvider(name: 'bank_transfer' | 'cod'): MoneyProvider {
  const recorded = async (): Promise<ProviderOutcome> => ({ ok: true });
  return { name, capture: recorded, void: recorded, refund: recorded };
}
