import { data, Form, Link, redirect } from "react-router";
import { textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { apiJson } from "../../api/server-api";
import { FormAlert, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/forgot-password";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = textField(form, "email");
  const result = await apiJson(context, "/account/password-resets", { method: "POST", body: { email } });
  if (result.ok) return redirect("/account/check-email?for=password-reset", 303);
  return data({ errors: formErrorsFrom(result.problem), email }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.forgot.title") }];
};

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const errors = actionData?.errors;
  return (
    <section className="account-page container" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading" className="account-page__heading">
        {t("account.forgot.heading")}
      </h1>
      <p className="account-page__lead">{t("account.forgot.lead")}</p>
      <Form method="post" className="account-form">
        <FormAlert errors={errors} />
        <TextField id="forgot-email" name="email" type="email" label={t("account.field.email")} autoComplete="email" required defaultValue={actionData?.email} error={errors?.fields.email} />
        <SubmitButton>{t("account.forgot.submit")}</SubmitButton>
        <p className="account-form__aside">
          <Link to="/account/sign-in">{t("account.signIn.link")}</Link>
        </p>
      </Form>
    </section>
  );
}
