import { data, Form, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { refusalStatus } from "../../account/problems";
import { saveCheckout } from "../../checkout/checkout-api.server";
import { stepErrorsFrom } from "../../checkout/checkout-problems";
import { internationalPhone } from "../../checkout/phone";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/contact";
import { useCheckoutArea } from "./checkout-area";

/** Step 1: the e-mail the confirmation goes to and a telephone; a customer's own are filled in. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const { zone } = context.get(requestPreferencesContext);
  const values = { email: textField(form, "email"), phone: textField(form, "phone") };
  const phone = internationalPhone(values.phone, zone === "HK" || zone === "CN" ? zone : undefined);
  const result = await saveCheckout(context, { email: values.email, ...(phone ? { phone } : {}) }, csrfOf(form));
  if (result.ok) return redirect("/checkout/address", 303);
  return data({ values, errors: stepErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("checkout.title") }, { name: "robots", content: "noindex" }];

export default function ContactStep({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { checkout, customer, csrfToken } = useCheckoutArea();
  const saved = checkout?.details;
  const values = actionData?.values ?? { email: saved?.email ?? customer?.email ?? "", phone: saved?.phone ?? customer?.phone ?? "" };
  const errors = actionData?.errors;
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading" className="checkout__step-heading">
        {t("checkout.contact.heading")}
      </h2>
      <p className="checkout__lead">{t("checkout.contact.lead")}</p>
      {customer ? (
        <p className="checkout__aside">{t("checkout.contact.signedIn")}</p>
      ) : (
        <p className="checkout__aside">
          {t("checkout.contact.guest")} <Link to="/account/sign-in?next=%2Fcheckout">{t("checkout.contact.signIn")}</Link>
        </p>
      )}
      <Form method="post" className="account-form" aria-labelledby="contact-heading">
        <FormAlert errors={errors} />
        {csrfToken ? <CsrfField token={csrfToken} /> : null}
        <TextField id="checkout-email" name="email" type="email" label={t("checkout.contact.email")} autoComplete="email" required maxLength={254} defaultValue={values.email} error={errors?.fields.email} />
        <TextField
          id="checkout-phone"
          name="phone"
          type="tel"
          label={t("checkout.contact.phone")}
          hint={t("checkout.contact.phone.hint")}
          autoComplete="tel"
          required
          maxLength={32}
          defaultValue={values.phone}
          error={errors?.fields.phone}
        />
        <div className="account-form__actions">
          <SubmitButton>{t("checkout.continue")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
