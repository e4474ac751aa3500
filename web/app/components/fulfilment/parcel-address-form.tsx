import { Form, Link } from "react-router";
import type { CountryChoices } from "../../account/address-countries";
import type { FormErrors } from "../../account/problems";
import type { PostalAddress } from "../../fulfilment/fulfilment-types";
import { useI18n } from "../../i18n/use-i18n";
import { CountrySelect } from "../account/address-form";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";

interface ParcelAddressFormProps {
  shipmentId: string;
  /** Where the form posts (the page, with the form kept open should it be refused). */
  action: string;
  /** Where "Keep the address" goes back to. */
  closeHref: string;
  address: PostalAddress;
  countries: CountryChoices;
  csrfToken: string | null;
  errors: FormErrors | undefined;
  /** What was typed, when the change was refused. */
  values: Record<string, string | string[]> | undefined;
  /** h3 on the consignee's page (under the parcel's h2), h4 inside an order page. */
  headingLevel?: 3 | 4;
  /** The consignee's page speaks of "the customer", the account of "you". */
  byConsignee?: boolean;
}

/**
 * DEL-3: the parcel goes elsewhere while it travels. The form says before anything is sent that
 * the change is recorded as the customer's own decision (so a later arrival is not the shop's).
 */
export function ParcelAddressForm({ shipmentId, action, closeHref, address, countries, csrfToken, errors, values, headingLevel = 4, byConsignee = false }: ParcelAddressFormProps) {
  const { t } = useI18n();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const prefix = `parcel-address-${shipmentId}`;
  const value = (name: keyof PostalAddress) => {
    const typed = values?.[name];
    return typeof typed === "string" ? typed : (address[name] ?? "");
  };
  const field = (name: keyof PostalAddress) => ({ id: `${prefix}-${name}`, name, defaultValue: value(name), error: errors?.fields[name] });
  return (
    <Form method="post" action={action} className="account-form parcel-address" aria-labelledby={`${prefix}-heading`}>
      <Heading id={`${prefix}-heading`} className="parcel-address__heading">
        {t("fulfilment.address.heading")}
      </Heading>
      <p className="parcel-address__note">{t(byConsignee ? "fulfilment.address.decisionConsignee" : "fulfilment.address.decision")}</p>
      <FormAlert errors={errors} />
      {csrfToken ? <CsrfField token={csrfToken} /> : null}
      <input type="hidden" name="shipmentId" value={shipmentId} />
      <TextField {...field("line1")} label={t("addresses.field.line1")} hint={t("addresses.field.line1.hint")} autoComplete="shipping address-line1" required maxLength={200} />
      <TextField {...field("line2")} label={t("addresses.field.line2")} autoComplete="shipping address-line2" maxLength={200} />
      <div className="address-form__row">
        <TextField {...field("city")} label={t("addresses.field.city")} autoComplete="shipping address-level2" required maxLength={100} />
        <TextField {...field("region")} label={t("addresses.field.region")} autoComplete="shipping address-level1" maxLength={100} />
      </div>
      <div className="address-form__row">
        <TextField {...field("postalCode")} label={t("addresses.field.postalCode")} autoComplete="shipping postal-code" maxLength={20} />
        <CountrySelect id={`${prefix}-countryCode`} defaultValue={value("countryCode")} error={errors?.fields.countryCode} countries={countries} />
      </div>
      <div className="account-form__actions">
        <SubmitButton intent="address">{t("fulfilment.address.submit")}</SubmitButton>
        <Link to={closeHref} preventScrollReset className="form-button form-button--quiet">
          {t("fulfilment.address.keep")}
        </Link>
      </div>
    </Form>
  );
}
