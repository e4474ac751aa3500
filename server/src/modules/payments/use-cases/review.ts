import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { PaymentErrors } from '../payments.errors.ts';
import { paymentsRepository as repo, type Intent } from '../payments.repository.ts';
import type { PaymentsInternals } from '../payments.service.ts';
import { performOperation } from './operations.ts';

const PERMISSION = 'orders.manage';

export type ReviewItem = Intent & { orderNumber: string | null };

/** What staff do by hand: review risky card payments (PAY-3), record bank transfers that arrived. */
export function createReviewUseCases({ deps, voidIntent, refundIntent }: PaymentsInternals) {
  /**
   * The payments waiting for a person, oldest first, with the order's number and who paid. Showing
   * customers' e-mail addresses to staff is recorded in the audit log (PRV-8).
   */
  async function reviewQueue(ctx: Ctx, limit = 50): Promise<ReviewItem[]> {
    requireStaff(ctx.actor, PERMISSION);
    const intents = await repo.intentsInReview(ctx.tx, Math.min(limit, 200));
    const numbers = intents.length > 0 ? await deps.orders.orderNumbers(ctx, intents.map((i) => i.orderId)) : new Map<string, string>();
    await deps.audit?.recordAudit(ctx, { action: 'payment.reviews_listed', subjectType: 'payment', subjectId: '*', detail: { count: intents.length } });
    return intents.map((intent) => ({ ...intent, orderNumber: numbers.get(intent.orderId) ?? null }));
  }

  async function lockForReview(ctx: Ctx, intentId: string): Promise<Intent> {
    const intent = await repo.lockIntent(ctx.tx, intentId);
    if (!intent) throw PaymentErrors.payment_not_found();
    if (intent.status !== 'review') throw PaymentErrors.not_in_review({ detail: `The payment is ${intent.status}.` });
    return intent;
  }

  /** A person looked and found it genuine, and says why: the order proceeds as if authorised at once. */
  async function acceptReview(ctx: Ctx, intentId: string, reason: string): Promise<Intent> {
    const staff = requireStaff(ctx.actor, PERMISSION);
    const intent = await lockForReview(ctx, intentId);
    const now = ctx.clock.now();
    if (!(await deps.orders.orderIsOpen(ctx, intent.orderId))) {
      // Reviewed too late: the order is gone, so is the money (PAY-1).
      await voidIntent(ctx, intent, `late:${intent.id}`);
      await repo.updateIntent(ctx.tx, intent.id, { status: 'voided', latePayment: true, decidedBy: staff.staffId, decisionReason: 'order_closed_before_review' }, now);
    } else {
      await repo.updateIntent(ctx.tx, intent.id, { status: 'authorised', decidedBy: staff.staffId, decisionReason: reason }, now);
      await deps.orders.paymentAuthorised(ctx, intent.orderId, intent.id);
    }
    await deps.audit?.recordAudit(ctx, { action: 'payment.review_accepted', subjectType: 'payment', subjectId: intent.id, detail: { orderId: intent.orderId, reason } });
    return (await repo.findIntent(ctx.tx, intent.id))!;
  }

  /** A person decided not to take the payment: the authorisation is released, with the reason kept. */
  async function cancelReview(ctx: Ctx, intentId: string, reason: string): Promise<Intent> {
    const staff = requireStaff(ctx.actor, PERMISSION);
    const intent = await lockForReview(ctx, intentId);
    await voidIntent(ctx, intent, `review-cancel:${intent.id}`);
    await repo.updateIntent(ctx.tx, intent.id, { status: 'voided', decidedBy: staff.staffId, decisionReason: reason }, ctx.clock.now());
    await deps.orders.paymentFailed(ctx, intent.orderId, 'cancelled_after_review');
    await deps.audit?.recordAudit(ctx, { action: 'payment.review_cancelled', subjectType: 'payment', subjectId: intent.id, detail: { orderId: intent.orderId, reason } });
    return (await repo.findIntent(ctx.tx, intent.id))!;
  }

  /**
   * Staff saw the transfer on the bank statement. Money that arrives for an order already
   * cancelled is recorded and marked to be sent back (PAY-1).
   */
  async function markTransferReceived(ctx: Ctx, intentId: string): Promise<Intent> {
    const staff = requireStaff(ctx.actor, PERMISSION);
    const intent = await repo.lockIntent(ctx.tx, intentId);
    if (!intent || intent.method !== 'bank_transfer') throw PaymentErrors.payment_not_found();
    if (intent.status !== 'pending' && intent.status !== 'cancelled') throw PaymentErrors.transfer_not_pending({ detail: `The transfer is ${intent.status}.` });
    const now = ctx.clock.now();
    const late = intent.status === 'cancelled' || !(await deps.orders.orderIsOpen(ctx, intent.orderId));
    await performOperation(ctx, intent, 'capture', intent.amount, `transfer-received:${intent.id}`, async () => ({ ok: true }));
    await repo.updateIntent(ctx.tx, intent.id, { status: 'captured', authorisedAmount: intent.amount, capturedAmount: intent.amount, decidedBy: staff.staffId }, now);
    if (late) {
      await refundIntent(ctx, { ...intent, status: 'captured', authorisedAmount: intent.amount, capturedAmount: intent.amount }, intent.amount, `late:${intent.id}`);
      await repo.updateIntent(ctx.tx, intent.id, { status: 'refunded', latePayment: true, decisionReason: 'order_closed_before_payment' }, now);
    } else {
      await deps.orders.paymentAuthorised(ctx, intent.orderId, intent.id);
    }
    await deps.audit?.recordAudit(ctx, { action: 'payment.transfer_received', subjectType: 'payment', subjectId: intent.id, detail: { orderId: intent.orderId, late } });
    return (await repo.findIntent(ctx.tx, intent.id))!;
  }

  return { reviewQueue, acceptReview, cancelReview, markTransferReceived };
}
