import { Form, Link } from "react-router";
import type { CountryChoices } from "../../account/address-countries";
import type { AddressField, AddressValues } from "../../account/address-forms";
import type { FormErrors } from "../../account/problems";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "./form-fields";

interface AddressFormProps {
  /** "add" for a new address; "edit" for the one named by `addressId`. */
  mode: "add" | "edit";
  addressId?: string | undefined;
  csrfToken: string;
  values: AddressValues | undefined;
  errors: FormErrors | undefined;
  countries: CountryChoices;
}

/**
 * The address form, for a new address and for changing one. A plain POST with an `intent`, so it
 * works before (or without) scripts; refused, it comes back filled in with the messages beside
 * the fields.
 */
export function AddressForm({ mode, addressId, csrfToken, values, errors, countries }: AddressFormProps) {
  const { t } = useI18n();
  const prefix = `address-${mode}`;
  const headingId = `${prefix}-heading`;
  const field = (name: AddressField) => ({ id: `${prefix}-${name}`, name, defaultValue: values?.[name], error: errors?.fields[name] });
  return (
    <Form method="post" className={mode === "add" ? "account-form" : "account-form address-form--edit"} aria-labelledby={headingId}>
      <h2 id={headingId} className="account-page__subheading">
        {t(mode === "add" ? "addresses.add.heading" : "addresses.edit.heading")}
      </h2>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      {addressId ? <input type="hidden" name="addressId" value={addressId} /> : null}
      <TextField {...field("label")} label={t("addresses.field.label")} hint={t("addresses.field.label.hint")} maxLength={60} />
      <TextField {...field("recipientName")} label={t("addresses.field.recipientName")} autoComplete="shipping name" required maxLength={200} />
      <TextField
        {...field("recipientPhone")}
        type="tel"
        label={t("addresses.field.recipientPhone")}
        hint={t("addresses.field.recipientPhone.hint")}
        autoComplete="shipping tel"
        required
        maxLength={32}
      />
      <TextField {...field("line1")} label={t("addresses.field.line1")} hint={t("addresses.field.line1.hint")} autoComplete="shipping address-line1" required maxLength={200} />
      <TextField {...field("line2")} label={t("addresses.field.line2")} autoComplete="shipping address-line2" maxLength={200} />
      <div className="address-form__row">
        <TextField {...field("city")} label={t("addresses.field.city")} autoComplete="shipping address-level2" required maxLength={100} />
        <TextField {...field("region")} label={t("addresses.field.region")} autoComplete="shipping address-level1" maxLength={100} />
      </div>
      <div className="address-form__row">
        <TextField {...field("postalCode")} label={t("addresses.field.postalCode")} autoComplete="shipping postal-code" maxLength={20} />
        <CountrySelect id={`${prefix}-countryCode`} defaultValue={values?.countryCode} error={errors?.fields.countryCode} countries={countries} />
      </div>
      {mode === "edit" && values?.isDefault ? (
        <p className="account-form__aside">{t("addresses.edit.isDefault")}</p>
      ) : (
        <div className="form-check">
          <input id={`${prefix}-isDefault`} className="form-check__input" type="checkbox" name="isDefault" value="on" defaultChecked={values?.isDefault ?? false} />
          <label className="form-check__label" htmlFor={`${prefix}-isDefault`}>
            {t("addresses.field.isDefault")}
          </label>
        </div>
      )}
      <div className="account-form__actions">
        <SubmitButton intent={mode === "add" ? "add" : "update"}>{t(mode === "add" ? "addresses.add.submit" : "addresses.edit.submit")}</SubmitButton>
        {mode === "edit" ? (
          <Link to="/account/addresses" className="form-button form-button--quiet">
            {t("addresses.edit.cancel")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

interface CountrySelectProps {
  id: string;
  defaultValue: string | undefined;
  error: PlainMessageKey | undefined;
  countries: CountryChoices;
}

/** The country, the house's frequent destinations first, then every other one by name (the checkout's address step too). */
export function CountrySelect({ id, defaultValue, error, countries }: CountrySelectProps) {
  const { t } = useI18n();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {t("addresses.field.country")}
      </label>
      <select
        id={id}
        name="countryCode"
        className="form-field__input form-field__select"
        autoComplete="shipping country"
        required
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      >
        <option value="" disabled>
          {t("addresses.field.country.choose")}
        </option>
        <optgroup label={t("addresses.field.country.common")}>
          {countries.common.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("addresses.field.country.all")}>
          {countries.others.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </optgroup>
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
