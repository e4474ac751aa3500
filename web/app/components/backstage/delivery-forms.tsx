import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { bandRows, type DutyDraft, type RateDraft } from "../../backstage/delivery-forms";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";

interface RateFormProps {
  csrfToken: string;
  zone: string;
  method: string;
  /** "Hong Kong, standard delivery": the form's name for assistive technology. */
  label: string;
  draft: RateDraft;
  errors: FormErrors | undefined;
}

/** One zone's rate for one method: its basis, its bands (the last open-ended), and where it becomes free. */
export function RateForm({ csrfToken, zone, method, label, draft, errors }: RateFormProps) {
  const { t } = useI18n();
  const id = `rate-${zone}-${method}`;
  const field = (name: string) => errors?.fields[name];
  return (
    <Form method="post" className="catalogue-variant__form delivery-form" aria-label={label} noValidate>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="zone" value={zone} />
      <input type="hidden" name="method" value={method} />
      <p className="catalogue-variant__caption">{t(method === "express" ? "backstage.delivery.method.express" : "backstage.delivery.method.standard")}</p>
      <FormAlert errors={errors} />
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-basis`}>
          {t("backstage.delivery.basis")}
        </label>
        <select id={`${id}-basis`} name="basis" className="form-field__input form-field__select" defaultValue={draft.basis}>
          <option value="weight">{t("backstage.delivery.basis.weight")}</option>
          <option value="value">{t("backstage.delivery.basis.value")}</option>
        </select>
      </div>
      <table className="delivery-bands">
        <caption className="form-field__hint">{t("backstage.delivery.bandsHint")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.delivery.upTo")}</th>
            <th scope="col">{t("backstage.delivery.fee")}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: bandRows(draft) }, (_, index) => {
            const band = draft.bands[index];
            return (
              <tr key={index}>
                <td>
                  <BandInput id={`${id}-band-${index}-up-to`} name={`bands.${index}.upTo`} label={t("backstage.delivery.band.upTo", { n: index + 1 })} value={band?.upTo ?? ""} error={field(`bands.${index}.upTo`)} />
                </td>
                <td>
                  <BandInput id={`${id}-band-${index}-amount`} name={`bands.${index}.amount`} label={t("backstage.delivery.band.fee", { n: index + 1 })} value={band?.amount ?? ""} error={field(`bands.${index}.amount`)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TextField id={`${id}-free-from`} name="freeFrom" label={t("backstage.delivery.freeFrom")} hint={t("backstage.delivery.freeFromHint")} defaultValue={draft.freeFrom} error={field("freeFrom")} inputMode="decimal" />
      <SubmitButton intent="rate" variant="quiet">
        {t("backstage.delivery.saveRate")}
      </SubmitButton>
    </Form>
  );
}

/** A band's cell: its label is read out, not shown (the column heading says it). */
function BandInput({ id, name, label, value, error }: { id: string; name: string; label: string; value: string; error: FormErrors["fields"][string] }) {
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input id={id} name={name} className="form-field__input" inputMode="decimal" defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <FieldError id={error ? `${id}-error` : undefined} error={error} />
    </>
  );
}

/** A zone's duty estimate: shown to customers with their quote, collected by the carrier. */
export function DutyForm({ csrfToken, zone, label, draft, errors }: { csrfToken: string; zone: string; label: string; draft: DutyDraft; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const id = `duty-${zone}`;
  const field = (name: string) => errors?.fields[name];
  return (
    <Form method="post" className="catalogue-variant__form delivery-form" aria-label={label} noValidate>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="zone" value={zone} />
      <p className="catalogue-variant__caption">{t("backstage.delivery.duty")}</p>
      <FormAlert errors={errors} />
      <TextField id={`${id}-percent`} name="percent" label={t("backstage.delivery.duty.percent")} hint={t("backstage.delivery.duty.percentHint")} defaultValue={draft.percent} error={field("percent")} inputMode="decimal" />
      <TextField id={`${id}-de-minimis`} name="deMinimis" label={t("backstage.delivery.duty.deMinimis")} hint={t("backstage.delivery.duty.deMinimisHint")} defaultValue={draft.deMinimis} error={field("deMinimis")} inputMode="decimal" />
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-note`}>
          {t("backstage.delivery.duty.note")}
        </label>
        <textarea id={`${id}-note`} name="note" className="form-field__input form-field__textarea backstage-textarea--short" defaultValue={draft.note} maxLength={500} aria-invalid={field("note") ? true : undefined} aria-describedby={field("note") ? `${id}-note-error` : undefined} />
        <FieldError id={field("note") ? `${id}-note-error` : undefined} error={field("note")} />
      </div>
      <SubmitButton intent="duty" variant="quiet">
        {t("backstage.delivery.duty.save")}
      </SubmitButton>
    </Form>
  );
}
