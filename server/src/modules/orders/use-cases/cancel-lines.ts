import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { OrderErrors } from '../orders.errors.ts';
import { linesCancelledMail, refundMail } from '../orders.after-sale-mails.ts';
import { orderLinesRepository as lines } from '../orders.lines.repository.ts';
import type { OrdersDeps } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';
import { amountOwed } from '../orders.rules.ts';
import type { OrderRow } from '../orders.tables.ts';
import { cancelOrder } from './payment-outcomes.ts';
import { setStatusFromLines } from './contracts.ts';

export type CancelledBy = { by: 'customer' } | { by: 'staff'; reason: string };

/**
 * ORD-3: lines not yet shipped are cancelled, by the customer (they are still offers) or by
 * staff who cannot supply them (the customer is told). Their stock goes back; the money follows
 * (settleMoney). Lines already cancelled are skipped, so asking twice changes nothing more. A
 * line being packed may still be cancelled: its parcel then cannot be dispatched.
 */
export async function cancelLines(ctx: Ctx, deps: OrdersDeps, order: OrderRow, lineIds: readonly string[], who: CancelledBy): Promise<{ cancelled: string[]; refunded: number }> {
  const all = await lines.lockLines(ctx.tx, order.id);
  const asked = all.filter((l) => lineIds.includes(l.id));
  if (asked.length !== new Set(lineIds).size) throw OrderErrors.line_not_found();
  if (asked.some((l) => l.status !== 'offer' && l.status !== 'cancelled')) throw OrderErrors.line_already_shipped();
  const open = asked.filter((l) => l.status === 'offer');
  if (!open.length) return { cancelled: [], refunded: 0 };

  const now = ctx.clock.now();
  const reason = who.by === 'customer' ? 'customer_cancelled' : who.reason;
  if (open.length === all.filter((l) => l.status === 'offer').length && all.every((l) => l.status === 'offer' || l.status === 'cancelled')) {
    // Nothing has shipped and nothing is left: the whole order is cancelled, and its payment with it
    // (a transfer already received is refunded then, so the answer and the mail say how much).
    const before = await deps.payments.balance(ctx, order.id);
    await cancelOrder(ctx, deps, order.id, reason);
    const refunded = (await deps.payments.balance(ctx, order.id)).refunded - before.refunded;
    await deps.mail.queueMail(ctx, linesCancelledMail(order, open, who, refunded));
    return { cancelled: open.map((l) => l.id), refunded };
  }
  for (const line of open) await deps.inventory.release(ctx, line.reservation_id);
  await lines.setLines(ctx.tx, open.map((l) => l.id), { status: 'cancelled', cancelled_at: now });
  await repo.addEvent(ctx.tx, { id: newId('oev', now.getTime()), order_id: order.id, kind: 'lines_cancelled', detail: { by: who.by, reason, lines: open.map((l) => l.snapshot.name) }, at: now });
  const refunded = await settleMoney(ctx, deps, order, `cancel:${open.map((l) => l.id).sort().join(',')}`);
  await setStatusFromLines(ctx, order);
  await deps.mail.queueMail(ctx, linesCancelledMail(order, open, who, refunded));
  return { cancelled: open.map((l) => l.id), refunded };
}

/**
 * PAY-2: after lines are cancelled or returned, the customer keeps paying only for what stands.
 * Money received beyond that is refunded by the original method (never more than was captured:
 * payments checks it under lock); an authorisation with nothing left to ship is released.
 */
export async function settleMoney(ctx: Ctx, deps: OrdersDeps, order: OrderRow, key: string): Promise<number> {
  const current = await repo.linesOf(ctx.tx, order.id);
  const owed = amountOwed(order, current);
  const balance = await deps.payments.balance(ctx, order.id);
  const held = balance.captured - balance.refunded;
  let refunded = 0;
  if (held > owed) {
    refunded = held - owed;
    await deps.payments.refund(ctx, order.id, refunded, `${key}:refund`);
    await repo.addEvent(ctx.tx, { id: newId('oev', ctx.clock.now().getTime()), order_id: order.id, kind: 'refunded', detail: { amount: refunded, currency: order.currency }, at: ctx.clock.now() });
    await deps.mail.queueMail(ctx, refundMail(order, refunded));
  }
  if (!current.some((l) => l.status === 'offer') && balance.capturable > 0) await deps.payments.releaseRemainder(ctx, order.id, `${key}:release`);
  return refunded;
}
