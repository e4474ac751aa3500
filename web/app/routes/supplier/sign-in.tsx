import { data, Form, Link, redirect } from "react-router";
import { passwordField, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { relayCookies } from "../../api/server-api";
import { backstageErrorsFrom } from "../../backstage/problems";
import { afterSupplierSignIn, currentSupplier, supplierApi } from "../../backstage/supplier-api.server";
import { FormAlert, FormNotice, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/sign-in";

export async function loader({ context, request, url }: Route.LoaderArgs) {
  const next = url.searchParams.get("next");
  if (await currentSupplier(context, request)) throw redirect(afterSupplierSignIn(next));
  return { next: next ? afterSupplierSignIn(next) : null, signedOut: url.searchParams.get("notice") === "signed-out" };
}

/** Signs a supplier user in with their own cookie, which opens no staff page. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = textField(form, "email");
  const result = await supplierApi(context, "/supplier/session", { method: "POST", body: { email, password: passwordField(form, "password") } });
  if (result.ok) return redirect(afterSupplierSignIn(textField(form, "next") || null), { status: 303, headers: relayCookies(result.headers) });
  return data({ errors: backstageErrorsFrom(result.problem), email }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.supplier.signIn.title") }, { name: "robots", content: "noindex" }];
};

export default function SupplierSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const errors = actionData?.errors;
  return (
    <section className="backstage-sign-in" aria-labelledby="supplier-sign-in-heading">
      <p className="eyebrow">{t("backstage.supplier.area")}</p>
      <h1 id="supplier-sign-in-heading" className="backstage-page__heading">
        {t("backstage.supplier.signIn.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.supplier.signIn.lead")}</p>
      {loaderData.signedOut && !errors ? <FormNotice>{t("backstage.signIn.signedOut")}</FormNotice> : null}
      <Form method="post" className="account-form">
        <FormAlert errors={errors} />
        {loaderData.next ? <input type="hidden" name="next" value={loaderData.next} /> : null}
        <TextField id="supplier-email" name="email" type="email" label={t("account.field.email")} autoComplete="username" required defaultValue={actionData?.email} error={errors?.fields.email} />
        <TextField id="supplier-password" name="password" type="password" label={t("account.field.password")} autoComplete="current-password" required error={errors?.fields.password} />
        <SubmitButton>{t("backstage.signIn.submit")}</SubmitButton>
      </Form>
      <p className="account-form__aside backstage-sign-in__aside">
        {t("backstage.supplier.signIn.staffAside")} <Link to="/admin/sign-in">{t("backstage.supplier.signIn.staffLink")}</Link>
      </p>
    </section>
  );
}
