import { consigneeView, money, type ConsigneeView } from "../checkout/present.server";
import { formatDate, formatDateTime } from "../i18n/dates";
import type { Locale } from "../i18n/locales";
import type { DeliveryEvent, PackingLocation, PickOrder, Shipment, StaffReturn } from "./fulfilment";
import type { StaffOrder } from "./orders";

/*
 * Amounts and times written out on the server, in the reader's language and the shop's zone
 * (Hong Kong), as the order pages do: the hydrated page must match the HTML.
 */

const when = (iso: string | null, locale: Locale) => (iso ? formatDateTime(new Date(iso), locale) : null);
// A delivery day is a Hong Kong calendar day; noon keeps it on that day in any zone's arithmetic.
const day = (date: string, locale: Locale) => formatDate(new Date(`${date}T12:00:00+08:00`), locale, "medium");

/** The estimated delivery window, one day or two; null before dispatch gives one. */
export function windowOf(shipment: { estimatedFrom: string | null; estimatedTo: string | null }, locale: Locale): { from: string; to: string | null } | null {
  const { estimatedFrom: from, estimatedTo: to } = shipment;
  if (!from && !to) return null;
  const first = day((from ?? to)!, locale);
  return { from: first, to: to && to !== from ? day(to, locale) : null };
}

export interface EventView extends Omit<DeliveryEvent, "occurredAt"> {
  at: string;
}

export interface ShipmentView {
  id: string;
  number: string;
  orderId: string;
  status: string;
  location: string;
  carrier: string | null;
  trackingNumber: string | null;
  value: string;
  idCheckRequired: boolean;
  consignee: ConsigneeView;
  window: { from: string; to: string | null } | null;
  authorisedProxy: string | null;
  receivedBy: { kind: string; name: string } | null;
  idCheck: { checkedBy: string; document: string; tail: string } | null;
  dispatchedAt: string | null;
  deliveredAt: string | null;
  lineIds: string[];
  /** Newest first: the person at the door wants the latest step on top. */
  events: EventView[];
  refusal: Shipment["refusal"];
}

export function shipmentView(shipment: Shipment, locations: readonly PackingLocation[], locale: Locale): ShipmentView {
  return {
    id: shipment.id, number: shipment.number, orderId: shipment.orderId, status: shipment.status,
    location: locations.find((l) => l.id === shipment.locationId)?.name ?? shipment.locationId,
    carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, value: money(shipment.value, shipment.currency, locale),
    idCheckRequired: shipment.idCheckRequired, consignee: consigneeView(shipment.consignee, locale), window: windowOf(shipment, locale),
    authorisedProxy: shipment.authorisedProxy?.name ?? null, receivedBy: shipment.receivedBy, idCheck: shipment.idCheck,
    dispatchedAt: when(shipment.dispatchedAt, locale), deliveredAt: when(shipment.deliveredAt, locale), lineIds: shipment.lineIds,
    events: shipment.events
      .map(({ occurredAt, ...event }) => ({ ...event, at: when(occurredAt, locale)!, sort: occurredAt }))
      .sort((a, b) => b.sort.localeCompare(a.sort))
      .map(({ sort: _sort, ...event }) => event),
    refusal: shipment.refusal,
  };
}

export interface ParcelLineView {
  id: string;
  name: string;
  designer: string;
  sku: string;
  variant: string[];
  quantity: number;
  total: string;
  status: string;
}

/** The order's lines that travel in this parcel, as the order recorded them. */
export function parcelLines(order: StaffOrder, lineIds: readonly string[], locale: Locale): ParcelLineView[] {
  return order.lines
    .filter((line) => lineIds.includes(line.id))
    .map((line) => ({
      id: line.id, name: line.name, designer: line.designer, sku: line.sku,
      variant: [line.colour, line.size, line.material].filter((part): part is string => Boolean(part)),
      quantity: line.quantity, total: money(line.total.amount, line.total.currency, locale), status: line.status,
    }));
}

export type PickOrderView = Omit<PickOrder, "lines"> & { lines: (PickOrder["lines"][number] & { variant: string[] })[] };

export function pickOrderView(order: PickOrder, locale: Locale): PickOrderView {
  return {
    ...order,
    placedAt: when(order.placedAt, locale)!,
    lines: order.lines.map((line) => ({ ...line, variant: [line.colour, line.size].filter((part): part is string => Boolean(part)) })),
  };
}

export interface ReturnView extends Omit<StaffReturn, "requestedAt" | "refundAmount"> {
  requestedAt: string;
}

/** A return in the queue; resolved ones leave it, so there is never an amount refunded to show. */
export function returnView({ refundAmount: _refunded, ...row }: StaffReturn, locale: Locale): ReturnView {
  return { ...row, requestedAt: when(row.requestedAt, locale)! };
}
