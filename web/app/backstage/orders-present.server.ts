import type { Money } from "../checkout/checkout-types";
import { consigneeView, money, type ConsigneeView } from "../checkout/present.server";
import { formatDateTime } from "../i18n/dates";
import type { Locale } from "../i18n/locales";
import type { StaffOrder, StaffOrderRow, StaffPayment } from "./orders";

/*
 * Amounts and times are written out here, on the server, in the reader's language and in the
 * shop's zone (Hong Kong): the browser's ICU data may differ from Node's, and the hydrated page
 * must match the HTML.
 */

const moneyOf = (value: Money, locale: Locale) => money(value.amount, value.currency, locale);
const when = (iso: string | null, locale: Locale) => (iso ? formatDateTime(new Date(iso), locale) : null);

export interface OrderRowView {
  id: string;
  number: string;
  placedAt: string;
  customerId: string | null;
  email: string;
  consigneeName: string;
  zone: string;
  total: string;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  paymentDeadline: string | null;
}

export function orderRowView(row: StaffOrderRow, locale: Locale): OrderRowView {
  return {
    id: row.id, number: row.number, placedAt: when(row.placedAt, locale)!, customerId: row.customerId, email: row.email,
    consigneeName: row.consigneeName, zone: row.zone, total: moneyOf(row.total, locale), status: row.status,
    paymentStatus: row.paymentStatus, paymentMethod: row.paymentMethod, paymentDeadline: when(row.paymentDeadline, locale),
  };
}

export interface PaymentView {
  id: string;
  method: string;
  status: string;
  amount: string;
  authorised: string;
  captured: string;
  refunded: string;
  card: string | null;
  riskScore: number;
  riskReasons: string[];
  reviewReason: string | null;
  decisionReason: string | null;
  failureReason: string | null;
  transferReference: string | null;
  latePayment: boolean;
  deadlineAt: string | null;
  createdAt: string;
  operations: { id: string; kind: string; amount: string; outcome: string; failureReason: string | null; at: string }[];
}

function paymentView(payment: StaffPayment, locale: Locale): PaymentView {
  return {
    id: payment.id, method: payment.method, status: payment.status,
    amount: moneyOf(payment.amount, locale), authorised: moneyOf(payment.authorised, locale), captured: moneyOf(payment.captured, locale), refunded: moneyOf(payment.refunded, locale),
    card: payment.card ? `${payment.card.brand} •••• ${payment.card.last4}` : null,
    riskScore: payment.riskScore, riskReasons: payment.riskReasons, reviewReason: payment.reviewReason, decisionReason: payment.decisionReason,
    failureReason: payment.failureReason, transferReference: payment.transferReference, latePayment: payment.latePayment,
    deadlineAt: when(payment.deadlineAt, locale), createdAt: when(payment.createdAt, locale)!,
    operations: payment.operations.map((o) => ({ id: o.id, kind: o.kind, amount: moneyOf(o.amount, locale), outcome: o.outcome, failureReason: o.failureReason, at: when(o.at, locale)! })),
  };
}

export interface StaffLineView {
  id: string;
  name: string;
  designer: string;
  sku: string;
  /** Colour, size and material, as far as the piece has them. */
  variant: string[];
  seller: { kind: string; name: string };
  quantity: number;
  unitPrice: string;
  discount: string | null;
  total: string;
  kind: "goods" | "service";
  status: string;
  /** When the line's contract formed (it shipped, or the service was confirmed), or when it was cancelled. */
  statusAt: string | null;
  /** A confirmed service that was given, or a parcel that arrived. */
  delivered: boolean;
  location: string;
  estimate: { shipsFrom: string; daysMin: number; daysMax: number; crossBorder: boolean } | null;
}

export interface StaffOrderView {
  id: string;
  number: string;
  placedAt: string;
  status: string;
  cancelReason: string | null;
  cancelledAt: string | null;
  customerId: string | null;
  email: string;
  phone: string | null;
  consignee: ConsigneeView;
  zone: string;
  deliveryMethod: string;
  paymentMethod: string;
  paymentStatus: string;
  paymentDeadline: string | null;
  subtotal: string;
  discount: string | null;
  delivery: string;
  duties: string | null;
  total: string;
  promotions: { name: string; code: string | null; amount: string }[];
  lines: StaffLineView[];
  /** Each change, with its reason where one was recorded (a cancellation, a failed payment). */
  history: { id: string; kind: string; at: string; reason: string | null }[];
  payments: PaymentView[];
}

export function staffOrderView(order: StaffOrder, locale: Locale): StaffOrderView {
  const m = (value: Money) => moneyOf(value, locale);
  return {
    id: order.id, number: order.number, placedAt: when(order.placedAt, locale)!, status: order.status, cancelReason: order.cancelReason,
    cancelledAt: when(order.cancelledAt, locale), customerId: order.customerId, email: order.email, phone: order.phone,
    consignee: consigneeView(order.consignee, locale), zone: order.zone, deliveryMethod: order.deliveryMethod,
    paymentMethod: order.paymentMethod, paymentStatus: order.paymentStatus, paymentDeadline: when(order.paymentDeadline, locale),
    subtotal: m(order.subtotal), discount: order.discount.amount > 0 ? m(order.discount) : null, delivery: m(order.delivery),
    duties: order.dutiesEstimate ? m(order.dutiesEstimate) : null, total: m(order.total),
    promotions: order.promotions.map((p) => ({ name: p.name, code: p.code, amount: m(p.amount) })),
    lines: order.lines.map((line) => ({
      id: line.id, name: line.name, designer: line.designer, sku: line.sku,
      variant: [line.colour, line.size, line.material].filter((part): part is string => Boolean(part)),
      seller: { kind: line.seller.kind, name: line.seller.name }, quantity: line.quantity,
      unitPrice: m(line.unitPrice), discount: line.discount.amount > 0 ? m(line.discount) : null, total: m(line.total),
      kind: line.kind, status: line.status, statusAt: when(line.contractedAt ?? line.cancelledAt, locale), delivered: line.deliveredAt !== null,
      location: line.location.name ?? line.location.id, estimate: line.estimatedDelivery,
    })),
    history: order.history.map((event) => ({ id: event.id, kind: event.kind, at: when(event.at, locale)!, reason: typeof event.detail.reason === "string" ? event.detail.reason : null })),
    payments: order.payments.map((payment) => paymentView(payment, locale)),
  };
}
