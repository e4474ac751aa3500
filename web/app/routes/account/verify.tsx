import { data, Form, Link, redirect } from "react-router";
import { textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { apiJson, relayCookies } from "../../api/server-api";
import { FormAlert, SubmitButton } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/verify";

/** Reads the link's token only: following a link (a GET) never confirms anything by itself. */
export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "" };
}

/** Confirms the address, which also signs in: the API's session cookie is handed to the browser. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await apiJson(context, "/account/email-verifications", { method: "POST", body: { token: textField(form, "token") } });
  if (result.ok) return redirect("/account", { status: 303, headers: relayCookies(result.headers) });
  const errors = formErrorsFrom(result.problem);
  // A malformed token is refused by the schema; for the visitor it is just a link that does not work.
  const linkBroken = result.problem?.code === "request.validation_failed" || result.problem?.code === "customers.invalid_link";
  return data({ errors: linkBroken ? { form: "account.error.invalidLink" as const, fields: {} } : errors }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.verify.title") }, { name: "robots", content: "noindex" }];
};

export default function Verify({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <section className="account-page container" aria-labelledby="verify-heading">
      <h1 id="verify-heading" className="account-page__heading">
        {t("account.verify.heading")}
      </h1>
      {loaderData.token ? (
        <Form method="post" className="account-form">
          <p className="account-page__lead">{t("account.verify.lead")}</p>
          <FormAlert errors={actionData?.errors} />
          <input type="hidden" name="token" value={loaderData.token} />
          <SubmitButton>{t("account.verify.submit")}</SubmitButton>
        </Form>
      ) : (
        <p className="form-alert" role="alert">
          {t("account.error.invalidLink")}
        </p>
      )}
      <p className="account-form__aside">
        {t("account.verify.trouble")} <Link to="/account/sign-in">{t("account.signIn.link")}</Link>
      </p>
    </section>
  );
}
