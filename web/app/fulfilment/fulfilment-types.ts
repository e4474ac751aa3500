import type { Money, Order, OrderLine, PostalAddress } from "../checkout/checkout-types";

/*
 * An order after it was placed, as the API answers it (GET /api/account/orders/:id and the
 * guest's /api/orders/:id): each line's own dates, the returns asked for, and its parcels
 * (GET …/shipments, /api/deliveries/:id for the consignee).
 */

export interface AfterSaleLine extends OrderLine {
  cancelledAt: string | null;
  deliveredAt: string | null;
  returnedAt: string | null;
  /** The line this one replaces in an exchange. */
  exchangeFor: string | null;
}

export interface OrderReturn {
  id: string;
  /** requested, approved, refused, in_transit, received, refunded or exchanged */
  status: string;
  reason: string;
  resolution: string;
  decisionReason: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  refundAmount: number | null;
  lineIds: string[];
  requestedAt: string;
}

export interface AfterSaleOrder extends Omit<Order, "lines" | "history"> {
  lines: AfterSaleLine[];
  history: { kind: string; at: string; detail: Record<string, unknown> }[];
  returns: OrderReturn[];
}

export interface DeliveryEvent {
  kind: string;
  reason: string | null;
  /** DEL-2: the delay is on the customer's side (or no one's), not the shop's. */
  exempt: boolean;
  note: string | null;
  /** staff, carrier, customer or consignee */
  source: string;
  occurredAt: string;
}

export interface Shipment {
  id: string;
  number: string;
  orderId: string;
  status: string;
  carrier: string | null;
  trackingNumber: string | null;
  consignee: { name: string; phone: string; isCustomer?: boolean; email?: string; address: PostalAddress };
  /** Calendar days in Hong Kong (YYYY-MM-DD). */
  estimatedFrom: string | null;
  estimatedTo: string | null;
  authorisedProxy: { name: string } | null;
  receivedBy: { kind: string; name: string } | null;
  idCheck: { checkedBy: string; document: string; tail: string } | null;
  dispatchedAt: string | null;
  deliveredAt: string | null;
  lineIds: string[];
  events: DeliveryEvent[];
  refusal: { id: string; classification: string; justification: string | null; statedReason: string | null } | null;
}

export type { Money, PostalAddress };
