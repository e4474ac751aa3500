import { data, Form, Link, redirect } from "react-router";
import { afterSignIn, currentSession } from "../../account/account-api.server";
import { passwordField, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { apiJson, relayCookies } from "../../api/server-api";
import { FormAlert, FormNotice, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/sign-in";

/** Why the visitor was sent here, said in one line above the form. */
const NOTICES: Readonly<Record<string, PlainMessageKey>> = {
  "signed-out": "account.signIn.notice.signedOut",
  reported: "account.signIn.notice.reported",
  "session-ended": "account.signIn.notice.sessionEnded",
};

export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = url.searchParams.get("next");
  if (await currentSession(context, request)) throw redirect(afterSignIn(next));
  const notice = url.searchParams.get("notice");
  return { next: next ? afterSignIn(next) : null, notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice]! : null };
}

/** Signs in and hands the API's session cookie to the browser; then on to `next` (this site only). */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = textField(form, "email");
  const result = await apiJson(context, "/account/session", { method: "POST", body: { email, password: passwordField(form, "password") } });
  if (result.ok) return redirect(afterSignIn(textField(form, "next") || null), { status: 303, headers: relayCookies(result.headers) });
  return data({ errors: formErrorsFrom(result.problem), email }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.signIn.title") }, { name: "description", content: t("account.signIn.description") }];
};

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const errors = actionData?.errors;
  return (
    <section className="account-page container" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" className="account-page__heading">
        {t("account.signIn.heading")}
      </h1>
      {loaderData.notice && !errors ? <FormNotice>{t(loaderData.notice)}</FormNotice> : null}
      <Form method="post" className="account-form">
        <FormAlert errors={errors} />
        {loaderData.next ? <input type="hidden" name="next" value={loaderData.next} /> : null}
        <TextField id="sign-in-email" name="email" type="email" label={t("account.field.email")} autoComplete="username" required defaultValue={actionData?.email} error={errors?.fields.email} />
        <TextField id="sign-in-password" name="password" type="password" label={t("account.field.password")} autoComplete="current-password" required error={errors?.fields.password} />
        <SubmitButton>{t("account.signIn.submit")}</SubmitButton>
        <p className="account-form__aside">
          <Link to="/account/forgot-password">{t("account.signIn.forgot")}</Link>
        </p>
      </Form>
      <div className="account-page__aside">
        <h2 className="account-page__subheading">{t("account.signIn.newHeading")}</h2>
        <p>{t("account.signIn.newBody")}</p>
        <Link to="/account/sign-up" className="button button--outline">
          {t("account.signUp.link")}
        </Link>
      </div>
    </section>
  );
}
