import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';
import { PaymentErrors } from './payments.errors.ts';
import type { AuditPort, BankAccount, MailPort, OrdersPort } from './payments.ports.ts';
import { offlineProvider, type CardProvider, type MoneyProvider } from './payments.providers.ts';
import { paymentsRepository as repo, type Intent } from './payments.repository.ts';
import { assessRisk, type RiskInput } from './payments.risk.ts';
import { availableMethods, capturable, refundable, transferReference, type MethodOffer, type Zone } from './payments.rules.ts';
import type { PaymentMethod } from './payments.tables.ts';
import { createSettingsUseCases, paymentSettings } from './use-cases/method-settings.ts';
import { performOperation, recordedOperation, type OperationResult } from './use-cases/operations.ts';
import { createReviewUseCases } from './use-cases/review.ts';
import { createRefundDetailsUseCases } from './use-cases/refund-details.ts';
import { createRefundTaskUseCases, openRefundTask } from './use-cases/refund-tasks.ts';
import { createWebhookUseCases } from './use-cases/receive-webhook.ts';

export interface PaymentsDeps {
  card: CardProvider;
  orders: OrdersPort;
  audit?: AuditPort;
  bankAccount: BankAccount;
  /** Asks the customer where to pay a refund staff pay out by hand (PAY-2). */
  mail: MailPort;
  /** The shop's address, for links in mail. */
  publicUrl: string;
}

export interface StartPayment {
  orderId: string;
  method: PaymentMethod;
  amount: number;
  currency: string;
  email: string;
  returnUrl: string;
  /** The destination zone; when given, cash on delivery is refused outside Hong Kong. */
  zone?: Zone | null;
  risk: RiskInput;
}

export type NextStep =
  | { kind: 'redirect'; url: string }
  | { kind: 'instructions'; reference: string; details: { bank: string; accountName: string; accountNumber: string; amount: number; currency: string; payBy: string } }
  | { kind: 'none' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function createPaymentsService(deps: PaymentsDeps) {
  const providerOf = (intent: Intent): MoneyProvider => (intent.provider === deps.card.name ? deps.card : offlineProvider(intent.provider as 'bank_transfer' | 'cod'));

  /** The methods offered for an order, each with its payment deadline (PAY-1), as the backstage set them. */
  async function methods(ctx: Ctx, input: { zone: Zone | null; currency: string; amount: number }): Promise<MethodOffer[]> {
    return availableMethods(input, await paymentSettings(ctx));
  }

  /**
   * Starts paying an order: a card payment is screened (PAY-3) and sent to the processor's
   * hosted page; a bank transfer gets its reference; cash on delivery needs nothing now.
   */
  async function start(ctx: Ctx, input: StartPayment): Promise<{ intentId: string; next: NextStep }> {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw PaymentErrors.invalid_amount();
    const zone = input.zone === undefined ? 'HK' : input.zone;
    const settings = await paymentSettings(ctx);
    const offer = availableMethods({ zone, currency: input.currency }, settings).find((m) => m.method === input.method);
    if (!offer) throw PaymentErrors.method_unavailable({ detail: `${input.method} is not offered for ${input.currency} to ${zone ?? 'an unknown zone'}.` });
    const now = ctx.clock.now();
    const id = newId('pay', now.getTime());
    const deadline = offer.deadlineMinutes;
    const risk = input.method === 'card' ? await screen(ctx, input, now, settings.reviewThreshold) : { score: 0, reasons: [] };
    await repo.insertIntent(ctx.tx, {
      id, order_id: input.orderId, method: input.method, provider: input.method === 'card' ? deps.card.name : input.method,
      status: input.method === 'cod' ? 'authorised' : 'pending', amount: input.amount, currency: input.currency, voided_at: null,
      provider_reference: null, transfer_reference: input.method === 'bank_transfer' ? transferReference(id) : null,
      customer_id: input.risk.customerId, email: input.email, ip: input.risk.ip, risk_score: risk.score, risk_reasons: risk.reasons,
      review_reason: null, decided_by: null, decision_reason: null, failure_reason: null, card_brand: null, card_last4: null,
      deadline_at: deadline === null ? null : new Date(now.getTime() + deadline * MINUTE), created_at: now, updated_at: now,
    });
    const intent = (await repo.lockIntent(ctx.tx, id))!;
    if (input.method === 'card') return { intentId: id, next: await authoriseByCard(ctx, intent, input.returnUrl) };
    if (input.method === 'cod') {
      // The courier collects the money at the door: the promise to pay is the authorisation.
      await repo.updateIntent(ctx.tx, id, { authorisedAmount: input.amount }, now);
      await performOperation(ctx, intent, 'authorise', input.amount, `authorise:${id}`, async () => ({ ok: true }));
      return { intentId: id, next: { kind: 'none' } };
    }
    return { intentId: id, next: transferInstructions(intent) };
  }

  function transferInstructions(intent: Intent): NextStep {
    return { kind: 'instructions', reference: intent.transferReference!, details: { ...deps.bankAccount, amount: intent.amount, currency: intent.currency, payBy: intent.deadlineAt!.toISOString() } };
  }

  async function screen(ctx: Ctx, input: StartPayment, now: Date, threshold: number) {
    const recent = await repo.recentAttempts(ctx.tx, { customerId: input.risk.customerId, email: input.email, ip: input.risk.ip }, new Date(now.getTime() - HOUR));
    return assessRisk(input, input.risk, { attemptsLastHour: recent.attempts, failedLastHour: recent.failed }, now, threshold);
  }

  async function authoriseByCard(ctx: Ctx, intent: Intent, returnUrl: string): Promise<NextStep> {
    const key = `authorise:${intent.id}`;
    const session = await deps.card.authorise(ctx, { reference: intent.id, amount: intent.amount, currency: intent.currency, returnUrl, expiresAt: intent.deadlineAt!, idempotencyKey: key });
    await repo.updateIntent(ctx.tx, intent.id, { providerReference: session.providerReference }, ctx.clock.now());
    // Pending until the processor's webhook says how it went.
    await repo.insertOperation(ctx.tx, { id: newId('payop', ctx.clock.now().getTime()), intentId: intent.id, kind: 'authorise', amount: intent.amount, currency: intent.currency, key, outcome: 'pending', providerReference: session.providerReference, failureReason: null, now: ctx.clock.now() });
    return { kind: 'redirect', url: session.redirectUrl };
  }

  /** Captures part or all of what is authorised, when goods ship (or cash is collected at the door). */
  async function capture(ctx: Ctx, orderId: string, amount: number, idempotencyKey: string): Promise<OperationResult> {
    const intents = await repo.lockIntentsOfOrder(ctx.tx, orderId);
    const earlier = await recordedOperation(ctx, idempotencyKey, { kind: 'capture', amount, orderIntents: intents });
    if (earlier) return earlier;
    if (!Number.isSafeInteger(amount) || amount <= 0) throw PaymentErrors.invalid_amount();
    const intent = intents.find((i) => capturable(i) > 0);
    if (!intent) throw PaymentErrors.nothing_to_capture();
    if (amount > capturable(intent)) throw PaymentErrors.amount_exceeds_authorised({ detail: `At most ${capturable(intent)} can still be captured.` });
    const result = await performOperation(ctx, intent, 'capture', amount, idempotencyKey, () => providerOf(intent).capture(ctx, { providerReference: intent.providerReference, amount, idempotencyKey }));
    if (result.outcome === 'succeeded') await repo.updateIntent(ctx.tx, intent.id, { status: 'captured', capturedAmount: intent.capturedAmount + amount }, ctx.clock.now());
    return result;
  }

  /** Gives back part or all of what was captured, by the original method (PAY-2). */
  async function refund(ctx: Ctx, orderId: string, amount: number, idempotencyKey: string): Promise<OperationResult> {
    const intents = await repo.lockIntentsOfOrder(ctx.tx, orderId);
    const earlier = await recordedOperation(ctx, idempotencyKey, { kind: 'refund', amount, orderIntents: intents });
    if (earlier) return earlier;
    if (!Number.isSafeInteger(amount) || amount <= 0) throw PaymentErrors.invalid_amount();
    const intent = intents.find((i) => refundable(i) >= amount);
    if (!intent) throw PaymentErrors.amount_exceeds_captured({ detail: `At most ${Math.max(0, ...intents.map(refundable))} can be refunded.` });
    return refundIntent(ctx, intent, amount, idempotencyKey);
  }

  async function refundIntent(ctx: Ctx, intent: Intent, amount: number, key: string): Promise<OperationResult> {
    const result = await performOperation(ctx, intent, 'refund', amount, key, () => providerOf(intent).refund(ctx, { providerReference: intent.providerReference, amount, idempotencyKey: key }));
    if (result.outcome === 'succeeded') {
      const refunded = intent.refundedAmount + amount;
      const allBack = refunded === intent.capturedAmount && (intent.voidedAt !== null || intent.capturedAmount === intent.authorisedAmount);
      await repo.updateIntent(ctx.tx, intent.id, { refundedAmount: refunded, ...(allBack ? { status: 'refunded' as const } : {}) }, ctx.clock.now());
      intent.refundedAmount = refunded;
      // No provider sends a transfer or cash back: staff pay it out, from a task (PAY-2).
      if (intent.method !== 'card') await openRefundTask(ctx, deps, { ...intent, method: intent.method }, amount, key);
    }
    return result;
  }

  /** Releases what is authorised and not captured; a payment not yet made is closed at the provider. */
  async function voidIntent(ctx: Ctx, intent: Intent, key: string): Promise<OperationResult> {
    const amount = capturable(intent);
    const result = await performOperation(ctx, intent, 'void', amount, key, () => providerOf(intent).void(ctx, { providerReference: intent.providerReference, idempotencyKey: key }));
    if (result.outcome === 'succeeded') {
      intent.voidedAt = ctx.clock.now();
      await repo.updateIntent(ctx.tx, intent.id, { voidedAt: intent.voidedAt, ...(intent.capturedAmount === 0 ? { status: 'voided' as const } : {}) }, ctx.clock.now());
    }
    return result;
  }

  /**
   * The order is cancelled: void what is authorised, refund what was captured, close what is
   * still waiting. Safe to call again: finished payments are left alone, keys are per payment.
   */
  async function cancelForOrder(ctx: Ctx, orderId: string, reason: string): Promise<void> {
    for (const intent of await repo.lockIntentsOfOrder(ctx.tx, orderId)) {
      if (intent.status === 'pending') {
        if (intent.providerReference) await voidIntent(ctx, intent, `cancel:${intent.id}`);
        await repo.updateIntent(ctx.tx, intent.id, { status: 'cancelled', decisionReason: reason }, ctx.clock.now());
        continue;
      }
      if (!['review', 'authorised', 'captured'].includes(intent.status)) continue;
      if (capturable(intent) > 0 || intent.status === 'review') await voidIntent(ctx, intent, `cancel-void:${intent.id}`);
      if (refundable(intent) > 0) await refundIntent(ctx, intent, refundable(intent), `cancel-refund:${intent.id}`);
      await repo.updateIntent(ctx.tx, intent.id, { status: intent.capturedAmount > 0 ? 'refunded' : 'voided', decisionReason: reason }, ctx.clock.now());
    }
  }

  /**
   * What a customer who retried placing an order is shown again: the same card page (the
   * processor answers a repeated key with the session it opened) or the same transfer details,
   * while the payment is still due; nothing otherwise.
   */
  async function nextStep(ctx: Ctx, orderId: string): Promise<NextStep> {
    const due = (await repo.lockIntentsOfOrder(ctx.tx, orderId)).filter((i) => i.status === 'pending').at(-1);
    if (!due) return { kind: 'none' };
    if (due.method === 'bank_transfer') {
      return transferInstructions(due);
    }
    if (due.method !== 'card') return { kind: 'none' };
    const session = await deps.card.authorise(ctx, { reference: due.id, amount: due.amount, currency: due.currency, returnUrl: '', expiresAt: due.deadlineAt!, idempotencyKey: `authorise:${due.id}` });
    return { kind: 'redirect', url: session.redirectUrl };
  }

  /** An order's payments with their operations, for the order pages and the backstage. */
  async function paymentsOfOrder(ctx: Ctx, orderId: string) {
    const intents = await repo.lockIntentsOfOrder(ctx.tx, orderId);
    return Promise.all(intents.map(async (intent) => ({ ...intent, operations: await repo.operationsOf(ctx.tx, intent.id) })));
  }

  /** Money taken, given back and still authorised over an order's payments (PAY-2 checks against it). */
  async function balance(ctx: Ctx, orderId: string): Promise<{ captured: number; refunded: number; capturable: number }> {
    const intents = await repo.lockIntentsOfOrder(ctx.tx, orderId);
    return intents.reduce((sum, i) => ({ captured: sum.captured + i.capturedAmount, refunded: sum.refunded + i.refundedAmount, capturable: sum.capturable + capturable(i) }), { captured: 0, refunded: 0, capturable: 0 });
  }

  /**
   * Nothing is left to ship: what is still authorised is released at the provider, and what was
   * captured stays. Keys are per payment, so releasing twice changes nothing.
   */
  async function releaseRemainder(ctx: Ctx, orderId: string, idempotencyKey: string): Promise<void> {
    for (const intent of await repo.lockIntentsOfOrder(ctx.tx, orderId)) {
      if (capturable(intent) > 0) await voidIntent(ctx, intent, `${idempotencyKey}:${intent.id}`);
    }
  }

  const internals = { deps, providerOf, voidIntent, refundIntent };
  return {
    methods, start, nextStep, capture, refund, cancelForOrder, paymentsOfOrder, balance, releaseRemainder,
    ...createWebhookUseCases(internals),
    ...createReviewUseCases(internals),
    ...createRefundTaskUseCases(internals),
    ...createRefundDetailsUseCases(internals),
    ...createSettingsUseCases(deps),
  };
}

export type PaymentsInternals = {
  deps: PaymentsDeps;
  providerOf(intent: Intent): MoneyProvider;
  voidIntent(ctx: Ctx, intent: Intent, key: string): Promise<OperationResult>;
  refundIntent(ctx: Ctx, intent: Intent, amount: number, key: string): Promise<OperationResult>;
};

export type PaymentsService = ReturnType<typeof createPaymentsService>;
