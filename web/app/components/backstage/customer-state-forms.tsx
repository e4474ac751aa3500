import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton } from "../account/form-fields";

const CHANGES: readonly { state: "suspended" | "frozen" | "closed"; label: PlainMessageKey; hint: PlainMessageKey }[] = [
  { state: "suspended", label: "backstage.customer.change.suspend", hint: "backstage.customer.change.suspendHint" },
  { state: "frozen", label: "backstage.customer.change.freeze", hint: "backstage.customer.change.freezeHint" },
  { state: "closed", label: "backstage.customer.change.close", hint: "backstage.customer.change.closeHint" },
];

interface StateFormsProps {
  state: string;
  restriction: string | null;
  csrfToken: string;
  refused: { errors: FormErrors; reason: string; state: string } | null;
}

/** The account's state, changed by customer service (`customers.manage`): always with a reason. */
export function CustomerStateForms({ state, restriction, csrfToken, refused }: StateFormsProps) {
  const { t } = useI18n();
  if (state === "closed") {
    return <p className="account-panel account-panel--quiet">{t("backstage.customer.closedForGood")}</p>;
  }
  const errors = refused?.errors;
  const reasonError = errors?.fields.reason;
  return (
    <>
      <Form method="post" className="account-form account-form--attention" aria-labelledby="state-change-heading">
        <h2 id="state-change-heading" className="account-page__subheading">
          {t("backstage.customer.changeHeading")}
        </h2>
        <p className="form-field__hint">{t("backstage.customer.changeExplanation")}</p>
        <FormAlert errors={refused?.state === "active" ? undefined : errors} />
        <CsrfField token={csrfToken} />
        <fieldset className="form-fieldset">
          <legend className="form-field__label">{t("backstage.customer.changeLegend")}</legend>
          {CHANGES.filter((change) => change.state !== state).map((change, index) => (
            <div key={change.state} className="form-check">
              <input
                id={`state-${change.state}`}
                className="form-check__input"
                type="radio"
                name="state"
                value={change.state}
                required
                defaultChecked={refused ? refused.state === change.state : index === 0}
                aria-describedby={`state-${change.state}-hint`}
              />
              <label className="form-check__label" htmlFor={`state-${change.state}`}>
                {t(change.label)}
              </label>
              <p id={`state-${change.state}-hint`} className="form-field__hint form-check__error">
                {t(change.hint)}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="form-field">
          <label className="form-field__label" htmlFor="state-reason">
            {t("backstage.field.reason")}
          </label>
          <p id="state-reason-hint" className="form-field__hint">
            {t("backstage.customer.reasonHint")}
          </p>
          <textarea
            id="state-reason"
            name="reason"
            className="form-field__input form-field__textarea backstage-textarea--short"
            rows={3}
            minLength={3}
            maxLength={500}
            required
            defaultValue={refused?.reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={["state-reason-hint", reasonError ? "state-reason-error" : ""].filter(Boolean).join(" ")}
          />
          <FieldError id={reasonError ? "state-reason-error" : undefined} error={reasonError} />
        </div>
        <div className="form-check backstage-warning">
          <input id="state-for-cause" className="form-check__input" type="checkbox" name="forCause" aria-describedby="state-for-cause-warning" />
          <label className="form-check__label" htmlFor="state-for-cause">
            {t("backstage.customer.forCause")}
          </label>
          <p id="state-for-cause-warning" className="form-field__hint form-check__error">
            {t("backstage.customer.forCauseWarning")}
          </p>
        </div>
        <SubmitButton intent="state">{t("backstage.customer.changeSubmit")}</SubmitButton>
      </Form>
      {state === "suspended" || state === "frozen" ? (
        <Form method="post" className="account-form" aria-labelledby="reactivate-heading">
          <h2 id="reactivate-heading" className="account-page__subheading">
            {t("backstage.customer.reactivateHeading")}
          </h2>
          <p className="form-field__hint">{t("backstage.customer.reactivateExplanation")}</p>
          <FormAlert errors={refused?.state === "active" ? errors : undefined} />
          <CsrfField token={csrfToken} />
          <SubmitButton intent="reactivate" variant="quiet">
            {t("backstage.customer.reactivateSubmit")}
          </SubmitButton>
        </Form>
      ) : null}
      {restriction === "guardian_pending" ? <p className="form-field__hint">{t("backstage.customer.guardianOnly")}</p> : null}
    </>
  );
}
