import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { OrderErrors } from '../orders.errors.ts';
import { returnStepMail } from '../orders.after-sale-mails.ts';
import { orderLinesRepository as lines } from '../orders.lines.repository.ts';
import type { OrdersDeps } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';
import { returnsRepository as returns } from '../orders.returns.repository.ts';
import { zoneOfCountry } from '../orders.rules.ts';
import type { OrderLineRow, OrderRow, ReturnRow } from '../orders.tables.ts';
import { setStatusFromLines } from './contracts.ts';
import { settleMoney } from './cancel-lines.ts';

export interface ReturnRequest {
  lineIds: string[];
  reason: string;
  resolution: 'refund' | 'exchange';
  /** For an exchange: the piece wanted instead of each line (another size or colour). */
  exchangeVariants?: Record<string, string> | undefined;
}

/**
 * The customer asks to return delivered lines, with a reason, within the return window counted
 * from each line's delivery (set in the backstage). Staff decide next.
 */
export async function requestReturn(ctx: Ctx, deps: OrdersDeps, order: OrderRow, input: ReturnRequest): Promise<ReturnRow> {
  const all = await lines.lockLines(ctx.tx, order.id);
  const asked = all.filter((l) => input.lineIds.includes(l.id));
  if (!asked.length || asked.length !== new Set(input.lineIds).size) throw OrderErrors.line_not_found();
  if (asked.some((l) => l.snapshot.kind === 'service')) throw OrderErrors.return_not_for_services();
  if (asked.some((l) => l.status !== 'contracted' || !l.delivered_at)) throw OrderErrors.return_not_delivered();
  const now = ctx.clock.now();
  const windowDays = await deps.returnWindowDays(ctx);
  if (asked.some((l) => l.delivered_at!.getTime() + windowDays * 86_400_000 < now.getTime())) {
    throw OrderErrors.return_window_closed({ detail: `Returns are accepted within ${windowDays} days of delivery.` });
  }
  if ((await returns.linesInReturns(ctx.tx, input.lineIds)).size) throw OrderErrors.return_exists();
  if (input.resolution === 'exchange' && asked.some((l) => !input.exchangeVariants?.[l.id])) throw OrderErrors.exchange_variant_missing();
  const row: ReturnRow = {
    id: newId('ret', now.getTime()), order_id: order.id, customer_id: order.customer_id, status: 'requested', reason: input.reason.trim(), resolution: input.resolution,
    decision_reason: null, carrier: null, tracking_number: null, refund_amount: null, requested_at: now, decided_at: null, received_at: null, closed_at: null,
  };
  await returns.insert(ctx.tx, row, asked.map((l) => ({ order_line_id: l.id, exchange_variant_id: input.resolution === 'exchange' ? input.exchangeVariants![l.id]! : null })));
  await event(ctx, order, 'return_requested', { lines: asked.map((l) => l.snapshot.name), resolution: input.resolution });
  await deps.mail.queueMail(ctx, returnStepMail(order, 'requested'));
  return row;
}

/** Staff approve or refuse a request, with the reason; the customer is told. */
export async function decideReturn(ctx: Ctx, deps: OrdersDeps, returnId: string, input: { approve: boolean; reason: string }): Promise<ReturnRow> {
  const row = await lockReturn(ctx, returnId, ['requested']);
  const changes = { status: input.approve ? 'approved' as const : 'refused' as const, decision_reason: input.reason.trim(), decided_at: ctx.clock.now() };
  await returns.update(ctx.tx, row.id, changes);
  const order = (await repo.byId(ctx.tx, row.order_id))!;
  await event(ctx, order, input.approve ? 'return_approved' : 'return_refused', { reason: changes.decision_reason });
  await deps.mail.queueMail(ctx, returnStepMail(order, changes.status, changes.decision_reason));
  return { ...row, ...changes };
}

/** The parcel going back is on its way: its carrier and tracking number, from the customer or staff. */
export async function returnShipped(ctx: Ctx, returnId: string, input: { carrier: string; trackingNumber: string }): Promise<ReturnRow> {
  const row = await lockReturn(ctx, returnId, ['approved', 'in_transit']);
  const changes = { status: 'in_transit' as const, carrier: input.carrier.trim(), tracking_number: input.trackingNumber.trim() };
  await returns.update(ctx.tx, row.id, changes);
  return { ...row, ...changes };
}

/** The parcel came back and is being inspected. */
export async function returnReceived(ctx: Ctx, deps: OrdersDeps, returnId: string): Promise<ReturnRow> {
  const row = await lockReturn(ctx, returnId, ['approved', 'in_transit']);
  const changes = { status: 'received' as const, received_at: ctx.clock.now() };
  await returns.update(ctx.tx, row.id, changes);
  const order = (await repo.byId(ctx.tx, row.order_id))!;
  await event(ctx, order, 'return_received', {});
  await deps.mail.queueMail(ctx, returnStepMail(order, 'received'));
  return { ...row, ...changes };
}

/**
 * After inspection: a refund gives the lines' money back by the original method (PAY-2); an
 * exchange adds a line for each piece wanted instead, reserved now and shipped like any line,
 * costing nothing more. Either way the returned lines are marked returned.
 */
export async function resolveReturn(ctx: Ctx, deps: OrdersDeps, returnId: string): Promise<ReturnRow> {
  const row = await lockReturn(ctx, returnId, ['received']);
  const order = (await repo.lockById(ctx.tx, row.order_id))!;
  const returned = await returns.linesOf(ctx.tx, [row.id]);
  const all = await lines.lockLines(ctx.tx, order.id);
  const now = ctx.clock.now();
  await lines.setLines(ctx.tx, returned.map((r) => r.order_line_id), { status: 'returned', returned_at: now });
  let refunded = 0;
  if (row.resolution === 'refund') {
    refunded = await settleMoney(ctx, deps, order, `return:${row.id}`);
  } else {
    for (const r of returned) await addExchangeLine(ctx, deps, order, all.find((l) => l.id === r.order_line_id)!, r.exchange_variant_id!);
  }
  const status = row.resolution === 'refund' ? 'refunded' as const : 'exchanged' as const;
  await returns.update(ctx.tx, row.id, { status, refund_amount: BigInt(refunded), closed_at: now });
  await setStatusFromLines(ctx, order);
  await event(ctx, order, status === 'refunded' ? 'return_refunded' : 'return_exchanged', { amount: refunded });
  await deps.mail.queueMail(ctx, returnStepMail(order, status));
  return { ...row, status, refund_amount: BigInt(refunded), closed_at: now };
}

async function addExchangeLine(ctx: Ctx, deps: OrdersDeps, order: OrderRow, original: OrderLineRow, variantId: string): Promise<void> {
  const variant = (await deps.catalog.variantsForOrder(ctx, [variantId], order.locale)).get(variantId);
  if (!variant || variant.productId !== original.product_id) throw OrderErrors.exchange_variant_missing({ detail: 'An exchange is for another size or colour of the same piece.' });
  const lineId = newId('oli', ctx.clock.now().getTime());
  const reservation = await deps.inventory.reserveBest(ctx, { variantId, quantity: original.quantity, zone: zoneOfCountry(order.consignee.address.countryCode), reference: lineId })
    .catch((error: { code?: string }) => {
      throw error.code === 'inventory.insufficient_stock' ? OrderErrors.line_unavailable({ detail: `${variant.sku} is not available for the exchange.` }) : error;
    });
  await lines.insertLine(ctx.tx, {
    id: lineId, order_id: order.id, position: await lines.nextPosition(ctx.tx, order.id), variant_id: variantId, product_id: variant.productId,
    snapshot: { productSlug: variant.productSlug, name: variant.name, designer: variant.designer, colour: variant.colour, size: variant.size, material: variant.material, sku: variant.sku, image: variant.image, seller: variant.seller },
    quantity: original.quantity, unit_price: 0n, discount: 0n, total: 0n, delivery_estimate: reservation.delivery, location_id: reservation.delivery.locationId,
    reservation_id: reservation.reservationId, status: 'offer', contracted_at: null, cancelled_at: null, delivered_at: null, returned_at: null, exchange_for: original.id,
  });
}

async function lockReturn(ctx: Ctx, id: string, allowed: readonly ReturnRow['status'][]): Promise<ReturnRow> {
  const row = await returns.lock(ctx.tx, id);
  if (!row) throw OrderErrors.return_not_found();
  if (!allowed.includes(row.status)) throw OrderErrors.return_wrong_step({ detail: `This return is ${row.status}.` });
  return row;
}

async function event(ctx: Ctx, order: OrderRow, kind: string, detail: Record<string, unknown>): Promise<void> {
  await repo.addEvent(ctx.tx, { id: newId('oev', ctx.clock.now().getTime()), order_id: order.id, kind, detail, at: ctx.clock.now() });
}
