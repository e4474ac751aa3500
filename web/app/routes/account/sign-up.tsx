import { data, Form, Link, redirect } from "react-router";
import { currentSession } from "../../account/account-api.server";
import { optionalField, passwordField, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus, type FormErrors } from "../../account/problems";
import { apiJson } from "../../api/server-api";
import { FormAlert, SubmitButton, TextField } from "../../components/account/form-fields";
import { BirthDateAndGuardian, LanguageField, MarketingChoices, marketingFromForm } from "../../components/account/sign-up-fields";
import { isLocale } from "../../i18n/locales";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import { documentInForce } from "../../legal/legal-api.server";
import type { Route } from "./+types/sign-up";

/** The agreement version shown here is the one the action posts as accepted. */
export async function loader({ context, request }: Route.LoaderArgs) {
  if (await currentSession(context, request)) throw redirect("/account");
  const { locale } = context.get(requestPreferencesContext);
  const agreement = await documentInForce(context, "registration-agreement", locale);
  return { agreementVersion: agreement?.version ?? null };
}

/**
 * Opens the account. Whatever the API decides about an address already registered, the visitor
 * sees the same "check your e-mail" page: the form tells nobody who is a customer.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = textField(form, "locale");
  // Kept to refill the form after a refusal (a page without scripts is rendered afresh); never the password.
  const values = {
    name: textField(form, "name"),
    email: textField(form, "email"),
    phone: optionalField(form, "phone"),
    birthDate: optionalField(form, "birthDate"),
    guardianEmail: optionalField(form, "guardianEmail"),
    locale: isLocale(locale) ? locale : context.get(requestPreferencesContext).locale,
    // Each channel separately, false unless ticked (MKT-3); the API ignores a minor's (ACC-2).
    marketing: marketingFromForm(form),
  };
  const result = await apiJson(context, "/account/registrations", {
    method: "POST",
    body: { ...values, password: passwordField(form, "password"), acceptedAgreementVersion: optionalField(form, "acceptedAgreementVersion") },
  });
  if (result.ok) return redirect("/account/check-email?for=sign-up", 303);
  return data({ errors: formErrorsFrom(result.problem), values }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.signUp.title") }, { name: "description", content: t("account.signUp.description") }];
};

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const errors: FormErrors | undefined = actionData?.errors;
  const values = actionData?.values;
  const { agreementVersion } = loaderData;
  return (
    <section className="account-page container" aria-labelledby="sign-up-heading">
      <h1 id="sign-up-heading" className="account-page__heading">
        {t("account.signUp.heading")}
      </h1>
      <p className="account-page__lead">{t("account.signUp.lead")}</p>
      {agreementVersion === null ? (
        <p className="form-alert" role="alert">
          {t("account.signUp.unavailable")}
        </p>
      ) : (
        <Form method="post" className="account-form">
          <FormAlert errors={errors} />
          <TextField id="sign-up-name" name="name" label={t("account.field.name")} autoComplete="name" required maxLength={200} defaultValue={values?.name} error={errors?.fields.name} />
          <TextField id="sign-up-email" name="email" type="email" label={t("account.field.email")} autoComplete="email" required defaultValue={values?.email} error={errors?.fields.email} />
          <TextField
            id="sign-up-password"
            name="password"
            type="password"
            label={t("account.field.password")}
            hint={t("account.field.password.rule")}
            autoComplete="new-password"
            required
            minLength={10}
            error={errors?.fields.password}
          />
          <TextField
            id="sign-up-phone"
            name="phone"
            type="tel"
            label={t("account.field.phone.optional")}
            hint={t("account.field.phone.hint")}
            autoComplete="tel"
            defaultValue={values?.phone}
            error={errors?.fields.phone}
          />
          <BirthDateAndGuardian errors={errors} defaults={{ birthDate: values?.birthDate, guardianEmail: values?.guardianEmail }} />
          <LanguageField id="sign-up-locale" defaultValue={values?.locale} />
          <div className="form-check">
            <input
              id="sign-up-agreement"
              className="form-check__input"
              type="checkbox"
              name="acceptedAgreementVersion"
              value={agreementVersion}
              required
              aria-invalid={errors?.fields.acceptedAgreementVersion ? true : undefined}
              aria-describedby={errors?.fields.acceptedAgreementVersion ? "sign-up-agreement-error" : undefined}
            />
            <label className="form-check__label" htmlFor="sign-up-agreement">
              {t("account.signUp.agreement", { version: agreementVersion })}{" "}
              <Link to="/legal/agreement" target="_blank" rel="noopener">
                {t("account.signUp.agreementLink")}
                <span className="visually-hidden"> {t("a11y.opensInNewTab")}</span>
              </Link>
            </label>
            {errors?.fields.acceptedAgreementVersion ? (
              <p id="sign-up-agreement-error" className="form-field__error form-check__error">
                {t(errors.fields.acceptedAgreementVersion)}
              </p>
            ) : null}
          </div>
          <MarketingChoices defaults={values?.marketing} />
          <SubmitButton>{t("account.signUp.submit")}</SubmitButton>
          <p className="account-form__aside">
            {t("account.signUp.haveAccount")} <Link to="/account/sign-in">{t("account.signIn.link")}</Link>
          </p>
        </Form>
      )}
    </section>
  );
}
