import type { DeliveryEventRow, RefusalRow, ShipmentRow } from './fulfilment.tables.ts';

/** A shipment as the API shows it; the consignee link's hash never leaves the server. */
export function presentShipment(detail: { shipment: ShipmentRow; lineIds: string[]; events: DeliveryEventRow[]; refusal: RefusalRow | null }) {
  const { shipment: s } = detail;
  return {
    id: s.id, number: s.number, orderId: s.order_id, status: s.status, locationId: s.location_id,
    carrier: s.carrier, trackingNumber: s.tracking_number, value: Number(s.value), currency: s.currency, idCheckRequired: s.id_check_required,
    consignee: s.consignee, estimatedFrom: s.estimated_from, estimatedTo: s.estimated_to,
    authorisedProxy: s.authorised_proxy ? { name: s.authorised_proxy.name } : null,
    receivedBy: s.received_by, idCheck: s.id_check,
    dispatchedAt: s.dispatched_at?.toISOString() ?? null, deliveredAt: s.delivered_at?.toISOString() ?? null,
    lineIds: detail.lineIds,
    events: detail.events.map((e) => ({ kind: e.kind, reason: e.reason, exempt: e.exempt, note: e.note, source: e.source, occurredAt: e.occurred_at.toISOString() })),
    refusal: detail.refusal && { id: detail.refusal.id, classification: detail.refusal.classification, justification: detail.refusal.justification, statedReason: detail.refusal.stated_reason },
  };
}
