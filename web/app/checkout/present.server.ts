import { countryName } from "../account/address-countries";
import { formatDateTime } from "../i18n/dates";
import type { Locale } from "../i18n/locales";
import { CURRENCY_EXPONENT, formatMoney, type CurrencyCode } from "../i18n/money";
import type { CheckoutReview, Consignee, Money, Order, OrderSummary } from "./checkout-types";

/*
 * Amounts, dates and country names are formatted here, on the server, in the reader's language:
 * the browser's ICU data may differ from Node's, and the hydrated page must match the HTML.
 */

const isCurrency = (code: string): code is CurrencyCode => Object.hasOwn(CURRENCY_EXPONENT, code);

export function money(amount: number, currency: string, locale: Locale): string {
  return isCurrency(currency) ? formatMoney(amount, currency, locale) : `${currency} ${amount}`;
}

const moneyOf = (value: Money, locale: Locale) => money(value.amount, value.currency, locale);

export interface LineView {
  id: string;
  name: string;
  designer: string;
  sku: string;
  /** Colour, size and material, as far as the piece has them. */
  variant: string[];
  image: string | null;
  /** A partner boutique's name when it, not the house, sells the piece. */
  seller: string | null;
  quantity: number;
  unitPrice: string | null;
  discount: string | null;
  total: string | null;
  status?: string;
}

export interface ConsigneeView {
  name: string;
  phone: string;
  isCustomer: boolean;
  /** Where someone other than the customer hears of the parcel, when they gave an address. */
  email: string | null;
  lines: string[];
  country: string;
}

export function consigneeView(consignee: Consignee, locale: Locale): ConsigneeView {
  const { address } = consignee;
  const cityLine = [[address.city, address.region].filter(Boolean).join(", "), address.postalCode].filter(Boolean).join(" ");
  return {
    name: consignee.name, phone: consignee.phone, isCustomer: consignee.isCustomer, email: consignee.isCustomer ? null : (consignee.email ?? null),
    lines: [address.line1, address.line2, cityLine].filter((line): line is string => Boolean(line)),
    country: countryName(address.countryCode, locale),
  };
}

const variantOf = (line: { colour: string | null; size: string | null; material: string | null }) =>
  [line.colour, line.size, line.material].filter((part): part is string => Boolean(part));

interface DeliveryView {
  method: string;
  amount: string;
  free: boolean;
  freeFrom: string | null;
}

export interface ReviewView {
  currency: string;
  lines: LineView[];
  subtotal: string;
  discountTotal: string | null;
  delivery: DeliveryView | null;
  /** Every delivery method priced for this bag, for the delivery step. */
  deliveryOptions: DeliveryView[];
  duties: string | null;
  total: string;
  /** The total in minor units: what "Place order" says the customer saw. */
  totalMinor: number;
  promotions: { name: string; code: string | null; applied: boolean; amount: string | null; reason: string | null }[];
  unavailable: number;
  consignee: ConsigneeView | null;
}

export function reviewView(review: CheckoutReview, locale: Locale): ReviewView {
  const { quote } = review;
  const cur = quote.currency;
  const m = (amount: number) => money(amount, cur, locale);
  const deliveryView = (d: CheckoutReview["deliveryOptions"][number]): DeliveryView => ({ method: d.method, amount: m(d.amount), free: d.free, freeFrom: d.freeFrom === null ? null : m(d.freeFrom) });
  return {
    currency: cur,
    lines: review.lines.map((line) => ({
      id: line.lineId, name: line.name, designer: line.designer, sku: line.sku, variant: variantOf(line), image: line.image,
      seller: line.seller.kind === "supplier" ? line.seller.name : null, quantity: line.quantity,
      unitPrice: line.unitPrice === null ? null : m(line.unitPrice), discount: line.discount > 0 ? m(line.discount) : null,
      total: line.total === null ? null : m(line.total),
    })),
    subtotal: m(quote.subtotal),
    discountTotal: quote.discountTotal > 0 ? m(quote.discountTotal) : null,
    delivery: quote.delivery && deliveryView(quote.delivery),
    deliveryOptions: review.deliveryOptions.map(deliveryView),
    duties: quote.duties ? m(quote.duties.amount) : null,
    total: m(quote.total),
    totalMinor: quote.total,
    promotions: quote.promotions.map((p) => ({ name: p.name, code: p.code, applied: p.applied, amount: p.applied && p.amount > 0 ? m(p.amount) : null, reason: p.reason })),
    unavailable: quote.unavailable.length,
    consignee: review.details.consignee ? consigneeView(review.details.consignee, locale) : null,
  };
}

export interface OrderView {
  id: string;
  number: string;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  paymentDeadline: string | null;
  placedAt: string;
  email: string;
  consignee: ConsigneeView;
  lines: LineView[];
  subtotal: string;
  discount: string | null;
  delivery: string;
  duties: string | null;
  total: string;
  history: { kind: string; at: string }[];
}

export function orderView(order: Order, locale: Locale): OrderView {
  return {
    id: order.id, number: order.number, status: order.status, paymentStatus: order.paymentStatus, paymentMethod: order.paymentMethod,
    paymentDeadline: order.paymentDeadline ? formatDateTime(new Date(order.paymentDeadline), locale) : null,
    placedAt: formatDateTime(new Date(order.placedAt), locale), email: order.email, consignee: consigneeView(order.consignee, locale),
    lines: order.lines.map((line) => ({
      id: line.id, name: line.name, designer: line.designer, sku: line.sku, variant: variantOf(line), image: line.image,
      seller: line.seller.kind === "supplier" ? line.seller.name : null, quantity: line.quantity,
      unitPrice: moneyOf(line.unitPrice, locale), discount: line.discount.amount > 0 ? moneyOf(line.discount, locale) : null,
      total: moneyOf(line.total, locale), status: line.status,
    })),
    subtotal: moneyOf(order.subtotal, locale),
    discount: order.discount.amount > 0 ? moneyOf(order.discount, locale) : null,
    delivery: moneyOf(order.delivery, locale),
    duties: order.dutiesEstimate ? moneyOf(order.dutiesEstimate, locale) : null,
    total: moneyOf(order.total, locale),
    history: order.history.map((event) => ({ kind: event.kind, at: formatDateTime(new Date(event.at), locale) })),
  };
}

export interface OrderSummaryView {
  id: string;
  number: string;
  status: string;
  paymentStatus: string;
  placedAt: string;
  total: string;
}

export function orderSummaryView(order: OrderSummary, locale: Locale): OrderSummaryView {
  return { id: order.id, number: order.number, status: order.status, paymentStatus: order.paymentStatus, placedAt: formatDateTime(new Date(order.placedAt), locale), total: moneyOf(order.total, locale) };
}
