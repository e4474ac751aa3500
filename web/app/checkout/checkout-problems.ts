import type { ApiProblem } from "../api/server-api";
import { formErrorsFrom, type FormErrors } from "../account/problems";
import type { PlainMessageKey } from "../i18n/translate";

/**
 * Why the shop would not take the order (or a step), in plain words: each refusal of the
 * orders module has its own message, so a customer knows what to do next rather than retry.
 */
const CHECKOUT_MESSAGES: Readonly<Record<string, PlainMessageKey>> = {
  "orders.customer_restricted": "checkout.refused.customerRestricted",
  "orders.agreement_acceptance_pending": "checkout.refused.agreementPending",
  "orders.agreement_not_accepted": "checkout.refused.agreementNotAccepted",
  "orders.account_unavailable": "checkout.refused.accountUnavailable",
  "orders.ordering_refused": "checkout.refused.orderingRefused",
  "orders.line_unavailable": "checkout.refused.lineUnavailable",
  "orders.payment_method_unavailable": "checkout.refused.paymentMethodUnavailable",
  "orders.details_missing": "checkout.refused.detailsMissing",
  "orders.bag_empty": "checkout.refused.bagEmpty",
  "orders.bag_not_found": "checkout.refused.bagEmpty",
  "orders.price_changed": "checkout.refused.priceChanged",
  "orders.cannot_deliver_to_zone": "checkout.refused.cannotDeliver",
  "orders.idempotency_key_reused": "checkout.refused.staleReview",
  "pricing.promotion_unavailable": "checkout.refused.promotionUnavailable",
};

/** Where a refusal sends the customer to put it right, when one step can. */
const FIX_AT: Readonly<Record<string, string>> = {
  "orders.details_missing": "/checkout",
  "orders.payment_method_unavailable": "/checkout/delivery",
  "orders.cannot_deliver_to_zone": "/checkout/address",
  "orders.line_unavailable": "/bag",
  "orders.bag_empty": "/bag",
  "orders.agreement_acceptance_pending": "/account",
};

export interface CheckoutRefusal {
  message: PlainMessageKey;
  fixAt: string | null;
}

/** The refusal of placing an order as the review page shows it. */
export function checkoutRefusal(problem: ApiProblem | null | undefined): CheckoutRefusal {
  const code = problem?.code ?? "";
  const message = CHECKOUT_MESSAGES[code] ?? formErrorsFrom(problem).form ?? "account.error.generic";
  return { message, fixAt: FIX_AT[code] ?? null };
}

/**
 * A refused step: the checkout's own refusals as a form message, schema complaints beside their
 * fields (`rename` maps the API's field paths onto the form's names).
 */
export function stepErrorsFrom(problem: ApiProblem | null | undefined, rename: Readonly<Record<string, string>> = {}): FormErrors {
  const own = problem ? CHECKOUT_MESSAGES[problem.code] : undefined;
  if (own) return { form: own, fields: {} };
  const errors: FormErrors = { fields: {} };
  for (const issue of problem?.errors ?? []) {
    const path = issue.field.replace(/^\//, "");
    const field = rename[path] ?? path.split("/").pop() ?? "";
    errors.fields[field] ??= /phone/i.test(field) ? "checkout.error.phone" : /email/i.test(field) ? "account.error.invalidEmail" : "checkout.error.field";
  }
  if (Object.keys(errors.fields).length === 0) errors.form = formErrorsFrom(problem).form ?? "account.error.generic";
  return errors;
}
