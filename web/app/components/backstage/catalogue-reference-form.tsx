import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { LOCALES } from "../../backstage/catalogue";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";

export type ReferenceFormValues = Record<string, string>;

const LOCALE_HEADINGS: Record<(typeof LOCALES)[number], PlainMessageKey> = {
  en: "backstage.catalogue.locale.en",
  "zh-Hant": "backstage.catalogue.locale.zh-Hant",
  "zh-Hans": "backstage.catalogue.locale.zh-Hans",
};

interface ReferenceFormProps {
  kind: "designer" | "category";
  csrfToken: string;
  /** The one being changed; none: a new one. */
  id: string | undefined;
  values: ReferenceFormValues;
  errors: FormErrors | undefined;
  /** Categories only: where a category may be placed. */
  parents?: readonly { id: string; name: string }[];
}

/** A designer's or a category's form: a few fields, then its texts in the three languages. */
export function ReferenceForm({ kind, csrfToken, id, values, errors, parents = [] }: ReferenceFormProps) {
  const { t } = useI18n();
  const field = (name: string) => errors?.fields[name];
  const heading = id ? "backstage.catalogue.reference.editHeading" : kind === "designer" ? "backstage.catalogue.designers.new" : "backstage.catalogue.categories.new";
  return (
    <Form method="post" className="backstage-form catalogue-form">
      <h2 className="account-page__subheading">{t(heading)}</h2>
      <CsrfField token={csrfToken} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormAlert errors={errors} />
      <div className="catalogue-form__grid">
        {kind === "designer" ? <TextField id="reference-name" name="name" label={t("backstage.catalogue.field.name")} defaultValue={values.name} error={field("name")} maxLength={120} required /> : null}
        <TextField id="reference-slug" name="slug" label={t("backstage.catalogue.field.slug")} defaultValue={values.slug} error={field("slug")} maxLength={100} />
        {kind === "category" ? (
          <>
            <div className="form-field">
              <label className="form-field__label" htmlFor="reference-parent">
                {t("backstage.catalogue.categories.parent")}
              </label>
              <select id="reference-parent" name="parentId" className="form-field__input form-field__select" defaultValue={values.parentId ?? ""}>
                <option value="">{t("backstage.catalogue.categories.top")}</option>
                {parents.filter((parent) => parent.id !== id).map((parent) => (
                  <option key={parent.id} value={parent.id}>
                    {parent.name}
                  </option>
                ))}
              </select>
            </div>
            <TextField id="reference-position" name="position" label={t("backstage.catalogue.categories.position")} defaultValue={values.position} error={field("position")} inputMode="numeric" />
          </>
        ) : (
          <label className="catalogue-check">
            <input type="checkbox" name="featured" value="yes" defaultChecked={values.featured === "yes"} /> {t("backstage.catalogue.designers.featured")}
          </label>
        )}
      </div>
      {LOCALES.map((locale) => (
        <fieldset key={locale} className="catalogue-form__locale" lang={locale}>
          <legend className="catalogue-form__legend">{t(LOCALE_HEADINGS[locale])}</legend>
          {kind === "designer" ? (
            <>
              <TextField id={`reference-${locale}-local-name`} name={`${locale}.localName`} label={t("backstage.catalogue.designers.localName")} defaultValue={values[`${locale}.localName`]} maxLength={120} />
              <ReferenceText id={`reference-${locale}-story`} name={`${locale}.story`} label={t("backstage.catalogue.designers.story")} value={values[`${locale}.story`]} />
            </>
          ) : (
            <>
              <TextField id={`reference-${locale}-name`} name={`${locale}.name`} label={t("backstage.catalogue.field.name")} defaultValue={values[`${locale}.name`]} error={field(`${locale}.name`)} maxLength={120} required={locale === "en"} />
              <ReferenceText id={`reference-${locale}-description`} name={`${locale}.description`} label={t("backstage.catalogue.field.description")} value={values[`${locale}.description`]} />
            </>
          )}
        </fieldset>
      ))}
      <SubmitButton>{t(id ? "backstage.catalogue.reference.save" : "backstage.catalogue.reference.create")}</SubmitButton>
    </Form>
  );
}

function ReferenceText({ id, name, label, value }: { id: string; name: string; label: string; value: string | undefined }) {
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} name={name} className="form-field__input form-field__textarea backstage-textarea--short" defaultValue={value ?? ""} rows={3} />
    </div>
  );
}
