import { randomInt } from 'node:crypto';
import type { Ctx } from '../../../kernel/context.ts';
import { newSecretToken } from '../../../kernel/auth/secrets.ts';
import { newId } from '../../../kernel/ids.ts';
import type { RunUseCase } from '../../../kernel/use-case.ts';
import { sandboxRepository as repo } from './sandbox.repository.ts';
import { brandOf, deliveryPlan, outcomeOf, readCard, signatureHeader, SIGNATURE_HEADER, type CardProblem } from './sandbox.rules.ts';
import type { SessionRow } from './sandbox.tables.ts';

export const DELIVER_WEBHOOK_JOB = 'sandbox.deliver_webhook';

/** How the sandbox reaches the merchant's webhook endpoint; tests may replace it. */
export type WebhookPoster = (url: string, body: string, headers: Record<string, string>) => Promise<number>;

export interface SandboxDeps {
  runUseCase: RunUseCase;
  /** Where its hosted pages live: `<public URL>/sandbox-pay`. */
  pagesUrl: string;
  /** The merchant's endpoint, as configured in a real processor's dashboard. */
  webhookUrl: string;
  post?: WebhookPoster;
}

export type SubmitResult =
  | { kind: 'redirect'; url: string }
  | { kind: 'form'; session: SessionRow; problem: CardProblem }
  | { kind: 'challenge'; session: SessionRow }
  | { kind: 'closed'; session: SessionRow | undefined };

type Result = { ok: true } | { ok: false; reason: string };

/**
 * A card processor in a box: hosted card page, test cards, authorisation, capture, void and
 * refund with idempotency keys, and signed webhooks that arrive late, twice or out of order.
 * It stands for a company outside the shop: its own schema, and the shop reaches it only through
 * the provider adapter (`sandbox.provider.ts`) and its webhooks.
 */
export function createSandboxProcessor(deps: SandboxDeps) {
  const post: WebhookPoster = deps.post ?? defaultPost;

  async function signingSecret(ctx: Ctx): Promise<string> {
    return repo.signingSecret(ctx.tx, newSecretToken(), ctx.clock.now());
  }

  /** Opens a checkout session; the same idempotency key returns the same session. */
  async function openCheckout(ctx: Ctx, request: { reference: string; amount: number; currency: string; returnUrl: string; expiresAt: Date; idempotencyKey: string }): Promise<{ sessionId: string; url: string }> {
    const earlier = await repo.findOperation(ctx.tx, request.idempotencyKey);
    const sessionId = (earlier?.sessionId as string | undefined) ?? newId('sbxcs', ctx.clock.now().getTime());
    if (!earlier) {
      const now = ctx.clock.now();
      await repo.insertSession(ctx.tx, { id: sessionId, reference: request.reference, amount: request.amount, currency: request.currency, returnUrl: request.returnUrl, seed: randomInt(8), expiresAt: request.expiresAt, now });
      await repo.insertOperation(ctx.tx, { key: request.idempotencyKey, sessionId, kind: 'checkout', amount: request.amount, result: { sessionId }, now });
    }
    return { sessionId, url: `${deps.pagesUrl}/${sessionId}` };
  }

  /** The session behind the card page, and whether it can still be paid. */
  async function session(ctx: Ctx, sessionId: string): Promise<{ row: SessionRow | undefined; payable: boolean }> {
    const row = await repo.findSession(ctx.tx, sessionId);
    return { row, payable: row?.status === 'open' && row.expires_at > ctx.clock.now() };
  }

  /**
   * The customer pressed Pay. The number is read, judged and forgotten here: only the brand and
   * the last four digits are written anywhere (PAY-4).
   */
  async function submitCard(ctx: Ctx, sessionId: string, form: { number?: string; expiry?: string; cvc?: string }): Promise<SubmitResult> {
    const row = await repo.lockSession(ctx.tx, sessionId);
    if (!row || row.status !== 'open' || row.expires_at <= ctx.clock.now()) return { kind: 'closed', session: row };
    const card = readCard(form, ctx.clock.now());
    if ('problem' in card) return { kind: 'form', session: row, problem: card.problem };
    const summary = { brand: brandOf(card.number), last4: card.number.slice(-4) };
    const outcome = outcomeOf(card.number);
    const now = ctx.clock.now();
    const processing = await event(ctx, row, 'payment.processing', { card: summary });
    if (outcome === 'challenge') {
      await repo.updateSession(ctx.tx, sessionId, { status: 'challenge', card: summary, now });
      await schedule(ctx, row.seed, [processing, await event(ctx, row, 'payment.action_required', { card: summary })]);
      return { kind: 'challenge', session: row };
    }
    if (outcome === 'approve' || outcome === 'review') {
      await repo.updateSession(ctx.tx, sessionId, { status: 'authorised', card: summary, review: outcome === 'review', now });
      await schedule(ctx, row.seed, [processing, await event(ctx, row, 'payment.authorised', { card: summary, review: outcome === 'review' })]);
      return { kind: 'redirect', url: returnTo(row, 'authorised') };
    }
    await repo.updateSession(ctx.tx, sessionId, { status: 'failed', card: summary, failureReason: outcome === 'decline' ? 'card_declined' : 'insufficient_funds', now });
    await schedule(ctx, row.seed, [processing, await event(ctx, row, 'payment.failed', { card: summary, reason: outcome === 'decline' ? 'card_declined' : 'insufficient_funds' })]);
    return { kind: 'redirect', url: returnTo(row, 'failed') };
  }

  /** The 3-D Secure style step: the bank's page approves or fails the payment. */
  async function decideChallenge(ctx: Ctx, sessionId: string, approve: boolean): Promise<SubmitResult> {
    const row = await repo.lockSession(ctx.tx, sessionId);
    if (!row || row.status !== 'challenge') return { kind: 'closed', session: row };
    const card = row.card_brand && row.card_last4 ? { brand: row.card_brand, last4: row.card_last4 } : null;
    const now = ctx.clock.now();
    if (approve) {
      await repo.updateSession(ctx.tx, sessionId, { status: 'authorised', now });
      await schedule(ctx, row.seed, [await event(ctx, row, 'payment.authorised', { card, review: false })]);
      return { kind: 'redirect', url: returnTo(row, 'authorised') };
    }
    await repo.updateSession(ctx.tx, sessionId, { status: 'failed', failureReason: 'authentication_failed', now });
    await schedule(ctx, row.seed, [await event(ctx, row, 'payment.failed', { card, reason: 'authentication_failed' })]);
    return { kind: 'redirect', url: returnTo(row, 'failed') };
  }

  /** The customer gave up on the card page and goes back to the shop. */
  async function abandon(ctx: Ctx, sessionId: string): Promise<SubmitResult> {
    const row = await repo.lockSession(ctx.tx, sessionId);
    if (!row || row.status !== 'open') return { kind: 'closed', session: row };
    await repo.updateSession(ctx.tx, sessionId, { status: 'failed', failureReason: 'abandoned', now: ctx.clock.now() });
    await schedule(ctx, row.seed, [await event(ctx, row, 'payment.failed', { card: null, reason: 'abandoned' })]);
    return { kind: 'redirect', url: returnTo(row, 'failed') };
  }

  /** Runs an operation once per idempotency key: a repeated key returns the first answer. */
  async function once(ctx: Ctx, key: string, sessionId: string | null, kind: string, amount: number, act: (row: SessionRow) => Promise<Result>): Promise<Result> {
    const earlier = await repo.findOperation(ctx.tx, key);
    if (earlier) return earlier as Result;
    const row = sessionId ? await repo.lockSession(ctx.tx, sessionId) : undefined;
    const result = row ? await act(row) : { ok: false as const, reason: 'no_such_payment' };
    await repo.insertOperation(ctx.tx, { key, sessionId: sessionId ?? '', kind, amount, result, now: ctx.clock.now() });
    return result;
  }

  async function capture(ctx: Ctx, request: { providerReference: string | null; amount: number; idempotencyKey: string }): Promise<Result> {
    return once(ctx, request.idempotencyKey, request.providerReference, 'capture', request.amount, async (row) => {
      const captured = Number(row.captured_amount);
      if (row.status !== 'authorised' || row.voided) return { ok: false, reason: 'not_capturable' };
      if (request.amount <= 0 || captured + request.amount > Number(row.amount)) return { ok: false, reason: 'amount_too_large' };
      await repo.updateSession(ctx.tx, row.id, { capturedAmount: captured + request.amount, now: ctx.clock.now() });
      return { ok: true };
    });
  }

  async function refund(ctx: Ctx, request: { providerReference: string | null; amount: number; idempotencyKey: string }): Promise<Result> {
    return once(ctx, request.idempotencyKey, request.providerReference, 'refund', request.amount, async (row) => {
      const refunded = Number(row.refunded_amount);
      if (request.amount <= 0 || refunded + request.amount > Number(row.captured_amount)) return { ok: false, reason: 'amount_too_large' };
      await repo.updateSession(ctx.tx, row.id, { refundedAmount: refunded + request.amount, now: ctx.clock.now() });
      return { ok: true };
    });
  }

  /** Releases an authorisation, or closes a session nobody has paid yet. */
  async function voidPayment(ctx: Ctx, request: { providerReference: string | null; idempotencyKey: string }): Promise<Result> {
    return once(ctx, request.idempotencyKey, request.providerReference, 'void', 0, async (row) => {
      const now = ctx.clock.now();
      if (row.status === 'open' || row.status === 'challenge') await repo.updateSession(ctx.tx, row.id, { status: 'cancelled', now });
      else if (row.status === 'authorised') await repo.updateSession(ctx.tx, row.id, { voided: true, now });
      return { ok: true };
    });
  }

  async function event(ctx: Ctx, row: SessionRow, type: string, data: Record<string, unknown>): Promise<string> {
    const now = ctx.clock.now();
    const id = newId('sbxevt', now.getTime());
    const payload = { id, type, created: Math.floor(now.getTime() / 1000), data: { session: row.id, reference: row.merchant_reference, amount: Number(row.amount), currency: row.currency, review: false, reason: null, ...data } };
    await repo.insertEvent(ctx.tx, { id, sessionId: row.id, type, payload, now });
    return id;
  }

  async function schedule(ctx: Ctx, seed: number, eventIds: string[]): Promise<void> {
    for (const send of deliveryPlan(eventIds, seed)) await ctx.jobs.send(DELIVER_WEBHOOK_JOB, { eventId: send.eventId }, { startAfter: send.delaySeconds });
  }

  function returnTo(row: SessionRow, outcome: 'authorised' | 'failed'): string {
    const url = new URL(row.return_url);
    url.searchParams.set('sandbox_session', row.id);
    url.searchParams.set('outcome', outcome);
    return url.toString();
  }

  /** The request the sandbox sends for an event, signed at the moment of sending. */
  async function signedDelivery(ctx: Ctx, eventId: string): Promise<{ url: string; body: string; headers: Record<string, string> } | undefined> {
    const row = await repo.findEvent(ctx.tx, eventId);
    if (!row) return undefined;
    const body = JSON.stringify(row.payload);
    const signature = signatureHeader(await signingSecret(ctx), body, Math.floor(ctx.clock.now().getTime() / 1000));
    return { url: deps.webhookUrl, body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature } };
  }

  /** The job: send one event; anything but a 2xx is retried with backoff, as processors do. */
  async function deliverWebhook(eventId: string, job: { id: string }): Promise<void> {
    const system = { kind: 'system', job: DELIVER_WEBHOOK_JOB } as const;
    const delivery = await deps.runUseCase(system, `job:${job.id}`, (ctx) => signedDelivery(ctx, eventId));
    if (!delivery) return;
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await post(delivery.url, delivery.body, delivery.headers);
    } catch (cause) {
      error = String((cause as Error).message ?? cause);
    }
    await deps.runUseCase(system, `job:${job.id}`, (ctx) => repo.recordDelivery(ctx.tx, eventId, { status, error }));
    if (status === null || status < 200 || status >= 300) throw new Error(`Webhook ${eventId} was not accepted: ${error ?? status}`);
  }

  async function eventsOf(ctx: Ctx, sessionId: string) {
    return repo.eventsOf(ctx.tx, sessionId);
  }

  return { signingSecret, openCheckout, session, submitCard, decideChallenge, abandon, capture, refund, voidPayment, signedDelivery, deliverWebhook, eventsOf };
}

export type SandboxProcessor = ReturnType<typeof createSandboxProcessor>;

async function defaultPost(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  await response.body?.cancel();
  return response.status;
}
