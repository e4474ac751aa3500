import type { FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import type { Consignee, Money } from "../checkout/checkout-types";
import type { PlainMessageKey } from "../i18n/translate";
import { startOfShopDay } from "./dates";
import { backstageErrorsFrom } from "./problems";

/** An order in the backstage's list (GET /api/admin/orders). */
export interface StaffOrderRow {
  id: string;
  number: string;
  placedAt: string;
  customerId: string | null;
  email: string;
  consigneeName: string;
  zone: string;
  currency: string;
  total: Money;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  paymentDeadline: string | null;
}

export interface StaffOrderLine {
  id: string;
  name: string;
  designer: string;
  sku: string;
  colour: string | null;
  size: string | null;
  material: string | null;
  seller: { kind: string; id: string | null; name: string };
  quantity: number;
  unitPrice: Money;
  discount: Money;
  total: Money;
  /** A service is confirmed on the order, never packed. */
  kind: "goods" | "service";
  status: string;
  contractedAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  estimatedDelivery: { shipsFrom: string; daysMin: number; daysMax: number; crossBorder: boolean } | null;
  location: { id: string; name: string | null };
}

export interface StaffPayment {
  id: string;
  method: string;
  status: string;
  amount: Money;
  authorised: Money;
  captured: Money;
  refunded: Money;
  card: { brand: string; last4: string } | null;
  riskScore: number;
  riskReasons: string[];
  reviewReason: string | null;
  decisionReason: string | null;
  failureReason: string | null;
  transferReference: string | null;
  latePayment: boolean;
  deadlineAt: string | null;
  createdAt: string;
  operations: { id: string; kind: string; amount: Money; outcome: string; failureReason: string | null; at: string }[];
}

/** One order as staff see it (GET /api/admin/orders/:id). */
export interface StaffOrder {
  id: string;
  number: string;
  placedAt: string;
  status: string;
  cancelReason: string | null;
  cancelledAt: string | null;
  customerId: string | null;
  email: string;
  phone: string | null;
  consignee: Consignee;
  zone: string;
  deliveryMethod: string;
  paymentMethod: string;
  paymentStatus: string;
  paymentDeadline: string | null;
  subtotal: Money;
  discount: Money;
  delivery: Money;
  dutiesEstimate: Money | null;
  total: Money;
  promotions: { promotionId: string | null; name: string; code: string | null; amount: Money }[];
  lines: StaffOrderLine[];
  history: { id: string; kind: string; at: string; detail: Record<string, unknown> }[];
  payments: StaffPayment[];
}

export const ORDER_STATUSES = ["offer_received", "cancelled", "partly_shipped", "shipped", "delivered", "closed"] as const;
export const PAYMENT_STATUSES = ["pending", "authorised", "review", "failed", "voided", "refunded", "not_required"] as const;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === "string" && (values as readonly string[]).includes(value);

export function isOrderId(value: unknown): value is string {
  return typeof value === "string" && /^ord_[0-9a-hjkmnp-tv-z]{26}$/.test(value);
}

export function isPaymentId(value: unknown): value is string {
  return typeof value === "string" && /^pay_[0-9a-hjkmnp-tv-z]{26}$/.test(value);
}

/** The list's filters as in its address (dates YYYY-MM-DD, whole days in the shop's zone). */
export interface OrderFilters {
  query: string;
  status: string;
  paymentStatus: string;
  from: string;
  to: string;
  customerId: string;
}

export function orderFiltersOf(params: URLSearchParams): OrderFilters {
  const text = (name: string) => (params.get(name) ?? "").trim().slice(0, 200);
  const customerId = text("customerId");
  return {
    query: text("query"),
    status: isOneOf(ORDER_STATUSES, text("status")) ? text("status") : "",
    paymentStatus: isOneOf(PAYMENT_STATUSES, text("paymentStatus")) ? text("paymentStatus") : "",
    from: text("from"),
    to: text("to"),
    customerId: /^cus_[0-9a-hjkmnp-tv-z]{26}$/.test(customerId) ? customerId : "",
  };
}

/** The day after a YYYY-MM-DD date: "to 3 March" includes the whole of 3 March. */
function nextDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The API's query for these filters and page. */
export function ordersApiQuery(filters: OrderFilters, after: string, limit: number): URLSearchParams {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const name of ["query", "status", "paymentStatus", "customerId"] as const) if (filters[name]) query.set(name, filters[name]);
  if (filters.from) query.set("from", startOfShopDay(filters.from));
  if (filters.to) query.set("to", startOfShopDay(nextDay(filters.to)));
  if (after) query.set("after", after);
  return query;
}

/** The list's own address for these filters (and a cursor, for the next page). */
export function ordersPagePath(filters: OrderFilters, after: string | null): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (after) params.set("after", after);
  const search = params.toString();
  return search ? `/admin/orders?${search}` : "/admin/orders";
}

/** The API's words as staff read them; an unknown one is shown as its code. */
function lookup(table: Readonly<Record<string, PlainMessageKey>>) {
  return (value: string): PlainMessageKey | undefined => (Object.hasOwn(table, value) ? table[value] : undefined);
}

export const orderStatusKey = lookup({
  offer_received: "backstage.orders.status.offer_received",
  cancelled: "backstage.orders.status.cancelled",
  partly_shipped: "backstage.orders.status.partly_shipped",
  shipped: "backstage.orders.status.shipped",
  delivered: "backstage.orders.status.delivered",
  closed: "backstage.orders.status.closed",
});

export const paymentStatusKey = lookup({
  pending: "backstage.orders.payment.pending",
  authorised: "backstage.orders.payment.authorised",
  review: "backstage.orders.payment.review",
  failed: "backstage.orders.payment.failed",
  voided: "backstage.orders.payment.voided",
  refunded: "backstage.orders.payment.refunded",
  not_required: "backstage.orders.payment.not_required",
});

/** A payment's own state (the payments module's), which has a few more steps than the order's. */
export const intentStatusKey = lookup({
  pending: "backstage.orders.payment.pending",
  review: "backstage.orders.payment.review",
  authorised: "backstage.orders.payment.authorised",
  captured: "backstage.orders.payment.captured",
  refunded: "backstage.orders.payment.refunded",
  failed: "backstage.orders.payment.failed",
  voided: "backstage.orders.payment.voided",
  cancelled: "backstage.orders.payment.cancelled",
});

export const lineStatusKey = lookup({
  offer: "backstage.orders.line.offer",
  contracted: "backstage.orders.line.contracted",
  cancelled: "backstage.orders.line.cancelled",
  returned: "backstage.orders.line.returned",
});

export const methodKey = lookup({
  card: "backstage.orders.method.card",
  bank_transfer: "backstage.orders.method.bank_transfer",
  cod: "backstage.orders.method.cod",
});

export const operationKey = lookup({
  authorise: "backstage.orders.operation.authorise",
  capture: "backstage.orders.operation.capture",
  void: "backstage.orders.operation.void",
  refund: "backstage.orders.operation.refund",
});

export const outcomeKey = lookup({
  pending: "backstage.orders.outcome.pending",
  succeeded: "backstage.orders.outcome.succeeded",
  failed: "backstage.orders.outcome.failed",
});

export const zoneKey = lookup({ HK: "zone.HK", CN: "zone.CN", ASIA: "zone.ASIA", ROW: "zone.ROW" });

export const historyKey = lookup({
  offer_received: "backstage.orders.history.offer_received",
  payment_authorised: "backstage.orders.history.payment_authorised",
  payment_held_for_review: "backstage.orders.history.payment_held_for_review",
  payment_failed: "backstage.orders.history.payment_failed",
  cancelled: "backstage.orders.history.cancelled",
  // After the offer (issue 6): parcels, cancellations, refunds and returns.
  contract_formed: "backstage.orders.history.contract_formed",
  delivered: "backstage.orders.history.delivered",
  service_confirmed: "backstage.orders.history.service_confirmed",
  service_given: "backstage.orders.history.service_given",
  lines_cancelled: "backstage.orders.history.lines_cancelled",
  refunded: "backstage.orders.history.refunded",
  return_requested: "backstage.orders.history.return_requested",
  return_approved: "backstage.orders.history.return_approved",
  return_refused: "backstage.orders.history.return_refused",
  return_received: "backstage.orders.history.return_received",
  return_refunded: "backstage.orders.history.return_refunded",
  return_exchanged: "backstage.orders.history.return_exchanged",
});

const CODE_MESSAGES: Readonly<Record<string, { key: PlainMessageKey; field?: string }>> = {
  "orders.invalid_filter": { key: "backstage.orders.error.invalidFilter", field: "to" },
  "orders.invalid_cursor": { key: "backstage.orders.error.invalidCursor" },
  "orders.order_not_found": { key: "backstage.orders.error.notFound" },
  "payments.transfer_not_pending": { key: "backstage.orders.error.transferNotPending" },
  "payments.payment_not_found": { key: "backstage.orders.error.paymentNotFound" },
};

/** What a refused filter or change shows: the orders' own codes here, the backstage's otherwise. */
export function ordersErrorsFrom(problem: ApiProblem | null | undefined): FormErrors {
  const known = problem ? CODE_MESSAGES[problem.code] : undefined;
  if (!known) return backstageErrorsFrom(problem);
  return known.field ? { form: "account.error.checkFields", fields: { [known.field]: known.key } } : { form: known.key, fields: {} };
}
