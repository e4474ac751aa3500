import { consigneeView, money, type ConsigneeView } from "../checkout/present.server";
import { formatDate, formatDateTime } from "../i18n/dates";
import type { Locale } from "../i18n/locales";
import type { AfterSaleLine, AfterSaleOrder, PostalAddress, Shipment } from "./fulfilment-types";

/*
 * Parcels, line states and returns ready to show: dates in the shop's zone (Hong Kong) and the
 * reader's language, amounts formatted, formatted here on the server so the hydrated page
 * matches the HTML.
 */

const at = (iso: string | null, locale: Locale) => (iso ? formatDateTime(new Date(iso), locale) : null);
/** A calendar day of the delivery window: noon in Hong Kong, so no zone moves it to another day. */
const day = (date: string, locale: Locale) => formatDate(new Date(`${date}T12:00:00+08:00`), locale);

/** While a parcel travels its address may change (DEL-3). */
const IN_TRANSIT = new Set(["in_transit", "out_for_delivery", "attempted", "exception"]);
const ON_CUSTOMER_SIDE = new Set(["customer_information", "nobody_to_receive", "changed_circumstances"]);

export const isInTransit = (status: string) => IN_TRANSIT.has(status);

export interface LineStateView {
  state: "offer" | "contracted" | "delivered" | "cancelled" | "returned";
  /** A service is confirmed and given rather than shipped and delivered. */
  service: boolean;
  contractedAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  returnedAt: string | null;
  /** The piece this line replaces, when it was sent in an exchange. */
  exchangeOf: string | null;
  /** The status of a return asked for this line, while it runs. */
  returnStatus: string | null;
}

function stateOf(line: AfterSaleLine): LineStateView["state"] {
  if (line.status === "contracted") return line.deliveredAt ? "delivered" : "contracted";
  if (line.status === "cancelled" || line.status === "returned") return line.status;
  return "offer";
}

/** ORD-2: each line's own state, since each piece's contract forms when it ships. */
export function lineStates(order: AfterSaleOrder, locale: Locale): Record<string, LineStateView> {
  const names = new Map(order.lines.map((line) => [line.id, `${line.designer} — ${line.name}`]));
  const returning = new Map(order.returns.filter((r) => r.status !== "refused").flatMap((r) => r.lineIds.map((id) => [id, r.status] as const)));
  return Object.fromEntries(
    order.lines.map((line) => [
      line.id,
      {
        state: stateOf(line),
        service: line.kind === "service",
        contractedAt: at(line.contractedAt, locale),
        deliveredAt: at(line.deliveredAt, locale),
        cancelledAt: at(line.cancelledAt, locale),
        returnedAt: at(line.returnedAt, locale),
        exchangeOf: line.exchangeFor ? (names.get(line.exchangeFor) ?? null) : null,
        returnStatus: line.status === "contracted" ? (returning.get(line.id) ?? null) : null,
      },
    ]),
  );
}

export interface EventView {
  kind: string;
  at: string;
  reason: string | null;
  /** DEL-2: whose side a failed attempt or a hold-up was on. */
  side: "customer" | "nobody" | "shop" | null;
  /** An address change: asked by the customer or by the consignee. */
  requestedBy: string | null;
}

export interface ParcelView {
  id: string;
  number: string;
  status: string;
  carrier: string | null;
  trackingNumber: string | null;
  window: { from: string; to: string } | null;
  consignee: ConsigneeView;
  address: PostalAddress;
  receivedBy: { kind: string; name: string } | null;
  idDocument: string | null;
  refusalReason: string | null;
  /** What is in it ("Designer — Name"), on the order pages; the consignee's page shows none. */
  pieces: string[];
  events: EventView[];
  inTransit: boolean;
}

function eventView(event: Shipment["events"][number], locale: Locale): EventView {
  const side = event.kind === "address_changed" || !event.reason ? null : !event.exempt ? "shop" : ON_CUSTOMER_SIDE.has(event.reason) ? "customer" : "nobody";
  return {
    kind: event.kind, at: formatDateTime(new Date(event.occurredAt), locale), reason: event.kind === "address_changed" ? null : event.reason, side,
    requestedBy: event.kind === "address_changed" ? event.source : null,
  };
}

/**
 * A parcel on an order page (with the names of its pieces), or on the consignee's page (no
 * pieces, and no "received on your behalf" note: there the reader is the one receiving it).
 */
export function parcelView(shipment: Shipment, locale: Locale, lines: readonly AfterSaleLine[] | "consignee"): ParcelView {
  const { estimatedFrom: from, estimatedTo: to } = shipment;
  const forConsignee = lines === "consignee";
  return {
    id: shipment.id, number: shipment.number, status: shipment.status, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber,
    window: from && to ? { from: day(from, locale), to: day(to, locale) } : null,
    consignee: consigneeView({ ...shipment.consignee, isCustomer: forConsignee || (shipment.consignee.isCustomer ?? true) }, locale),
    address: shipment.consignee.address,
    receivedBy: shipment.receivedBy, idDocument: shipment.idCheck?.document ?? null, refusalReason: shipment.refusal?.statedReason ?? null,
    pieces: forConsignee ? [] : lines.filter((line) => shipment.lineIds.includes(line.id)).map((line) => `${line.designer} — ${line.name}`),
    events: shipment.events.map((event) => eventView(event, locale)),
    inTransit: isInTransit(shipment.status),
  };
}

export interface ReturnView {
  id: string;
  status: string;
  resolution: string;
  reason: string;
  decisionReason: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  refund: string | null;
  requestedAt: string;
  pieces: string[];
}

export function returnViews(order: AfterSaleOrder, locale: Locale): ReturnView[] {
  const names = new Map(order.lines.map((line) => [line.id, `${line.designer} — ${line.name}`]));
  return order.returns.map((r) => ({
    id: r.id, status: r.status, resolution: r.resolution, reason: r.reason, decisionReason: r.decisionReason, carrier: r.carrier, trackingNumber: r.trackingNumber,
    refund: r.refundAmount ? money(r.refundAmount, order.total.currency, locale) : null,
    requestedAt: formatDateTime(new Date(r.requestedAt), locale),
    pieces: r.lineIds.map((id) => names.get(id) ?? id),
  }));
}

/** What happens to the money when these lines are cancelled (PAY-2), said before the customer confirms. */
export type MoneyOutcome = { kind: "cod" | "unpaid" | "released" } | { kind: "refund"; amount: string };

/**
 * What the customer owes for the lines still standing, and the delivery while any stands (the
 * server's rule; a line sent in exchange costs nothing). A paid transfer gives back the difference.
 */
function owed(order: AfterSaleOrder, cancelled: ReadonlySet<string>): number {
  const linesTotal = order.lines.reduce((sum, line) => sum + line.total.amount, 0);
  const standing = order.lines.filter((line) => !cancelled.has(line.id) && (line.status === "offer" || line.status === "contracted"));
  if (standing.length === 0) return 0;
  return standing.reduce((sum, line) => sum + line.total.amount, 0) + Math.max(0, order.total.amount - linesTotal);
}

export function cancelOutcome(order: AfterSaleOrder, lineIds: readonly string[], locale: Locale): MoneyOutcome {
  if (order.paymentMethod === "cod") return { kind: "cod" };
  if (order.paymentStatus !== "authorised" && order.paymentStatus !== "review") return { kind: "unpaid" };
  // A card is charged only as each piece ships: for pieces still offers, only a hold is released.
  if (order.paymentMethod === "card") return { kind: "released" };
  const refund = owed(order, new Set()) - owed(order, new Set(lineIds));
  return refund > 0 ? { kind: "refund", amount: money(refund, order.total.currency, locale) } : { kind: "released" };
}
