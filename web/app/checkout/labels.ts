import type { PlainMessageKey, Translate } from "../i18n/translate";

/** The API's words (statuses, reasons, event kinds) as the reader's; an unknown one reads as "other". */
function lookup(table: Readonly<Record<string, PlainMessageKey>>, fallback: PlainMessageKey) {
  return (value: string | null | undefined): PlainMessageKey => (value && Object.hasOwn(table, value) ? table[value]! : fallback);
}

export const orderStatusLabel = lookup({
  offer_received: "orders.status.offerReceived",
  cancelled: "orders.status.cancelled",
  partly_shipped: "orders.status.partlyShipped",
  shipped: "orders.status.shipped",
  delivered: "orders.status.delivered",
  closed: "orders.status.closed",
}, "orders.status.other");

export const paymentStatusLabel = lookup({
  pending: "orders.payment.pending",
  authorised: "orders.payment.authorised",
  review: "orders.payment.review",
  failed: "orders.payment.failed",
  voided: "orders.payment.voided",
  refunded: "orders.payment.refunded",
  not_required: "orders.payment.notRequired",
}, "orders.status.other");

export const lineStatusLabel = lookup({
  offer: "orders.line.offer",
  contracted: "orders.line.contracted",
  cancelled: "orders.line.cancelled",
  returned: "orders.line.returned",
}, "orders.status.other");

export const historyLabel = lookup({
  offer_received: "orders.history.offerReceived",
  payment_authorised: "orders.history.paymentAuthorised",
  payment_held_for_review: "orders.history.paymentHeld",
  payment_failed: "orders.history.paymentFailed",
  cancelled: "orders.history.cancelled",
  // After the offer (ORD-2, ORD-3, returns).
  contract_formed: "fulfilment.history.contractFormed",
  delivered: "fulfilment.history.delivered",
  service_confirmed: "fulfilment.history.serviceConfirmed",
  service_given: "fulfilment.history.serviceGiven",
  lines_cancelled: "fulfilment.history.linesCancelled",
  refunded: "fulfilment.history.refunded",
  return_requested: "fulfilment.history.returnRequested",
  return_approved: "fulfilment.history.returnApproved",
  return_refused: "fulfilment.history.returnRefused",
  return_received: "fulfilment.history.returnReceived",
  return_refunded: "fulfilment.history.returnRefunded",
  return_exchanged: "fulfilment.history.returnExchanged",
}, "orders.history.other");

export const paymentMethodLabel = lookup({
  card: "checkout.payment.card",
  bank_transfer: "checkout.payment.bankTransfer",
  cod: "checkout.payment.cod",
}, "orders.status.other");

export const deliveryMethodLabel = lookup({
  standard: "checkout.delivery.standard",
  express: "checkout.delivery.express",
}, "orders.status.other");

/** Why a promotion did not apply, in words. */
export const promotionReasonLabel = lookup({
  minimum_not_met: "checkout.promotion.minimumNotMet",
  excluded: "checkout.promotion.excluded",
  expired: "checkout.promotion.expired",
  not_started: "checkout.promotion.notStarted",
  limit_reached: "checkout.promotion.limitReached",
  not_eligible: "checkout.promotion.notEligible",
  unknown_code: "checkout.promotion.unknownCode",
}, "checkout.promotion.notApplied");

/** PAY-1: how long the customer has to pay with a method, in the largest unit that reads naturally. */
export function deadlineText(t: Translate, minutes: number | null): string {
  if (minutes === null) return t("checkout.payment.deadline.none");
  if (minutes < 120) return t("checkout.payment.deadline.minutes", { count: minutes });
  if (minutes < 48 * 60) return t("checkout.payment.deadline.hours", { count: Math.round(minutes / 60) });
  return t("checkout.payment.deadline.days", { count: Math.round(minutes / (24 * 60)) });
}
