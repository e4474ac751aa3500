import { formErrorsFrom, type FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import type { PlainMessageKey } from "../i18n/translate";

/** Refusals of cancelling, returning and redirecting a parcel, in the reader's words. */
const CODE_MESSAGES: Readonly<Record<string, PlainMessageKey>> = {
  "orders.line_already_shipped": "fulfilment.error.alreadyShipped",
  "orders.line_not_found": "fulfilment.error.lineNotFound",
  "orders.order_not_found": "fulfilment.error.lineNotFound",
  "orders.return_not_delivered": "fulfilment.error.notDelivered",
  "orders.return_window_closed": "fulfilment.error.windowClosed",
  "orders.return_exists": "fulfilment.error.returnExists",
  "orders.exchange_variant_missing": "fulfilment.error.exchangeVariant",
  "orders.line_unavailable": "fulfilment.error.exchangeVariant",
  "orders.return_wrong_step": "fulfilment.error.returnStep",
  "orders.return_not_found": "fulfilment.error.returnStep",
  "fulfilment.not_in_transit": "fulfilment.error.notInTransit",
  "fulfilment.shipment_not_found": "fulfilment.error.parcelNotFound",
};

/** Fields of the address form that may be left empty. */
const OPTIONAL = new Set(["line2", "region", "postalCode"]);

function fieldMessage(field: string, code: string): PlainMessageKey {
  if (field === "lineIds") return "fulfilment.error.choosePieces";
  if (field === "reason") return "fulfilment.return.error.reason";
  if (field === "countryCode") return "addresses.error.country";
  if (!OPTIONAL.has(field) && (code === "required" || code === "invalid_minLength")) return "account.error.required";
  return "account.error.invalidField";
}

/**
 * What a refused form shows. Schema refusals name the field (an address's fields sit under
 * `/address/…`, so the last segment is the form's field name); business refusals say why.
 */
export function afterSaleErrors(problem: ApiProblem | null | undefined): FormErrors {
  const known = problem ? CODE_MESSAGES[problem.code] : undefined;
  if (known) return { form: known, fields: {} };
  if (!problem?.errors?.length) return formErrorsFrom(problem);
  const errors: FormErrors = { fields: {} };
  for (const issue of problem.errors) {
    const segments = issue.field.split("/").filter(Boolean);
    const field = segments[0] === "address" ? (segments[1] ?? "line1") : (segments[0] ?? "");
    if (field === "lineIds") errors.form = "fulfilment.error.choosePieces";
    else if (field) errors.fields[field] ??= fieldMessage(field, issue.code);
  }
  return errors;
}
