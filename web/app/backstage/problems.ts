import { formErrorsFrom, type FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import type { PlainMessageKey } from "../i18n/translate";

/** Codes of the backstage's API, each explained once; `field` puts it beside that field. */
const CODE_MESSAGES: Readonly<Record<string, { key: PlainMessageKey; field?: string }>> = {
  "access.invalid_credentials": { key: "backstage.error.invalidCredentials" },
  // Said above the form (the code field is brought forward too): nothing the person typed was wrong.
  "access.totp_required": { key: "backstage.error.totpRequired" },
  "access.totp_invalid": { key: "backstage.error.totpInvalid", field: "totp" },
  "access.totp_already_enrolled": { key: "backstage.error.totpAlreadyEnrolled" },
  "access.totp_enrolment_not_started": { key: "backstage.error.totpNotStarted" },
  "access.email_taken": { key: "backstage.error.emailTaken", field: "email" },
  "access.staff_not_found": { key: "backstage.error.staffNotFound" },
  "access.supplier_not_found": { key: "backstage.error.supplierNotFound" },
  "access.last_owner": { key: "backstage.error.lastOwner" },
  "access.cannot_disable_self": { key: "backstage.error.cannotDisableSelf" },
  "access.current_password_wrong": { key: "account.error.wrongCurrentPassword", field: "currentPassword" },
  "access.invalid_cursor": { key: "backstage.error.invalidCursor" },
  "customers.state_change_not_allowed": { key: "backstage.error.stateChangeNotAllowed" },
  "customers.customer_not_found": { key: "backstage.error.customerNotFound" },
  "legal.version_exists": { key: "backstage.error.versionExists", field: "version" },
  "legal.version_published": { key: "backstage.error.versionPublished" },
  "legal.version_not_found": { key: "backstage.error.versionNotFound" },
  "legal.effective_date_in_past": { key: "backstage.error.effectiveDateInPast", field: "effectiveDate" },
  "legal.effective_date_not_after_previous": { key: "backstage.error.effectiveDateNotAfterPrevious", field: "effectiveDate" },
  "request.forbidden": { key: "backstage.error.forbidden" },
  "catalog.slug_taken": { key: "backstage.catalogue.error.slugTaken", field: "slug" },
  "catalog.sku_taken": { key: "backstage.catalogue.error.skuTaken", field: "sku" },
  "catalog.gtin_taken": { key: "backstage.catalogue.error.gtinTaken", field: "gtin" },
  "catalog.invalid_gtin": { key: "backstage.catalogue.error.invalidGtin", field: "gtin" },
  "catalog.supplier_not_found": { key: "backstage.catalogue.error.supplierNotFound", field: "sellerSupplierId" },
  "catalog.designer_not_found": { key: "backstage.catalogue.error.designerNotFound", field: "designerId" },
  "catalog.category_not_found": { key: "backstage.catalogue.error.categoryNotFound", field: "categoryId" },
  "catalog.category_cycle": { key: "backstage.catalogue.error.categoryCycle", field: "parentId" },
  "catalog.not_publishable": { key: "backstage.catalogue.error.notPublishable" },
  "catalog.not_an_image": { key: "backstage.catalogue.error.notAnImage", field: "image" },
  "pricing.base_price_required": { key: "backstage.catalogue.error.basePriceRequired" },
  "pricing.no_price_list": { key: "backstage.catalogue.error.noPriceList" },
  "inventory.location_not_found": { key: "backstage.catalogue.error.locationNotFound" },
  "inventory.below_reserved": { key: "backstage.catalogue.error.belowReserved" },
};

/**
 * What a refused backstage form shows. Codes of the account pages (rate limits, stale forms,
 * password advice, schema checks) are explained as there; the backstage's own codes here.
 */
export function backstageErrorsFrom(problem: ApiProblem | null | undefined, rename: Readonly<Record<string, string>> = {}): FormErrors {
  const known = problem ? CODE_MESSAGES[problem.code] : undefined;
  if (!problem || !known) return formErrorsFrom(problem, rename);
  const errors = formErrorsFrom({ ...problem, code: "" }, rename);
  if (known.field) {
    errors.fields[rename[known.field] ?? known.field] = known.key;
    // The generic line was only there so that a refusal is never silent.
    if (errors.form === "account.error.generic") delete errors.form;
  } else {
    errors.form = known.key;
  }
  return errors;
}
