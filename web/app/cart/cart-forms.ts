import { data, redirect } from "react-router";
import { relayCookies, type ApiProblem } from "../api/server-api";
import type { PlainMessageKey } from "../i18n/translate";

const REFUSALS: Readonly<Record<string, PlainMessageKey>> = {
  "cart.quantity_out_of_range": "cart.refused.quantity_out_of_range",
  "cart.line_limit_reached": "cart.refused.line_limit_reached",
  "cart.sold_out": "cart.refused.sold_out",
  "cart.variant_not_found": "cart.refused.variant_not_found",
  "cart.product_not_found": "cart.refused.variant_not_found",
  "cart.not_for_sale_in_currency": "cart.refused.not_for_sale_in_currency",
  "cart.bag_full": "cart.refused.bag_full",
  "cart.code_invalid": "cart.refused.code_invalid",
  "cart.too_many_codes": "cart.refused.too_many_codes",
  "cart.variant_required": "cart.refused.variant_required",
};

/** What to tell the customer about a refused change, from the API's stable code. */
export function refusalMessage(problem: ApiProblem | undefined): PlainMessageKey {
  return (problem && REFUSALS[problem.code]) || "cart.refused.generic";
}

/**
 * After a bag or wish-list form: back to `to` (303), handing on any cookie the API set (a new
 * guest bag, a merged one cleared); a refusal stays on the page with its message.
 */
export function afterChange(result: { ok: boolean; status: number; headers: Headers; problem?: ApiProblem }, to: string, formId: string) {
  if (result.ok) return redirect(to, { status: 303, headers: relayCookies(result.headers) });
  return data({ formId, refusal: refusalMessage(result.problem) }, { status: result.status >= 500 ? 502 : 400, headers: relayCookies(result.headers) });
}

/** Page headers: never cached (the page is one visitor's), and the API's cookies handed on. */
export function privateHeadersWithCookies({ parentHeaders, loaderHeaders, actionHeaders }: { parentHeaders: Headers; loaderHeaders: Headers; actionHeaders: Headers }): Headers {
  const headers = new Headers(parentHeaders);
  headers.set("Cache-Control", "private, no-store");
  relayCookies(loaderHeaders, headers);
  relayCookies(actionHeaders, headers);
  return headers;
}
