import type { Ctx } from '../../../kernel/context.ts';
import { hashToken, newSecretToken } from '../../../kernel/auth/secrets.ts';
import { newId } from '../../../kernel/ids.ts';
import { FulfilmentErrors } from '../fulfilment.errors.ts';
import { consigneeDispatchedMail } from '../fulfilment.consignee-mails.ts';
import { dispatchedMail } from '../fulfilment.mails.ts';
import type { FulfilmentDeps } from '../fulfilment.ports.ts';
import { fulfilmentRepository as repo } from '../fulfilment.repository.ts';
import type { ShipmentRow } from '../fulfilment.tables.ts';

function staffId(ctx: Ctx): string {
  return ctx.actor.kind === 'staff' ? ctx.actor.staffId : ctx.actor.kind;
}

/**
 * Staff pack some or all of an order's lines at one location (partial shipments are normal).
 * The lines must be open offers reserved at that location and not already packed; the order's
 * money must be secured. Nothing forms yet: the contract forms at dispatch.
 */
export async function createShipment(ctx: Ctx, deps: FulfilmentDeps, input: { orderId: string; locationId: string; lineIds: string[] }): Promise<ShipmentRow> {
  if (input.lineIds.length === 0) throw FulfilmentErrors.no_lines();
  const order = await deps.orders.orderForShipping(ctx, input.orderId);
  if (!order) throw FulfilmentErrors.order_not_found();
  if (!order.paymentSecured) throw FulfilmentErrors.order_not_payable();
  const wanted = new Set(input.lineIds);
  const lines = order.lines.filter((l) => wanted.has(l.id));
  const packed = await repo.shippedLineIds(ctx.tx, input.lineIds);
  if (lines.some((l) => l.kind === 'service')) throw FulfilmentErrors.line_not_shippable({ detail: 'A service is confirmed on the order page, not packed.' });
  if (lines.length !== wanted.size || lines.some((l) => l.status !== 'offer' || l.locationId !== input.locationId || packed.has(l.id))) {
    throw FulfilmentErrors.line_not_shippable();
  }
  const now = ctx.clock.now();
  const settings = await repo.settings(ctx.tx);
  const value = lines.reduce((sum, l) => sum + l.total, 0);
  const valueHkd = await deps.toHkd(ctx, value, order.currency);
  const sequence = (await repo.shipmentCount(ctx.tx, order.id)) + 1;
  const shipment: ShipmentRow = {
    id: newId('shp', now.getTime()), number: `${order.number}-${sequence}`, order_id: order.id, customer_id: order.customerId,
    location_id: input.locationId, status: 'packing', carrier: null, tracking_number: null,
    value: BigInt(value), currency: order.currency, value_hkd: BigInt(valueHkd), id_check_required: BigInt(valueHkd) >= settings.id_check_from_hkd,
    consignee: order.consignee, consignee_access_hash: null, estimated_from: null, estimated_to: null,
    authorised_proxy: null, received_by: null, id_check: null,
    created_by: staffId(ctx), created_at: now, dispatched_at: null, delivered_at: null, updated_at: now,
  };
  await repo.insertShipment(ctx.tx, shipment, lines.map((l) => ({ order_line_id: l.id, amount: BigInt(l.total) })));
  await deps.audit.recordAudit(ctx, { action: 'fulfilment.shipment_created', subjectType: 'shipment', subjectId: shipment.id, detail: { order: order.number, lines: lines.length } });
  return shipment;
}

/**
 * The parcel leaves the warehouse with its carrier and tracking number (ORD-2): each of its lines
 * becomes a contract and its amount is captured; the customer, and the consignee when another
 * person, are told with a link to follow it. Dispatching twice changes nothing more.
 */
export async function dispatchShipment(ctx: Ctx, deps: FulfilmentDeps, shipmentId: string, input: { carrier: string; trackingNumber: string; estimatedFrom?: string; estimatedTo?: string }): Promise<ShipmentRow> {
  const shipment = await repo.lock(ctx.tx, shipmentId);
  if (!shipment) throw FulfilmentErrors.shipment_not_found();
  if (shipment.status !== 'packing') throw FulfilmentErrors.not_packing();
  const carrier = input.carrier.trim();
  const trackingNumber = input.trackingNumber.trim();
  if (!carrier || !trackingNumber) throw FulfilmentErrors.tracking_required();
  const taken = await repo.lockByTracking(ctx.tx, carrier, trackingNumber);
  if (taken && taken.id !== shipment.id) throw FulfilmentErrors.tracking_taken();

  const order = (await deps.orders.orderForShipping(ctx, shipment.order_id))!;
  const lineIds = (await repo.linesOf(ctx.tx, [shipment.id])).map((l) => l.order_line_id);
  const lines = order.lines.filter((l) => lineIds.includes(l.id));
  // A line cancelled while it was being packed cannot leave: the contract would form for nothing.
  if (lines.some((l) => l.status !== 'offer')) throw FulfilmentErrors.line_not_shippable({ detail: 'A line of this parcel is no longer an open offer; cancel the shipment and pack again.' });
  const now = ctx.clock.now();
  const window = estimatedWindow(now, lines, input);
  await deps.orders.formContracts(ctx, order.id, { id: shipment.id, number: shipment.number, lineIds });
  // The consignee's own link (DEL-3, DEL-4): mailed to a consignee who gave an e-mail, else the
  // customer's mail carries it to pass on.
  const consigneeLink = newSecretToken();
  const changes = {
    status: 'in_transit' as const, carrier, tracking_number: trackingNumber, dispatched_at: now,
    estimated_from: window.from, estimated_to: window.to, consignee_access_hash: hashToken(consigneeLink),
  };
  await repo.update(ctx.tx, shipment.id, changes, now);
  await repo.insertEvent(ctx.tx, { id: newId('dev', now.getTime()), shipment_id: shipment.id, kind: 'dispatched', reason: null, exempt: false, note: `${carrier} ${trackingNumber}`, source: 'staff', external_id: null, occurred_at: now, recorded_at: now });
  const updated = { ...shipment, ...changes, updated_at: now };
  const trackUrl = `${deps.publicUrl}/deliveries/${shipment.id}?token=${consigneeLink}`;
  const toConsignee = consigneeDispatchedMail({ order, shipment: updated, link: trackUrl });
  await deps.mail.queueMail(ctx, dispatchedMail({ to: order.email, order, shipment: updated, lines, link: trackUrl, consigneeTold: toConsignee && shipment.consignee.name }));
  if (toConsignee) await deps.mail.queueMail(ctx, toConsignee);
  await deps.audit.recordAudit(ctx, { action: 'fulfilment.shipment_dispatched', subjectType: 'shipment', subjectId: shipment.id, detail: { carrier, trackingNumber } });
  return updated;
}

/** A parcel still being packed can be unpacked; its lines go back to the queue. */
export async function cancelShipment(ctx: Ctx, deps: FulfilmentDeps, shipmentId: string): Promise<ShipmentRow> {
  const shipment = await repo.lock(ctx.tx, shipmentId);
  if (!shipment) throw FulfilmentErrors.shipment_not_found();
  if (shipment.status !== 'packing') throw FulfilmentErrors.not_packing();
  const now = ctx.clock.now();
  await repo.update(ctx.tx, shipment.id, { status: 'cancelled' }, now);
  await deps.audit.recordAudit(ctx, { action: 'fulfilment.shipment_cancelled', subjectType: 'shipment', subjectId: shipment.id });
  return { ...shipment, status: 'cancelled', updated_at: now };
}

/** The promised window from the lines' own estimates (CAT-4), unless staff give a better one. */
function estimatedWindow(now: Date, lines: { estimate: { daysMin: number; daysMax: number } | null }[], input: { estimatedFrom?: string; estimatedTo?: string }) {
  if (input.estimatedFrom && input.estimatedTo) return { from: input.estimatedFrom, to: input.estimatedTo };
  const day = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const min = Math.max(1, ...lines.map((l) => l.estimate?.daysMin ?? 1));
  const max = Math.max(min, ...lines.map((l) => l.estimate?.daysMax ?? 5));
  return { from: day(min), to: day(max) };
}
