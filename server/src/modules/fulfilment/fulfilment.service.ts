import { createHmac, randomBytes } from 'node:crypto';
import type { Ctx } from '../../kernel/context.ts';
import { hashToken, sameSecret } from '../../kernel/auth/secrets.ts';
import { FulfilmentErrors } from './fulfilment.errors.ts';
import type { FulfilmentDeps } from './fulfilment.ports.ts';
import { fulfilmentRepository as repo } from './fulfilment.repository.ts';
import type { DelayReason, IdDocument, Justification, ReceiverKind } from './fulfilment.rules.ts';
import type { ConsigneeSnapshot, FulfilmentSettings, ShipmentRow } from './fulfilment.tables.ts';
import { changeAddress } from './use-cases/address-change.ts';
import { authoriseProxy, recordDelivered, recordEvent, type DeliveredInput, type EventInput } from './use-cases/delivery.ts';
import { classifyRefusal, recordRefusal, refusedForRejections } from './use-cases/refusals.ts';
import { cancelShipment, createShipment, dispatchShipment } from './use-cases/shipments.ts';

export type StaffEvent =
  | ({ kind: 'in_transit' | 'out_for_delivery' | 'attempted' | 'exception' } & Omit<EventInput, 'kind' | 'externalId'>)
  | ({ kind: 'delivered' } & Omit<DeliveredInput, 'externalId'>)
  | { kind: 'refused'; statedReason?: string; occurredAt?: Date };

/** What a carrier's webhook says about one of its parcels. */
export interface CarrierEvent {
  id: string;
  trackingNumber: string;
  kind: 'in_transit' | 'out_for_delivery' | 'attempted' | 'exception' | 'delivered' | 'refused';
  occurredAt: string;
  reason?: DelayReason;
  receivedBy?: { kind: ReceiverKind; name: string };
  idCheck?: { checkedBy: string; document: IdDocument; number: string };
  statedReason?: string;
}

export function createFulfilmentService(deps: FulfilmentDeps) {
  async function lockShipment(ctx: Ctx, shipmentId: string): Promise<ShipmentRow> {
    const shipment = await repo.lock(ctx.tx, shipmentId);
    if (!shipment) throw FulfilmentErrors.shipment_not_found();
    return shipment;
  }

  /** A customer's own parcel, or the consignee's through the link: anyone else gets "not found". */
  async function shipmentFor(ctx: Ctx, shipmentId: string, who: { customerId: string } | { consigneeToken: string }): Promise<ShipmentRow> {
    const shipment = await repo.lock(ctx.tx, shipmentId);
    const allowed = shipment && ('customerId' in who
      ? shipment.customer_id === who.customerId
      : shipment.consignee_access_hash !== null && sameSecret(hashToken(who.consigneeToken), shipment.consignee_access_hash));
    if (!shipment || !allowed) throw FulfilmentErrors.shipment_not_found();
    return shipment;
  }

  async function applyEvent(ctx: Ctx, shipment: ShipmentRow, event: StaffEvent | CarrierEvent, source: 'staff' | 'carrier', externalId?: string) {
    const occurredAt = event.occurredAt === undefined ? undefined : new Date(event.occurredAt);
    if (event.kind === 'delivered') {
      if (!event.receivedBy) throw FulfilmentErrors.shipment_not_found({ detail: 'A delivery says who received the parcel.' });
      return recordDelivered(ctx, deps, shipment, { receivedBy: event.receivedBy, idCheck: event.idCheck, occurredAt, externalId }, source);
    }
    if (event.kind === 'refused') return recordRefusal(ctx, deps, shipment, { statedReason: event.statedReason, occurredAt, externalId }, source);
    return recordEvent(ctx, deps, shipment, { kind: event.kind, reason: event.reason, note: 'note' in event ? event.note : undefined, occurredAt, externalId }, source);
  }

  async function carrierSecret(ctx: Ctx): Promise<string> {
    const settings = await repo.settings(ctx.tx);
    if (settings.carrier_webhook_secret) return settings.carrier_webhook_secret;
    const secret = randomBytes(32).toString('hex');
    await repo.updateSettings(ctx.tx, { carrier_webhook_secret: secret }, ctx.clock.now());
    return secret;
  }

  return {
    // The backstage (orders.manage): pack, dispatch, follow, deliver, classify refusals.
    createShipment: (ctx: Ctx, input: { orderId: string; locationId: string; lineIds: string[] }) => createShipment(ctx, deps, input),
    dispatchShipment: (ctx: Ctx, id: string, input: { carrier: string; trackingNumber: string; estimatedFrom?: string; estimatedTo?: string }) => dispatchShipment(ctx, deps, id, input),
    cancelShipment: (ctx: Ctx, id: string) => cancelShipment(ctx, deps, id),
    recordStaffEvent: async (ctx: Ctx, id: string, event: StaffEvent) => applyEvent(ctx, await lockShipment(ctx, id), event, 'staff'),
    authoriseProxy: (ctx: Ctx, id: string, name: string) => authoriseProxy(ctx, deps, id, name),
    classifyRefusal: (ctx: Ctx, id: string, input: { justified: boolean; justification?: Justification }) => classifyRefusal(ctx, deps, id, input),
    pendingRefusals: (ctx: Ctx) => repo.pendingRefusals(ctx.tx, 100),
    /** The pick list of a location: lines to pack, grouped by order, those already packed left out. */
    async queue(ctx: Ctx, locationId: string) {
      const waiting = await deps.orders.linesAwaitingShipment(ctx, locationId, 500);
      const packed = await repo.shippedLineIds(ctx.tx, waiting.map((l) => l.id));
      const orders = new Map<string, { orderId: string; number: string; placedAt: Date; consignee: string; destination: string; lines: { id: string; name: string; designer: string; sku: string; colour: string | null; size: string | null; image: string | null; quantity: number }[] }>();
      for (const line of waiting) {
        if (packed.has(line.id)) continue;
        const entry = orders.get(line.order_id) ?? { orderId: line.order_id, number: line.number, placedAt: line.placed_at, consignee: line.consignee.name, destination: `${line.consignee.address.city}, ${line.consignee.address.countryCode}`, lines: [] };
        entry.lines.push({ id: line.id, name: line.snapshot.name, designer: line.snapshot.designer, sku: line.snapshot.sku, colour: line.snapshot.colour, size: line.snapshot.size, image: line.snapshot.image, quantity: line.quantity });
        orders.set(line.order_id, entry);
      }
      return [...orders.values()];
    },
    /** Every parcel of an order the customer, or the guest holding its link, may see. */
    async shipmentsVisibleTo(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }) {
      if (!(await deps.orders.visibleTo(ctx, orderId, who))) throw FulfilmentErrors.order_not_found();
      return Promise.all((await repo.ofOrder(ctx.tx, orderId)).filter((s) => s.status !== 'cancelled').map((s) => detail(ctx, s)));
    },
    openShipments: (ctx: Ctx, locationId: string | null) => repo.openAt(ctx.tx, locationId, 200),
    shipmentForStaff: async (ctx: Ctx, id: string) => detail(ctx, (await repo.byId(ctx.tx, id)) ?? notFound()),
    settings: (ctx: Ctx): Promise<FulfilmentSettings> => repo.settings(ctx.tx),
    carrierSecret,
    async updateSettings(ctx: Ctx, changes: { idCheckFromHkd?: number; refusalLimit?: number; refusalPeriodMonths?: number; returnWindowDays?: number }) {
      const updated = await repo.updateSettings(ctx.tx, {
        ...(changes.idCheckFromHkd !== undefined && { id_check_from_hkd: BigInt(changes.idCheckFromHkd) }),
        ...(changes.refusalLimit !== undefined && { refusal_limit: changes.refusalLimit }),
        ...(changes.refusalPeriodMonths !== undefined && { refusal_period_months: changes.refusalPeriodMonths }),
        ...(changes.returnWindowDays !== undefined && { return_window_days: changes.returnWindowDays }),
      }, ctx.clock.now());
      await deps.audit.recordAudit(ctx, { action: 'fulfilment.settings_changed', subjectType: 'fulfilment_settings', subjectId: 'settings', detail: { fields: Object.keys(changes) } });
      return updated;
    },

    /**
     * A carrier's webhook: signed with HMAC-SHA256 of the body under the shared secret. Sent twice
     * it is recorded once (its event id); sent out of order it joins the history without moving
     * the parcel backwards.
     */
    async receiveCarrierEvent(ctx: Ctx, carrier: string, rawBody: string, signature: string | undefined, parse: (body: string) => CarrierEvent | undefined) {
      const expected = createHmac('sha256', await carrierSecret(ctx)).update(rawBody).digest('hex');
      if (!signature || !sameSecret(signature, expected)) throw FulfilmentErrors.invalid_signature();
      const event = parse(rawBody);
      if (!event) return { outcome: 'ignored' as const };
      const shipment = await repo.lockByTracking(ctx.tx, carrier, event.trackingNumber);
      if (!shipment) return { outcome: 'unknown_parcel' as const };
      const updated = await applyEvent(ctx, shipment, event, 'carrier', `${carrier}:${event.id}`);
      return { outcome: 'recorded' as const, status: updated.status };
    },

    // The customer, in the account, and the consignee, through the link.
    async shipmentsOfOrder(ctx: Ctx, orderId: string) {
      const shipments = await repo.ofOrder(ctx.tx, orderId);
      return Promise.all(shipments.map((s) => detail(ctx, s)));
    },
    shipmentForCustomer: async (ctx: Ctx, id: string, customerId: string) => detail(ctx, await shipmentFor(ctx, id, { customerId })),
    shipmentForConsignee: async (ctx: Ctx, id: string, token: string) => detail(ctx, await shipmentFor(ctx, id, { consigneeToken: token })),
    async changeAddress(ctx: Ctx, id: string, who: { customerId: string } | { consigneeToken: string }, address: ConsigneeSnapshot['address']) {
      const shipment = await shipmentFor(ctx, id, who);
      return detail(ctx, await changeAddress(ctx, deps, shipment, address, 'customerId' in who ? 'customer' : 'consignee'));
    },

    // Told to the orders module: DEL-6.
    refusedForRejections: async (ctx: Ctx, customerId: string) => (await refusedForRejections(ctx, customerId)).refused,
    refusalStanding: refusedForRejections,
  };

  async function detail(ctx: Ctx, shipment: ShipmentRow) {
    const [lines, events, refusal] = await Promise.all([repo.linesOf(ctx.tx, [shipment.id]), repo.eventsOf(ctx.tx, [shipment.id]), repo.refusalOf(ctx.tx, shipment.id)]);
    return { shipment, lineIds: lines.map((l) => l.order_line_id), events, refusal: refusal ?? null };
  }
}

function notFound(): never {
  throw FulfilmentErrors.shipment_not_found();
}

export type FulfilmentService = ReturnType<typeof createFulfilmentService>;
