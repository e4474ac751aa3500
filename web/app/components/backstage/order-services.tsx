import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton } from "../account/form-fields";
import { TextAreaField } from "./fulfilment-fields";

/** A refused services form, with what was typed. */
export type ServicesRefusal = { intent: "confirm-services" | "services-given"; errors: FormErrors; values: { note: string; lineIds: string[] } };

interface ServiceLine {
  id: string;
  label: string;
  /** Set once confirmed: when its contract formed. */
  confirmedAt: string | null;
}

interface Props {
  open: readonly ServiceLine[];
  confirmed: readonly ServiceLine[];
  csrfToken: string;
  refused: ServicesRefusal | undefined;
}

/**
 * ORD-2 for services: the shop confirms them to the customer (the appointment agreed), which
 * forms their contract; later it marks them given. Neither is ever packed.
 */
export function OrderServices({ open, confirmed, csrfToken, refused }: Props) {
  const { t } = useI18n();
  const linesError = refused?.errors.fields.lineIds;
  return (
    <section className="backstage-order__section" aria-labelledby="order-services-heading">
      <h2 id="order-services-heading" className="account-page__subheading">
        {t("backstage.services.heading")}
      </h2>
      <p className="form-field__hint">{t("backstage.services.hint")}</p>
      <div className="payment-review__decisions order-after-sale">
        {open.length > 0 ? (
          <Form method="post" className="payment-review__form" aria-label={t("backstage.services.lines")}>
            <CsrfField token={csrfToken} />
            <FormAlert errors={refused?.intent === "confirm-services" ? refused.errors : undefined} />
            <fieldset className="form-fieldset" aria-describedby={linesError ? "services-error" : undefined}>
              <legend className="form-field__label">{t("backstage.services.lines")}</legend>
              {open.map((line) => (
                <div key={line.id} className="form-check">
                  <input id={`service-${line.id}`} className="form-check__input" type="checkbox" name="lineId" value={line.id} defaultChecked={refused ? refused.values.lineIds.includes(line.id) : open.length === 1} />
                  <label className="form-check__label" htmlFor={`service-${line.id}`}>
                    {line.label}
                  </label>
                </div>
              ))}
            </fieldset>
            <FieldError id={linesError ? "services-error" : undefined} error={linesError} />
            <TextAreaField id="service-note" name="note" label={t("backstage.services.note")} hint={t("backstage.services.noteHint")} defaultValue={refused?.values.note ?? ""} error={refused?.errors.fields.note} />
            <SubmitButton intent="confirm-services">{t("backstage.services.confirm")}</SubmitButton>
          </Form>
        ) : null}
        {refused?.intent === "services-given" ? <FormAlert errors={refused.errors} /> : null}
        {confirmed.length > 0 ? (
          <ul className="parcel-lines">
            {confirmed.map((line) => (
              <li key={line.id} className="parcel-lines__item">
                <Form method="post">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="lineId" value={line.id} />
                  <span className="backstage-table__primary">{line.label}</span>{" "}
                  <span className="backstage-table__secondary">{t("backstage.services.confirmed", { date: line.confirmedAt ?? "" })}</span>{" "}
                  <SubmitButton intent="services-given" variant="quiet">
                    {t("backstage.services.given", { name: line.label })}
                  </SubmitButton>
                </Form>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
