import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import type { DraftValues } from "../../backstage/legal-admin.server";
import type { Locale } from "../../i18n/locales";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";

const BODIES: readonly { locale: Locale; label: PlainMessageKey }[] = [
  { locale: "en", label: "backstage.legal.field.bodyEn" },
  { locale: "zh-Hant", label: "backstage.legal.field.bodyZhHant" },
  { locale: "zh-Hans", label: "backstage.legal.field.bodyZhHans" },
];

interface DraftFormProps {
  csrfToken: string;
  values: DraftValues;
  errors: FormErrors | undefined;
  /** Editing an existing draft: its label is fixed. */
  fixedVersion?: string;
  submitLabel: string;
}

/** A draft of a legal document: label, effective date, material or not, summary, and the three texts. */
export function LegalDraftForm({ csrfToken, values, errors, fixedVersion, submitLabel }: DraftFormProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="account-form backstage-form">
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      {fixedVersion ? null : (
        <TextField
          id="draft-version"
          name="version"
          label={t("backstage.legal.field.version")}
          hint={t("backstage.legal.field.versionHint")}
          required
          pattern="[0-9A-Za-z._\-]{1,32}"
          maxLength={32}
          defaultValue={values.version}
          error={errors?.fields.version}
        />
      )}
      <TextField
        id="draft-effective-date"
        name="effectiveDate"
        type="date"
        label={t("backstage.legal.field.effectiveDate")}
        hint={t("backstage.legal.field.effectiveDateHint")}
        defaultValue={values.effectiveDate}
        error={errors?.fields.effectiveDate}
      />
      <div className="form-check">
        <input id="draft-material" className="form-check__input" type="checkbox" name="material" defaultChecked={values.material} aria-describedby="draft-material-hint" />
        <label className="form-check__label" htmlFor="draft-material">
          {t("backstage.legal.field.material")}
        </label>
        <p id="draft-material-hint" className="form-field__hint form-check__error">
          {t("backstage.legal.field.materialHint")}
        </p>
      </div>
      <LongText id="draft-summary" name="summary" label={t("backstage.legal.field.summary")} hint={t("backstage.legal.field.summaryHint")} rows={3} maxLength={2000} required value={values.summary} error={errors?.fields.summary} />
      {BODIES.map(({ locale, label }) => (
        <LongText
          key={locale}
          id={`draft-body-${locale}`}
          name={`body-${locale}`}
          label={t(label)}
          hint={locale === "en" ? t("backstage.legal.field.bodyEnHint") : t("backstage.legal.field.bodyTranslationHint")}
          rows={14}
          maxLength={100000}
          required={locale === "en"}
          lang={locale}
          value={values[locale]}
          error={errors?.fields[`body-${locale}`]}
        />
      ))}
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}

interface LongTextProps {
  id: string;
  name: string;
  label: string;
  hint: string;
  rows: number;
  maxLength: number;
  required?: boolean;
  lang?: string;
  value: string;
  error: PlainMessageKey | undefined;
}

function LongText({ id, name, label, hint, rows, maxLength, required = false, lang, value, error }: LongTextProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="form-field__hint">
        {hint}
      </p>
      <textarea
        id={id}
        name={name}
        className="form-field__input form-field__textarea"
        rows={rows}
        maxLength={maxLength}
        required={required}
        lang={lang}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}
