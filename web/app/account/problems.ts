import type { ApiProblem } from "../api/server-api";
import type { PlainMessageKey } from "../i18n/translate";

/**
 * What a refused form shows: one message for the whole form and/or one per field, as dictionary
 * keys (translated when rendered, so the page speaks the reader's language, never the API's).
 */
export interface FormErrors {
  form?: PlainMessageKey;
  fields: Partial<Record<string, PlainMessageKey>>;
}

/** Codes the API explains per form; `field` puts the message beside that field instead. */
const CODE_MESSAGES: Readonly<Record<string, { key: PlainMessageKey; field?: string }>> = {
  "customers.agreement_not_accepted": { key: "account.error.agreementNotAccepted", field: "acceptedAgreementVersion" },
  "customers.agreement_version_outdated": { key: "account.error.agreementOutdated", field: "acceptedAgreementVersion" },
  "customers.invalid_phone": { key: "account.error.invalidPhone", field: "phone" },
  "customers.invalid_birth_date": { key: "account.error.invalidBirthDate", field: "birthDate" },
  "customers.guardian_email_required": { key: "account.error.guardianEmailRequired", field: "guardianEmail" },
  "customers.guardian_email_is_own": { key: "account.error.guardianEmailIsOwn", field: "guardianEmail" },
  "customers.wrong_current_password": { key: "account.error.wrongCurrentPassword", field: "currentPassword" },
  "customers.email_taken": { key: "account.error.emailTaken", field: "email" },
  "customers.identity_blocked": { key: "account.error.identityBlocked" },
  "customers.invalid_credentials": { key: "account.error.invalidCredentials" },
  "customers.email_not_verified": { key: "account.error.emailNotVerified" },
  "customers.account_unavailable": { key: "account.error.accountUnavailable" },
  "customers.invalid_link": { key: "account.error.invalidLink" },
  "customers.session_not_found": { key: "account.error.sessionNotFound" },
  "privacy.marketing_needs_guardian_consent": { key: "account.error.marketingNeedsGuardian" },
  "privacy.marketing_not_allowed": { key: "account.error.marketingNotAllowed" },
  "request.rate_limited": { key: "account.error.rateLimited" },
  "request.csrf_token_invalid": { key: "account.error.staleForm" },
  "request.cross_site_request": { key: "account.error.staleForm" },
  "request.unauthenticated": { key: "account.error.signedOut" },
  "request.read_only_session": { key: "account.error.readOnlySession" },
};

/** Per-field codes (password advice, schema validation). */
const FIELD_CODE_MESSAGES: Readonly<Record<string, PlainMessageKey>> = {
  too_short: "account.error.password.tooShort",
  too_long: "account.error.password.tooLong",
  too_common: "account.error.password.tooCommon",
  contains_identity: "account.error.password.containsIdentity",
  required: "account.error.required",
};

/** A field the schema refused, when the code says nothing more specific. */
function fieldFallback(field: string): PlainMessageKey {
  if (/email/i.test(field)) return "account.error.invalidEmail";
  if (field === "birthDate") return "account.error.invalidBirthDate";
  if (field === "phone") return "account.error.invalidPhone";
  return "account.error.invalidField";
}

/**
 * Turns a problem document into what the form shows. `rename` maps API field names onto the
 * form's where they differ (the profile page's `newEmail` is the API's `email`). Anything not
 * recognised gets the generic message, so a refusal is never silent.
 */
export function formErrorsFrom(problem: ApiProblem | null | undefined, rename: Readonly<Record<string, string>> = {}): FormErrors {
  const errors: FormErrors = { fields: {} };
  const nameOf = (field: string) => rename[field] ?? field;
  for (const issue of problem?.errors ?? []) {
    const field = nameOf(issue.field.replace(/^\//, "").split("/")[0] ?? "");
    if (!field) continue;
    errors.fields[field] ??= FIELD_CODE_MESSAGES[issue.code] ?? fieldFallback(field);
  }
  const known = problem ? CODE_MESSAGES[problem.code] : undefined;
  if (known?.field) errors.fields[nameOf(known.field)] ??= known.key;
  else if (known) errors.form = known.key;
  if (!errors.form && Object.keys(errors.fields).length === 0) errors.form = "account.error.generic";
  return errors;
}

/** The refusal's HTTP status for the page: 4xx as the API said, anything else a 502. */
export function refusalStatus(status: number): number {
  return status >= 400 && status < 500 ? status : 502;
}
