import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { LOCALES, SIZE_GUIDES, type CatalogueLocale } from "../../backstage/catalogue";
import type { ProductFormValues } from "../../backstage/catalogue-forms";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";

interface Option {
  id: string;
  name: string;
}

const LOCALE_HEADINGS: Record<CatalogueLocale, PlainMessageKey> = {
  en: "backstage.catalogue.locale.en",
  "zh-Hant": "backstage.catalogue.locale.zh-Hant",
  "zh-Hans": "backstage.catalogue.locale.zh-Hans",
};

interface ProductFormProps {
  csrfToken: string;
  values: ProductFormValues;
  designers: readonly Option[];
  categories: readonly Option[];
  errors: FormErrors | undefined;
  submitLabel: string;
}

/** Everything said about a product, in the three languages; English is required, Chinese optional. */
export function CatalogueProductForm({ csrfToken, values, designers, categories, errors, submitLabel }: ProductFormProps) {
  const { t } = useI18n();
  const field = (name: string) => errors?.fields[name];
  return (
    <Form method="post" className="backstage-form catalogue-form" noValidate>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="intent" value="save" />
      <FormAlert errors={errors} />
      <div className="catalogue-form__grid">
        <ChoiceField id="product-designer" name="designerId" label={t("backstage.catalogue.column.designer")} options={designers} value={values.designerId} error={field("designerId")} required />
        <ChoiceField id="product-category" name="categoryId" label={t("backstage.catalogue.field.category")} options={categories} value={values.categoryId} error={field("categoryId")} required />
        <TextField id="product-slug" name="slug" label={t("backstage.catalogue.field.slug")} hint={t("backstage.catalogue.field.slugHint")} defaultValue={values.slug} error={field("slug")} maxLength={100} />
        <TextField id="product-seller" name="sellerSupplierId" label={t("backstage.catalogue.field.seller")} hint={t("backstage.catalogue.field.sellerHint")} defaultValue={values.sellerSupplierId} error={field("sellerSupplierId")} maxLength={40} />
        <TextField id="product-origin" name="originCountry" label={t("backstage.catalogue.field.origin")} hint={t("backstage.catalogue.field.originHint")} defaultValue={values.originCountry} error={field("originCountry")} maxLength={2} />
        <div className="form-field">
          <label className="form-field__label" htmlFor="product-size-guide">
            {t("backstage.catalogue.field.sizeGuide")}
          </label>
          <select id="product-size-guide" name="sizeGuide" className="form-field__input form-field__select" defaultValue={values.sizeGuide}>
            <option value="">{t("backstage.catalogue.field.noSizeGuide")}</option>
            {SIZE_GUIDES.map((guide) => (
              <option key={guide} value={guide}>
                {guide}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor="product-kind">
            {t("backstage.catalogue.field.kind")}
          </label>
          <select id="product-kind" name="kind" className="form-field__input form-field__select" defaultValue={values.kind ?? "goods"} aria-describedby="product-kind-hint">
            <option value="goods">{t("backstage.catalogue.kind.goods")}</option>
            <option value="service">{t("backstage.catalogue.kind.service")}</option>
          </select>
          <p id="product-kind-hint" className="form-field__hint">
            {t("backstage.catalogue.field.kindHint")}
          </p>
        </div>
      </div>
      {LOCALES.map((locale) => (
        <fieldset key={locale} className="catalogue-form__locale" lang={locale}>
          <legend className="catalogue-form__legend">{t(LOCALE_HEADINGS[locale])}</legend>
          <TextField id={`product-${locale}-name`} name={`${locale}.name`} label={t("backstage.catalogue.field.name")} defaultValue={values[`${locale}.name`]} error={field(`${locale}.name`)} maxLength={200} required={locale === "en"} />
          <TextArea id={`product-${locale}-description`} name={`${locale}.description`} label={t("backstage.catalogue.field.description")} value={values[`${locale}.description`]} rows={5} />
          <TextArea id={`product-${locale}-composition`} name={`${locale}.composition`} label={t("backstage.catalogue.field.composition")} value={values[`${locale}.composition`]} rows={2} />
          <TextArea id={`product-${locale}-care`} name={`${locale}.care`} label={t("backstage.catalogue.field.care")} value={values[`${locale}.care`]} rows={2} />
          <TextField id={`product-${locale}-seo-title`} name={`${locale}.seoTitle`} label={t("backstage.catalogue.field.seoTitle")} defaultValue={values[`${locale}.seoTitle`]} maxLength={120} />
          <TextArea id={`product-${locale}-seo-description`} name={`${locale}.seoDescription`} label={t("backstage.catalogue.field.seoDescription")} value={values[`${locale}.seoDescription`]} rows={2} />
        </fieldset>
      ))}
      <SubmitButton intent="save">{submitLabel}</SubmitButton>
    </Form>
  );
}

function ChoiceField({ id, name, label, options, value, error, required }: { id: string; name: string; label: string; options: readonly Option[]; value: string | undefined; error: PlainMessageKey | undefined; required?: boolean }) {
  const { t } = useI18n();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="form-field__input form-field__select" defaultValue={value ?? ""} required={required} aria-invalid={error ? true : undefined} aria-describedby={errorId}>
        <option value="">{t("backstage.catalogue.field.choose")}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  );
}

function TextArea({ id, name, label, value, rows }: { id: string; name: string; label: string; value: string | undefined; rows: number }) {
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} name={name} className="form-field__input form-field__textarea" defaultValue={value ?? ""} rows={rows} />
    </div>
  );
}
