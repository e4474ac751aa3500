import { data, Form, Link, redirect } from "react-router";
import { countryChoices } from "../../account/address-countries";
import { addressView, type Address } from "../../account/address-forms";
import { currentSession } from "../../account/account-api.server";
import { csrfOf, textField } from "../../account/forms";
import { refusalStatus } from "../../account/problems";
import { apiJson } from "../../api/server-api";
import { saveCheckout } from "../../checkout/checkout-api.server";
import { stepErrorsFrom } from "../../checkout/checkout-problems";
import type { Consignee } from "../../checkout/checkout-types";
import { internationalPhone } from "../../checkout/phone";
import { CountrySelect } from "../../components/account/address-form";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/address";
import { useCheckoutArea } from "./checkout-area";

const FIELDS = ["name", "phone", "email", "line1", "line2", "city", "region", "postalCode", "countryCode"] as const;
type Values = Record<(typeof FIELDS)[number], string> & { someoneElse: boolean };

/**
 * Step 2: the consignee and the address. A customer's address book is offered first: choosing
 * one (a plain link, `?from=<id>`) fills the form in, which they confirm like any other.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const session = await currentSession(context, request);
  const book = session ? await apiJson<{ addresses: Address[] }>(context, "/account/addresses") : null;
  const addresses = book?.ok ? book.data.addresses : [];
  const from = new URL(request.url).searchParams.get("from");
  const chosen = addresses.find((address) => address.id === from) ?? null;
  return {
    addresses: addresses.map((address) => addressView(address, locale)),
    chosen: chosen && valuesOfAddress(chosen, session?.customer.name ?? null),
    countries: countryChoices(locale),
  };
}

function valuesOfAddress(address: Address, customerName: string | null): Values {
  return {
    name: address.recipientName, phone: address.recipientPhone, email: "", line1: address.line1, line2: address.line2 ?? "", city: address.city,
    region: address.region ?? "", postalCode: address.postalCode ?? "", countryCode: address.countryCode,
    someoneElse: customerName !== null && address.recipientName.trim().toLowerCase() !== customerName.trim().toLowerCase(),
  };
}

function valuesOfConsignee(consignee: Consignee): Values {
  const { address } = consignee;
  return {
    name: consignee.name, phone: consignee.phone, email: consignee.email ?? "", line1: address.line1, line2: address.line2 ?? "", city: address.city,
    region: address.region ?? "", postalCode: address.postalCode ?? "", countryCode: address.countryCode, someoneElse: !consignee.isCustomer,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const values = { ...(Object.fromEntries(FIELDS.map((field) => [field, textField(form, field)])) as Record<(typeof FIELDS)[number], string>), someoneElse: form.get("someoneElse") === "on" };
  const consignee: Consignee = {
    name: values.name,
    phone: internationalPhone(values.phone, values.countryCode),
    // ORD-4: someone other than the customer receives the goods on their behalf.
    isCustomer: !values.someoneElse,
    // Optional, and only for someone else: the parcel's news and their own link go to them too.
    ...(values.someoneElse && values.email ? { email: values.email } : {}),
    address: { line1: values.line1, line2: values.line2 || null, city: values.city, region: values.region || null, postalCode: values.postalCode || null, countryCode: values.countryCode },
  };
  const result = await saveCheckout(context, { consignee }, csrfOf(form));
  if (result.ok) return redirect("/checkout/delivery", 303);
  return data({ values, errors: stepErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("checkout.title") }, { name: "robots", content: "noindex" }];

export default function AddressStep({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { checkout, customer, csrfToken } = useCheckoutArea();
  const saved = checkout?.details.consignee;
  const values: Partial<Values> = actionData?.values ?? loaderData.chosen ?? (saved ? valuesOfConsignee(saved) : { name: customer?.name ?? "", phone: customer?.phone ?? "" });
  const errors = actionData?.errors;
  const field = (name: (typeof FIELDS)[number]) => ({ id: `consignee-${name}`, name, defaultValue: values[name] ?? "", error: errors?.fields[name] });
  return (
    <section aria-labelledby="address-heading">
      <h2 id="address-heading" className="checkout__step-heading">
        {t("checkout.address.heading")}
      </h2>
      <p className="checkout__lead">{t("checkout.address.lead")}</p>
      {loaderData.addresses.length > 0 ? (
        <section className="checkout-book" aria-labelledby="address-book-heading">
          <h3 id="address-book-heading" className="checkout-section__heading">
            {t("checkout.address.book")}
          </h3>
          <ul className="checkout-book__list">
            {loaderData.addresses.map((address) => (
              <li key={address.id} className="checkout-book__item">
                <address className="checkout-address">
                  <span className="checkout-address__name">{address.recipientName}</span>
                  {address.lines.map((line) => (
                    <span key={line}>{line}</span>
                  ))}
                  <span>{address.countryName}</span>
                </address>
                <Link to={`/checkout/address?from=${encodeURIComponent(address.id)}`} className="form-button form-button--quiet" preventScrollReset>
                  {t("checkout.address.use")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Keyed by the chosen address, so picking another one refills the form (scripts keep the DOM). */}
      <Form method="post" className="account-form" aria-labelledby="address-heading" key={`${values.name}-${values.line1}`}>
        <FormAlert errors={errors} />
        {csrfToken ? <CsrfField token={csrfToken} /> : null}
        <TextField {...field("name")} label={t("checkout.address.name")} autoComplete="shipping name" required maxLength={200} />
        <TextField {...field("phone")} type="tel" label={t("checkout.address.phone")} hint={t("checkout.address.phone.hint")} autoComplete="shipping tel" required maxLength={32} />
        {/* The e-mail field shows once "someone else" is ticked: a stylesheet rule, so it works without scripts. */}
        <div className="consignee-other">
          <div className="form-check">
            <input id="consignee-someone-else" className="form-check__input" type="checkbox" name="someoneElse" value="on" defaultChecked={values.someoneElse ?? false} aria-describedby="consignee-someone-else-hint" />
            <label className="form-check__label" htmlFor="consignee-someone-else">
              {t("checkout.address.someoneElse")}
            </label>
            <p id="consignee-someone-else-hint" className="form-field__hint">
              {t("checkout.address.someoneElse.hint")}
            </p>
          </div>
          <div className="consignee-other__email">
            <TextField {...field("email")} type="email" label={t("checkout.address.email")} hint={t("checkout.address.email.hint")} autoComplete="off" maxLength={254} />
          </div>
        </div>
        <TextField {...field("line1")} label={t("addresses.field.line1")} hint={t("addresses.field.line1.hint")} autoComplete="shipping address-line1" required maxLength={200} />
        <TextField {...field("line2")} label={t("addresses.field.line2")} autoComplete="shipping address-line2" maxLength={200} />
        <div className="address-form__row">
          <TextField {...field("city")} label={t("addresses.field.city")} autoComplete="shipping address-level2" required maxLength={100} />
          <TextField {...field("region")} label={t("addresses.field.region")} autoComplete="shipping address-level1" maxLength={100} />
        </div>
        <div className="address-form__row">
          <TextField {...field("postalCode")} label={t("addresses.field.postalCode")} autoComplete="shipping postal-code" maxLength={20} />
          <CountrySelect id="consignee-countryCode" defaultValue={values.countryCode || undefined} error={errors?.fields.countryCode} countries={loaderData.countries} />
        </div>
        <div className="account-form__actions">
          <SubmitButton>{t("checkout.continue")}</SubmitButton>
          <Link to="/checkout/contact" className="form-button form-button--quiet">
            {t("checkout.back")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
