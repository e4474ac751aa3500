import type { CardProvider, ProviderEvent } from '../payments.providers.ts';
import type { PaymentEventType } from '../payments.rules.ts';
import type { SandboxProcessor } from './sandbox.service.ts';

const EVENT_TYPES: readonly PaymentEventType[] = ['payment.processing', 'payment.action_required', 'payment.authorised', 'payment.failed'];

/**
 * The shop's adapter to the sandbox processor: what a real processor's API client would be.
 * The sandbox runs in-process, so its calls join the use case's transaction; a real adapter makes
 * an HTTP call instead, which is why the idempotency key is recorded on both sides.
 */
export function sandboxCardProvider(sandbox: SandboxProcessor): CardProvider {
  return {
    name: 'sandbox',
    async authorise(ctx, request) {
      const session = await sandbox.openCheckout(ctx, request);
      return { providerReference: session.sessionId, redirectUrl: session.url };
    },
    capture: (ctx, request) => sandbox.capture(ctx, request),
    void: (ctx, request) => sandbox.voidPayment(ctx, request),
    refund: (ctx, request) => sandbox.refund(ctx, request),
    webhookSecret: (ctx) => sandbox.signingSecret(ctx),
    parseEvent(body) {
      const event = body as { id?: unknown; type?: unknown; data?: Record<string, unknown> } | null;
      const data = event?.data;
      if (typeof event?.id !== 'string' || !EVENT_TYPES.includes(event.type as PaymentEventType) || !data) return undefined;
      if (typeof data.session !== 'string' || typeof data.reference !== 'string') return undefined;
      const card = data.card as { brand?: unknown; last4?: unknown } | null | undefined;
      const parsed: ProviderEvent = {
        id: event.id,
        type: event.type as PaymentEventType,
        providerReference: data.session,
        reference: data.reference,
        card: typeof card?.brand === 'string' && typeof card.last4 === 'string' ? { brand: card.brand, last4: card.last4 } : null,
        review: data.review === true,
        reason: typeof data.reason === 'string' ? data.reason : null,
      };
      return parsed;
    },
  };
}
