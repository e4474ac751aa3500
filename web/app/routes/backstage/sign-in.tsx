import { data, Form, Link, redirect } from "react-router";
import { passwordField, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { relayCookies } from "../../api/server-api";
import { backstageErrorsFrom } from "../../backstage/problems";
import { afterStaffSignIn, currentStaff, SECURITY_PATH, staffApi, type StaffSession } from "../../backstage/staff-api.server";
import { FormAlert, FormNotice, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/sign-in";

export async function loader({ context, request, url }: Route.LoaderArgs) {
  const next = url.searchParams.get("next");
  if (await currentStaff(context, request)) throw redirect(afterStaffSignIn(next));
  return { next: next ? afterStaffSignIn(next) : null, signedOut: url.searchParams.get("notice") === "signed-out" };
}

/**
 * Signs in with e-mail, password and (once enrolled) the authenticator's code. The API's cookie is
 * handed on; an owner who still has to enrol an authenticator goes to do that first.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = textField(form, "email");
  const totp = textField(form, "totp").replace(/\s+/g, "");
  const body = { email, password: passwordField(form, "password"), ...(totp ? { totp } : {}) };
  const result = await staffApi<StaffSession>(context, "/admin/session", { method: "POST", body });
  if (result.ok) {
    const to = result.data.totpEnrolmentRequired ? SECURITY_PATH : afterStaffSignIn(textField(form, "next") || null);
    return redirect(to, { status: 303, headers: relayCookies(result.headers) });
  }
  const codeAsked = result.problem.code === "access.totp_required" || result.problem.code === "access.totp_invalid";
  return data({ errors: backstageErrorsFrom(result.problem), email, codeAsked }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.signIn.title") }, { name: "robots", content: "noindex" }];
};

export default function StaffSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const errors = actionData?.errors;
  const codeAsked = actionData?.codeAsked ?? false;
  return (
    <section className="backstage-sign-in container" aria-labelledby="staff-sign-in-heading">
      <p className="eyebrow">{t("backstage.header.area")}</p>
      <h1 id="staff-sign-in-heading" className="backstage-page__heading">
        {t("backstage.signIn.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.signIn.lead")}</p>
      {loaderData.signedOut && !errors ? <FormNotice>{t("backstage.signIn.signedOut")}</FormNotice> : null}
      <Form method="post" className="account-form">
        <FormAlert errors={errors} />
        {loaderData.next ? <input type="hidden" name="next" value={loaderData.next} /> : null}
        <TextField id="staff-email" name="email" type="email" label={t("account.field.email")} autoComplete="username" required defaultValue={actionData?.email} error={errors?.fields.email} />
        <TextField
          id="staff-password"
          name="password"
          type="password"
          label={t("account.field.password")}
          hint={codeAsked ? t("backstage.signIn.passwordAgain") : undefined}
          autoComplete="current-password"
          required
          error={errors?.fields.password}
        />
        <div className={codeAsked ? "backstage-code backstage-code--asked" : "backstage-code"}>
          <TextField
            id="staff-totp"
            name="totp"
            type="text"
            inputMode="numeric"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            label={t("backstage.field.totp")}
            hint={codeAsked ? t("backstage.signIn.codeAsked") : t("backstage.signIn.codeHint")}
            autoComplete="one-time-code"
            autoFocus={codeAsked}
            required={codeAsked}
            error={errors?.fields.totp}
          />
        </div>
        <SubmitButton>{t("backstage.signIn.submit")}</SubmitButton>
      </Form>
      <p className="account-form__aside backstage-sign-in__aside">
        {t("backstage.signIn.supplierAside")} <Link to="/supplier/sign-in">{t("backstage.signIn.supplierLink")}</Link>
      </p>
    </section>
  );
}
