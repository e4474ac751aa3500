import type { FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import type { PlainMessageKey } from "../i18n/translate";
import { backstageErrorsFrom } from "./problems";

/** The pricing API's codes, each explained once; `field` puts it beside that field. */
const PRICING_CODES: Readonly<Record<string, { key: PlainMessageKey; field?: string }>> = {
  "pricing.invalid_promotion": { key: "backstage.pricing.error.invalidPromotion" },
  "pricing.code_taken": { key: "backstage.pricing.error.codeTaken", field: "code" },
  "pricing.code_not_found": { key: "backstage.pricing.error.codeNotFound" },
  "pricing.promotion_not_found": { key: "backstage.pricing.error.promotionNotFound" },
  "pricing.invalid_rate": { key: "backstage.pricing.error.invalidRate" },
};

/** What a schema keyword means to the person who typed the value. */
function issueMessage(code: string): PlainMessageKey {
  if (code === "required" || code === "invalid_minLength") return "account.error.required";
  if (code === "unknown_rule") return "backstage.pricing.error.unknownRule";
  if (/^invalid_(minimum|exclusiveMinimum|minItems)$/.test(code)) return "backstage.pricing.error.tooSmall";
  if (/^invalid_(maximum|exclusiveMaximum|maxItems|maxLength)$/.test(code)) return "backstage.pricing.error.tooLarge";
  if (code === "invalid_uniqueItems") return "backstage.pricing.error.repeated";
  if (code === "invalid_pattern") return "backstage.pricing.error.pattern";
  return "account.error.invalidField";
}

/**
 * What a refused pricing form shows. `fieldOf` turns the API's JSON pointer ("/actions/0/config/percent")
 * into the name of the form's field, or null for one the form has not (the form-level alert says it).
 * Codes that are not the pricing API's (stale form, signed out, forbidden) are said as everywhere else.
 */
export function pricingErrorsFrom(problem: ApiProblem | null | undefined, fieldOf: (pointer: string) => string | null): FormErrors {
  const known = problem ? PRICING_CODES[problem.code] : undefined;
  const issues = problem?.errors ?? [];
  if (!known && problem?.code !== "request.validation_failed") return backstageErrorsFrom(problem);
  const errors: FormErrors = { fields: {} };
  let placed = 0;
  for (const issue of issues) {
    const field = fieldOf(issue.field);
    if (field === null) continue;
    errors.fields[field] ??= issueMessage(issue.code);
    placed++;
  }
  if (known?.field) errors.fields[known.field] ??= known.key;
  else if (known && placed === 0) errors.form = known.key;
  else if (placed === 0) errors.form = "backstage.pricing.error.refused";
  return errors;
}

/** A JSON pointer's segments ("/bands/0/amount" → ["bands", "0", "amount"]). */
export function pointerParts(pointer: string): string[] {
  return pointer.replace(/^\//, "").split("/").filter(Boolean);
}
