import { data, Form, Link, redirect } from "react-router";
import { passwordField, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { apiJson, relayCookies } from "../../api/server-api";
import { FormAlert, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/reset-password";

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "" };
}

/** Sets the new password from the mailed link; the API signs in here and out everywhere else. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await apiJson(context, "/account/password-resets/complete", {
    method: "POST",
    body: { token: textField(form, "token"), newPassword: passwordField(form, "newPassword") },
  });
  if (result.ok) return redirect("/account", { status: 303, headers: relayCookies(result.headers) });
  // The token travels hidden: a schema complaint about it means the link itself is broken.
  const tokenRefused = result.problem?.errors?.some((issue) => issue.field === "/token");
  const errors = tokenRefused ? { form: "account.error.invalidLink" as const, fields: {} } : formErrorsFrom(result.problem);
  return data({ errors }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.reset.title") }, { name: "robots", content: "noindex" }];
};

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const errors = actionData?.errors;
  if (!loaderData.token) {
    return (
      <section className="account-page container" aria-labelledby="reset-heading">
        <h1 id="reset-heading" className="account-page__heading">
          {t("account.reset.heading")}
        </h1>
        <p className="form-alert" role="alert">
          {t("account.error.invalidLink")}
        </p>
        <Link to="/account/forgot-password">{t("account.reset.askAgain")}</Link>
      </section>
    );
  }
  return (
    <section className="account-page container" aria-labelledby="reset-heading">
      <h1 id="reset-heading" className="account-page__heading">
        {t("account.reset.heading")}
      </h1>
      <p className="account-page__lead">{t("account.reset.lead")}</p>
      <Form method="post" className="account-form">
        <FormAlert errors={errors} />
        <input type="hidden" name="token" value={loaderData.token} />
        <TextField
          id="reset-new-password"
          name="newPassword"
          type="password"
          label={t("account.field.newPassword")}
          hint={t("account.field.password.rule")}
          autoComplete="new-password"
          required
          minLength={10}
          error={errors?.fields.newPassword}
        />
        <SubmitButton>{t("account.reset.submit")}</SubmitButton>
        {errors?.form === "account.error.invalidLink" ? (
          <p className="account-form__aside">
            <Link to="/account/forgot-password">{t("account.reset.askAgain")}</Link>
          </p>
        ) : null}
      </Form>
    </section>
  );
}
