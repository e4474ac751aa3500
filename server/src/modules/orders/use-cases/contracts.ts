import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { OrderErrors } from '../orders.errors.ts';
import { orderLinesRepository as lines } from '../orders.lines.repository.ts';
import type { OrdersDeps } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';
import { orderStatusOf } from '../orders.rules.ts';
import type { OrderLineRow, OrderRow } from '../orders.tables.ts';

/** The order as fulfilment needs it to pack and ship: a view of its own, not the order's rows. */
export interface OrderForShipping {
  id: string;
  number: string;
  customerId: string | null;
  email: string;
  locale: OrderRow['locale'];
  currency: string;
  consignee: OrderRow['consignee'];
  status: string;
  paymentSecured: boolean;
  lines: { id: string; kind: 'goods' | 'service'; status: OrderLineRow['status']; locationId: string; total: number; name: string; designer: string; quantity: number; estimate: { daysMin: number; daysMax: number } | null }[];
}

/** A card must be authorised (not in review), a transfer received; cash on delivery is paid at the door. */
export function paymentSecured(order: OrderRow): boolean {
  return order.status !== 'cancelled' && (order.payment_status === 'authorised' || order.payment_status === 'not_required');
}

export async function orderForShipping(ctx: Ctx, orderId: string): Promise<OrderForShipping | undefined> {
  const order = await repo.byId(ctx.tx, orderId);
  if (!order) return undefined;
  const rows = await repo.linesOf(ctx.tx, orderId);
  return {
    id: order.id, number: order.number, customerId: order.customer_id, email: order.email, locale: order.locale, currency: order.currency,
    consignee: order.consignee, status: order.status,
    paymentSecured: paymentSecured(order),
    lines: rows.map((l) => ({
      id: l.id, kind: l.snapshot.kind ?? 'goods', status: l.status, locationId: l.location_id, total: Number(l.total), name: l.snapshot.name, designer: l.snapshot.designer, quantity: l.quantity,
      estimate: estimateOf(l.delivery_estimate),
    })),
  };
}

/**
 * ORD-2: the parcel carrying these lines has left. Each line's contract forms now: it is
 * recorded, its reserved units leave the shelf, and its amount is captured from the card's
 * authorisation (with delivery, on the first parcel). A transfer was received in full already;
 * cash is collected at the door. Lines not in this parcel stay offers.
 */
export async function formContracts(ctx: Ctx, deps: OrdersDeps, orderId: string, shipment: { id: string; number: string | null; lineIds: string[] }): Promise<void> {
  const order = await repo.lockById(ctx.tx, orderId);
  if (!order) throw OrderErrors.order_not_found();
  const all = await lines.lockLines(ctx.tx, orderId);
  const shipped = all.filter((l) => shipment.lineIds.includes(l.id));
  if (shipped.length !== shipment.lineIds.length || shipped.some((l) => l.status !== 'offer')) throw OrderErrors.line_unavailable({ detail: 'Only open offers can form a contract.' });
  const now = ctx.clock.now();
  const firstParcel = all.every((l) => l.status !== 'contracted' && l.status !== 'returned');
  for (const line of shipped) await deps.inventory.consume(ctx, line.reservation_id);
  await lines.setLines(ctx.tx, shipment.lineIds, { status: 'contracted', contracted_at: now });

  const linesAmount = shipped.reduce((sum, l) => sum + l.total, 0n);
  const extras = firstParcel ? order.total - all.reduce((sum, l) => sum + l.total, 0n) : 0n;
  const amount = Number(linesAmount + (extras > 0n ? extras : 0n));
  if (order.payment_method === 'card' && amount > 0) await deps.payments.capture(ctx, orderId, amount, `contract:${shipment.id}`);

  await setStatusFromLines(ctx, order);
  await repo.addEvent(ctx.tx, {
    id: newId('oev', now.getTime()), order_id: orderId, kind: shipment.number ? 'contract_formed' : 'service_confirmed',
    detail: { ...(shipment.number && { shipment: shipment.number }), lines: shipped.map((l) => l.snapshot.name), captured: order.payment_method === 'card' ? amount : 0 }, at: now,
  });
}

/** The parcel arrived (or the service was given): its lines are delivered; cash on delivery is collected now. */
export async function linesDelivered(ctx: Ctx, deps: OrdersDeps, orderId: string, lineIds: readonly string[], eventKind = 'delivered'): Promise<void> {
  const order = await repo.lockById(ctx.tx, orderId);
  if (!order) return;
  const all = await lines.lockLines(ctx.tx, orderId);
  const arrived = all.filter((l) => lineIds.includes(l.id) && l.delivered_at === null);
  if (!arrived.length) return;
  const now = ctx.clock.now();
  await lines.setLines(ctx.tx, arrived.map((l) => l.id), { delivered_at: now });
  if (order.payment_method === 'cod') {
    const firstParcel = all.every((l) => l.delivered_at === null);
    const extras = firstParcel ? order.total - all.reduce((sum, l) => sum + l.total, 0n) : 0n;
    const amount = Number(arrived.reduce((sum, l) => sum + l.total, 0n) + (extras > 0n ? extras : 0n));
    if (amount > 0) await deps.payments.capture(ctx, orderId, amount, `collected:${arrived.map((l) => l.id).sort().join(',')}`);
  }
  await setStatusFromLines(ctx, order);
  await repo.addEvent(ctx.tx, { id: newId('oev', now.getTime()), order_id: orderId, kind: eventKind, detail: { lines: arrived.map((l) => l.snapshot.name) }, at: now });
}

export async function setStatusFromLines(ctx: Ctx, order: OrderRow): Promise<void> {
  const status = orderStatusOf(await repo.linesOf(ctx.tx, order.id));
  if (status !== order.status) await lines.setStatus(ctx.tx, order.id, status);
}

function estimateOf(stored: unknown): { daysMin: number; daysMax: number } | null {
  const estimate = stored as { daysMin?: unknown; daysMax?: unknown } | null;
  return typeof estimate?.daysMin === 'number' && typeof estimate.daysMax === 'number' ? { daysMin: estimate.daysMin, daysMax: estimate.daysMax } : null;
}

/**
 * A delivered order is closed once the return window has passed for every line and no return
 * is under way (by the database clock). Closing twice changes nothing.
 */
export async function closeIfSettled(ctx: Ctx, deps: OrdersDeps, orderId: string): Promise<boolean> {
  const order = await repo.lockById(ctx.tx, orderId);
  if (!order || order.status !== 'delivered') return false;
  const cutoff = await settledCutoff(ctx, deps);
  if (!(await lines.settledBefore(ctx.tx, cutoff, 1_000)).includes(orderId)) return false;
  await lines.setStatus(ctx.tx, orderId, 'closed');
  await repo.addEvent(ctx.tx, { id: newId('oev', ctx.clock.now().getTime()), order_id: orderId, kind: 'closed', detail: {}, at: ctx.clock.now() });
  return true;
}

export async function settledCutoff(ctx: Ctx, deps: OrdersDeps): Promise<Date> {
  const now = await repo.databaseNow(ctx.tx);
  return new Date(now.getTime() - (await deps.returnWindowDays(ctx)) * 86_400_000);
}
