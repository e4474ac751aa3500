import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { STAFF_VIEW_REASONS } from "../../backstage/customers";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton } from "../account/form-fields";

/**
 * Opens the account as its customer sees it (`customers.view_as`, ACC-6): read-only, for 30
 * minutes, always with a reason, which the customer is shown.
 */
export function CustomerViewAsForm({ csrfToken, errors }: { csrfToken: string; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const reasonError = errors?.fields.reason;
  return (
    <Form method="post" className="account-form" aria-labelledby="view-as-heading">
      <h2 id="view-as-heading" className="account-page__subheading">
        {t("backstage.viewAs.heading")}
      </h2>
      <p className="form-field__hint">{t("backstage.viewAs.explanation")}</p>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      <div className="form-field">
        <label className="form-field__label" htmlFor="view-as-reason">
          {t("backstage.viewAs.reason")}
        </label>
        <select
          id="view-as-reason"
          name="reason"
          className="form-field__input form-field__select"
          required
          defaultValue=""
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "view-as-reason-error" : undefined}
        >
          <option value="" disabled>
            {t("backstage.viewAs.chooseReason")}
          </option>
          {STAFF_VIEW_REASONS.map((reason) => (
            <option key={reason.code} value={reason.code}>
              {t(reason.label)}
            </option>
          ))}
        </select>
        <FieldError id={reasonError ? "view-as-reason-error" : undefined} error={reasonError} />
      </div>
      <SubmitButton intent="view-as" variant="quiet">
        {t("backstage.viewAs.submit")}
      </SubmitButton>
    </Form>
  );
}
