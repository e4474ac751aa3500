import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { PaymentErrors } from '../payments.errors.ts';
import type { ProviderEvent } from '../payments.providers.ts';
import { paymentsRepository as repo, type Intent } from '../payments.repository.ts';
import { checkSignature, decideEvent } from '../payments.rules.ts';
import type { PaymentsInternals } from '../payments.service.ts';
import { paymentSettings } from './method-settings.ts';

export type WebhookOutcome = 'applied' | 'duplicate' | 'stale_state' | 'informational' | 'late_payment_voided' | 'unknown_payment';

export function createWebhookUseCases({ deps, voidIntent }: PaymentsInternals) {
  /**
   * A webhook from the card processor. Its signature and age are checked before anything is
   * read; each event id is recorded once, so a replay changes nothing; events move a payment
   * only forward, so one that arrives late or out of order changes nothing either.
   */
  async function receiveWebhook(ctx: Ctx, provider: string, rawBody: string, signature: string | undefined): Promise<{ outcome: WebhookOutcome }> {
    if (provider !== deps.card.name) throw PaymentErrors.webhook_malformed({ detail: `No provider called ${provider}.` });
    const check = checkSignature(await deps.card.webhookSecret(ctx), signature, rawBody, Math.floor(ctx.clock.now().getTime() / 1000));
    if (check === 'bad_signature') throw PaymentErrors.webhook_signature_invalid();
    if (check === 'stale') throw PaymentErrors.webhook_stale();
    const event = deps.card.parseEvent(parseJson(rawBody));
    if (!event) throw PaymentErrors.webhook_malformed();

    const recordId = newId('paywh', ctx.clock.now().getTime());
    // The unique (provider, event id) makes a concurrent second delivery wait for the first, then see it.
    if (!(await repo.recordWebhookEvent(ctx.tx, { id: recordId, provider, eventId: event.id, type: event.type, now: ctx.clock.now() }))) return { outcome: 'duplicate' };
    const intent = await repo.lockIntentByReference(ctx.tx, provider, event.providerReference);
    const outcome = intent && intent.id === event.reference ? await apply(ctx, intent, event) : 'unknown_payment';
    await repo.settleWebhookEvent(ctx.tx, recordId, intent?.id ?? null, outcome);
    return { outcome };
  }

  async function apply(ctx: Ctx, intent: Intent, event: ProviderEvent): Promise<WebhookOutcome> {
    const orderOpen = intent.status === 'pending' ? await deps.orders.orderIsOpen(ctx, intent.orderId) : true;
    // The threshold in force when the money is authorised decides, so a change applies at once (PAY-3).
    const wantsReview = event.type === 'payment.authorised' && (event.review || intent.riskScore >= (await paymentSettings(ctx)).reviewThreshold);
    const decision = decideEvent(event.type, intent.status, orderOpen, wantsReview);
    const now = ctx.clock.now();
    switch (decision.kind) {
      case 'ignore':
        return decision.why;
      case 'void_late': {
        // PAY-1: the order was cancelled before the money came; it goes straight back.
        await repo.settleAuthorisation(ctx.tx, intent.id, 'succeeded', null);
        await repo.updateIntent(ctx.tx, intent.id, { authorisedAmount: intent.amount, card: event.card, latePayment: true, decisionReason: 'order_closed_before_payment' }, now);
        await voidIntent(ctx, { ...intent, status: 'authorised', authorisedAmount: intent.amount }, `late:${intent.id}`);
        await repo.updateIntent(ctx.tx, intent.id, { status: 'voided' }, now);
        return 'late_payment_voided';
      }
      case 'fail':
        await repo.settleAuthorisation(ctx.tx, intent.id, 'failed', event.reason);
        await repo.updateIntent(ctx.tx, intent.id, { status: 'failed', failureReason: event.reason ?? 'failed', card: event.card }, now);
        await deps.orders.paymentFailed(ctx, intent.orderId, event.reason ?? 'failed');
        return 'applied';
      case 'authorise':
        await repo.settleAuthorisation(ctx.tx, intent.id, 'succeeded', null);
        if (decision.review) {
          const reviewReason = event.review ? 'processor_review' : `risk_score_${intent.riskScore}`;
          await repo.updateIntent(ctx.tx, intent.id, { status: 'review', authorisedAmount: intent.amount, card: event.card, reviewReason }, now);
          await deps.orders.paymentHeldForReview(ctx, intent.orderId);
        } else {
          await repo.updateIntent(ctx.tx, intent.id, { status: 'authorised', authorisedAmount: intent.amount, card: event.card }, now);
          await deps.orders.paymentAuthorised(ctx, intent.orderId, intent.id);
        }
        return 'applied';
    }
  }

  return { receiveWebhook };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
