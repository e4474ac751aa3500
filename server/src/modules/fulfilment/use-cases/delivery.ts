import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { FulfilmentErrors } from '../fulfilment.errors.ts';
import { consigneeDeliveredMail } from '../fulfilment.consignee-mails.ts';
import { deliveredMail, deliveryUpdateMail } from '../fulfilment.mails.ts';
import type { FulfilmentDeps } from '../fulfilment.ports.ts';
import { fulfilmentRepository as repo } from '../fulfilment.repository.ts';
import { documentTail, isExempt, isTerminal, NEEDS_REASON, statusAfter, windowAfter, type DelayReason, type EventKind, type IdDocument, type ReceiverKind } from '../fulfilment.rules.ts';
import type { ShipmentRow } from '../fulfilment.tables.ts';

export interface EventInput {
  kind: Exclude<EventKind, 'delivered' | 'refused'>;
  reason?: DelayReason | undefined;
  note?: string | undefined;
  occurredAt?: Date | undefined;
  /** The carrier's own id for the event: the same webhook twice is recorded once. */
  externalId?: string | undefined;
}

export interface DeliveredInput {
  receivedBy: { kind: ReceiverKind; name: string };
  /** DEL-5: required above the threshold: who checked, which document, and the number (only its tail is kept). */
  idCheck?: { checkedBy: string; document: IdDocument; number: string } | undefined;
  occurredAt?: Date | undefined;
  externalId?: string | undefined;
}

type Source = 'staff' | 'carrier';

/**
 * A step on the way (DEL-2): in transit, out for delivery, a failed attempt or an exception, each
 * problem with its reason, marked exempt when the reason is one that exempts the shop. The
 * status and the estimated window follow; an event older than the latest only joins the history.
 */
export async function recordEvent(ctx: Ctx, deps: FulfilmentDeps, shipment: ShipmentRow, input: EventInput, source: Source): Promise<ShipmentRow> {
  if (NEEDS_REASON.includes(input.kind) && !input.reason) throw FulfilmentErrors.reason_required();
  // A parcel moves only once dispatched (that is when its contracts form); a carrier's late news of a
  // closed parcel joins its history, but staff have nothing left to record on it.
  if (shipment.status === 'packing') throw FulfilmentErrors.not_packing({ detail: 'The parcel has not been dispatched.' });
  if (source === 'staff' && isTerminal(shipment.status)) throw FulfilmentErrors.already_closed();
  const now = ctx.clock.now();
  const occurredAt = input.occurredAt ?? now;
  const latest = await repo.latestMoveAt(ctx.tx, shipment.id);
  const recorded = await repo.insertEvent(ctx.tx, {
    id: newId('dev', now.getTime()), shipment_id: shipment.id, kind: input.kind, reason: input.reason ?? null,
    exempt: input.reason ? isExempt(input.reason) : false, note: input.note ?? null, source, external_id: input.externalId ?? null,
    occurred_at: occurredAt, recorded_at: now,
  });
  if (!recorded) return shipment;
  const status = statusAfter(shipment.status, latest, { kind: input.kind, occurredAt });
  if (status === shipment.status && input.kind !== status) return shipment;
  const window = windowAfter({ from: shipment.estimated_from, to: shipment.estimated_to }, input.kind, occurredAt);
  const changes = { status, estimated_from: window.from, estimated_to: window.to };
  await repo.update(ctx.tx, shipment.id, changes, now);
  if (input.kind !== 'in_transit') {
    const order = (await deps.orders.orderForShipping(ctx, shipment.order_id))!;
    await deps.mail.queueMail(ctx, deliveryUpdateMail({ to: order.email, order, kind: input.kind, reason: input.reason ?? null, window }));
  }
  return { ...shipment, ...changes, updated_at: now };
}

/**
 * Delivered, and to whom (DEL-4): the consignee, reception, property management, security, or
 * the proxy the consignee authorised. Above the threshold the consignee's ID must have been
 * checked (DEL-5): without the check, "delivered" cannot be recorded. The customer is told to
 * whom it was handed, and the consignee too when another person who gave an e-mail.
 */
export async function recordDelivered(ctx: Ctx, deps: FulfilmentDeps, shipment: ShipmentRow, input: DeliveredInput, source: Source): Promise<ShipmentRow> {
  if (isTerminal(shipment.status)) {
    // The carrier's repeat of the same delivery: already recorded, nothing to do.
    if (shipment.status === 'delivered' && input.externalId) return shipment;
    throw FulfilmentErrors.already_closed();
  }
  if (shipment.status === 'packing') throw FulfilmentErrors.not_packing({ detail: 'The parcel has not been dispatched.' });
  if (shipment.id_check_required && !input.idCheck) throw FulfilmentErrors.id_check_required();
  if (input.receivedBy.kind === 'proxy' && !shipment.authorised_proxy) throw FulfilmentErrors.proxy_not_authorised();
  const now = ctx.clock.now();
  const occurredAt = input.occurredAt ?? now;
  const recorded = await repo.insertEvent(ctx.tx, {
    id: newId('dev', now.getTime()), shipment_id: shipment.id, kind: 'delivered', reason: null, exempt: false,
    note: `${input.receivedBy.kind}: ${input.receivedBy.name}`, source, external_id: input.externalId ?? null, occurred_at: occurredAt, recorded_at: now,
  });
  if (!recorded) return shipment;
  const changes = {
    status: 'delivered' as const, delivered_at: occurredAt, received_by: { kind: input.receivedBy.kind, name: input.receivedBy.name.trim() },
    id_check: input.idCheck ? { checkedBy: input.idCheck.checkedBy.trim(), document: input.idCheck.document, tail: documentTail(input.idCheck.number) } : null,
  };
  await repo.update(ctx.tx, shipment.id, changes, now);
  const lineIds = (await repo.linesOf(ctx.tx, [shipment.id])).map((l) => l.order_line_id);
  await deps.orders.linesDelivered(ctx, shipment.order_id, lineIds);
  const order = (await deps.orders.orderForShipping(ctx, shipment.order_id))!;
  await deps.mail.queueMail(ctx, deliveredMail({ to: order.email, order, receivedBy: changes.received_by }));
  const toConsignee = consigneeDeliveredMail({ order, shipment, receivedBy: changes.received_by });
  if (toConsignee) await deps.mail.queueMail(ctx, toConsignee);
  return { ...shipment, ...changes, updated_at: now };
}

/** DEL-4: customer service records the receiver a consignee authorised, by name, on the shipment. */
export async function authoriseProxy(ctx: Ctx, deps: FulfilmentDeps, shipmentId: string, name: string): Promise<ShipmentRow> {
  const shipment = await repo.lock(ctx.tx, shipmentId);
  if (!shipment) throw FulfilmentErrors.shipment_not_found();
  if (isTerminal(shipment.status)) throw FulfilmentErrors.already_closed();
  const now = ctx.clock.now();
  const proxy = { name: name.trim(), authorisedBy: ctx.actor.kind === 'staff' ? ctx.actor.staffId : 'system', at: now.toISOString() };
  await repo.update(ctx.tx, shipment.id, { authorised_proxy: proxy }, now);
  await deps.audit.recordAudit(ctx, { action: 'fulfilment.proxy_authorised', subjectType: 'shipment', subjectId: shipment.id });
  return { ...shipment, authorised_proxy: proxy, updated_at: now };
}
