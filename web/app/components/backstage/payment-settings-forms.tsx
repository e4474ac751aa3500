import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { DEADLINE_UNITS, deadlineInUnit, durationText, METHOD_NAMES, type Bounds, type PaymentSettings } from "../../backstage/payments";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";

type Refusal = { errors: FormErrors; values: Record<string, string> } | undefined;
type MethodSetting = PaymentSettings["methods"][number];

const UNIT_NAMES = {
  minutes: "backstage.payments.unit.minutes",
  hours: "backstage.payments.unit.hours",
  days: "backstage.payments.unit.days",
} as const;

/**
 * One method: offered at checkout or not, and how long an order may wait for its money. The
 * deadline is typed in minutes, hours or days; the action turns it into minutes.
 */
export function PaymentMethodForm({ csrfToken, setting, refusal }: { csrfToken: string; setting: MethodSetting; refusal: Refusal }) {
  const { t } = useI18n();
  const id = `method-${setting.method}`;
  const name = t(METHOD_NAMES[setting.method]);
  const current = setting.deadlineMinutes === null ? null : deadlineInUnit(setting.deadlineMinutes);
  const values = refusal?.values ?? { enabled: setting.enabled ? "yes" : "", deadline: current ? String(current.value) : "", unit: current?.unit ?? "minutes" };
  const deadlineError = refusal?.errors.fields.deadline;
  const bounds = setting.deadlineBounds;
  return (
    <Form method="post" className="account-form payment-method" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="account-page__subheading">
        {name}
      </h2>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="method" value={setting.method} />
      <FormAlert errors={refusal?.errors} />
      <div className="form-check">
        <input id={`${id}-enabled`} className="form-check__input" type="checkbox" name="enabled" value="yes" defaultChecked={values.enabled === "yes"} aria-describedby={`${id}-enabled-hint`} />
        <label className="form-check__label" htmlFor={`${id}-enabled`}>
          {t("backstage.payments.offered")}
        </label>
        <p id={`${id}-enabled-hint`} className="form-field__hint form-check__error">
          {t("backstage.payments.offeredHint")}
          {setting.method === "cod" ? ` ${t("backstage.payments.codZones")}` : null}
        </p>
      </div>
      {bounds ? (
        <fieldset className="form-fieldset" aria-describedby={`${id}-deadline-hint`}>
          <legend className="form-field__label">{t("backstage.payments.deadline")}</legend>
          <p id={`${id}-deadline-hint`} className="form-field__hint">
            {t("backstage.payments.deadlineHint", { min: durationText(t, bounds.min), max: durationText(t, bounds.max) })}
          </p>
          <div className="payment-method__deadline">
            <div className="form-field">
              <label className="form-field__label" htmlFor={`${id}-deadline`}>
                {t("backstage.payments.deadlineValue")}
              </label>
              <input
                id={`${id}-deadline`}
                name="deadline"
                className="form-field__input"
                inputMode="numeric"
                pattern="[0-9]*"
                required
                defaultValue={values.deadline}
                aria-invalid={deadlineError ? true : undefined}
                aria-describedby={deadlineError ? `${id}-deadline-error` : undefined}
              />
            </div>
            <div className="form-field">
              <label className="form-field__label" htmlFor={`${id}-unit`}>
                {t("backstage.payments.deadlineUnit")}
              </label>
              <select id={`${id}-unit`} name="unit" className="form-field__input form-field__select" defaultValue={values.unit}>
                {Object.keys(DEADLINE_UNITS).map((unit) => (
                  <option key={unit} value={unit}>
                    {t(UNIT_NAMES[unit as keyof typeof UNIT_NAMES])}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <FieldError id={deadlineError ? `${id}-deadline-error` : undefined} error={deadlineError} />
        </fieldset>
      ) : (
        <p className="form-field__hint">{t("backstage.payments.noDeadline")}</p>
      )}
      <SubmitButton intent="method" variant="quiet">
        {t("backstage.payments.saveMethod")}
      </SubmitButton>
    </Form>
  );
}

/** The risk score from which a card payment waits for a person (PAY-3). */
export function ReviewThresholdForm({ csrfToken, threshold, bounds, refusal }: { csrfToken: string; threshold: number; bounds: Bounds; refusal: Refusal }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="account-form account-form--attention" aria-labelledby="threshold-heading">
      <h2 id="threshold-heading" className="account-page__subheading">
        {t("backstage.payments.threshold.heading")}
      </h2>
      <p className="form-field__hint">{t("backstage.payments.threshold.explanation")}</p>
      <CsrfField token={csrfToken} />
      <FormAlert errors={refusal?.errors} />
      <TextField
        id="review-threshold"
        name="reviewThreshold"
        label={t("backstage.payments.threshold.label")}
        hint={t("backstage.payments.threshold.hint", { min: bounds.min, max: bounds.max })}
        inputMode="numeric"
        pattern="[0-9]*"
        required
        defaultValue={refusal?.values.reviewThreshold ?? String(threshold)}
        error={refusal?.errors.fields.reviewThreshold}
      />
      <SubmitButton intent="threshold" variant="quiet">
        {t("backstage.payments.threshold.save")}
      </SubmitButton>
    </Form>
  );
}
