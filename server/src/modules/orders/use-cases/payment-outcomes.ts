import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import type { OrdersDeps } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';

/** What the payments module tells orders; each records an event in the order's history. */

export async function paymentAuthorised(ctx: Ctx, orderId: string): Promise<void> {
  await setPayment(ctx, orderId, 'authorised', 'payment_authorised');
}

export async function paymentHeldForReview(ctx: Ctx, orderId: string): Promise<void> {
  await setPayment(ctx, orderId, 'review', 'payment_held_for_review');
}

export async function paymentFailed(ctx: Ctx, orderId: string, reason: string): Promise<void> {
  // The order stays open until its deadline: the customer may try again with another card.
  await setPayment(ctx, orderId, 'failed', 'payment_failed', { reason });
}

/** Open: placed, not cancelled. A payment arriving for an order that is not is given back (PAY-1). */
export async function orderIsOpen(ctx: Ctx, orderId: string): Promise<boolean> {
  return (await repo.byId(ctx.tx, orderId))?.status === 'offer_received';
}

async function setPayment(ctx: Ctx, orderId: string, status: 'authorised' | 'review' | 'failed', kind: string, detail: Record<string, unknown> = {}): Promise<void> {
  const order = await repo.lockById(ctx.tx, orderId);
  if (!order || order.status === 'cancelled') return;
  await repo.setPaymentStatus(ctx.tx, orderId, status);
  await repo.addEvent(ctx.tx, { id: newId('oev', ctx.clock.now().getTime()), order_id: orderId, kind, detail, at: ctx.clock.now() });
}

/**
 * PAY-1: an order still unpaid at its deadline (by the database clock) is cancelled, its stock
 * released and anything the payment provider holds given back. Running it twice changes nothing.
 */
export async function cancelIfUnpaid(ctx: Ctx, deps: OrdersDeps, orderId: string): Promise<boolean> {
  const order = await repo.lockById(ctx.tx, orderId);
  if (!order || order.status !== 'offer_received' || !['pending', 'failed'].includes(order.payment_status)) return false;
  const now = await repo.databaseNow(ctx.tx);
  if (!order.payment_deadline_at || order.payment_deadline_at > now) return false;
  await cancelOrder(ctx, deps, order.id, 'payment_deadline_passed');
  return true;
}

export async function cancelOrder(ctx: Ctx, deps: OrdersDeps, orderId: string, reason: string): Promise<void> {
  const at = ctx.clock.now();
  for (const line of await repo.linesOf(ctx.tx, orderId)) {
    if (line.status === 'offer') await deps.inventory.release(ctx, line.reservation_id);
  }
  await repo.cancel(ctx.tx, orderId, reason, at);
  await deps.payments.cancelForOrder(ctx, orderId, reason);
  // The order's payment status says where the money ended: given back, or never taken.
  const order = (await repo.byId(ctx.tx, orderId))!;
  if (order.payment_status !== 'not_required') {
    const balance = await deps.payments.balance(ctx, orderId);
    await repo.setPaymentStatus(ctx.tx, orderId, balance.captured > 0 ? 'refunded' : 'voided');
  }
  await repo.addEvent(ctx.tx, { id: newId('oev', at.getTime()), order_id: orderId, kind: 'cancelled', detail: { reason }, at });
}
