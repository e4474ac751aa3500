import { data, Form, redirect } from "react-router";
import { textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { apiJson } from "../../api/server-api";
import { FormAlert, FormNotice, SubmitButton } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/guardian";

interface GuardianView {
  customerName: string;
  confirmed: boolean;
}

/** What the guardian is asked (reading it changes nothing); a dead link says so and no more. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const done = url.searchParams.get("done");
  const result = token ? await apiJson<GuardianView>(context, `/account/guardian-consents/${encodeURIComponent(token)}`) : null;
  if (result && !result.ok && result.status >= 500) throw new Response(null, { status: 502 });
  return {
    token,
    request: result?.ok ? result.data : null,
    done: done === "confirmed" || done === "withdrawn" ? done : null,
  };
}

/** The guardian's decision; the same link works later to change it. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const token = textField(form, "token");
  const decision = textField(form, "intent") === "withdraw" ? "withdraw" : "confirm";
  const result = await apiJson<{ decision: string }>(context, `/account/guardian-consents/${encodeURIComponent(token)}`, { method: "POST", body: { decision } });
  if (result.ok) return redirect(`/account/guardian?${new URLSearchParams({ token, done: decision === "confirm" ? "confirmed" : "withdrawn" })}`, 303);
  return data({ errors: formErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.guardian.title") }, { name: "robots", content: "noindex" }];
};

export default function Guardian({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { token, request, done } = loaderData;
  return (
    <section className="account-page container" aria-labelledby="guardian-heading">
      <h1 id="guardian-heading" className="account-page__heading">
        {t("account.guardian.heading")}
      </h1>
      {!request ? (
        <p className="form-alert" role="alert">
          {t("account.error.invalidLink")}
        </p>
      ) : (
        <Form method="post" className="account-form">
          {done ? <FormNotice>{t(done === "confirmed" ? "account.guardian.doneConfirmed" : "account.guardian.doneWithdrawn", { name: request.customerName })}</FormNotice> : null}
          <p className="account-page__lead">{t("account.guardian.lead", { name: request.customerName })}</p>
          <p>{t("account.guardian.restriction")}</p>
          <p className="account-panel account-panel--quiet">
            {request.confirmed ? t("account.guardian.statusConfirmed") : t("account.guardian.statusPending")}
          </p>
          <FormAlert errors={actionData?.errors} />
          <input type="hidden" name="token" value={token} />
          <div className="account-form__actions">
            {request.confirmed ? (
              <SubmitButton intent="withdraw">{t("account.guardian.withdraw")}</SubmitButton>
            ) : (
              <SubmitButton intent="confirm">{t("account.guardian.confirm")}</SubmitButton>
            )}
          </div>
          <p className="form-field__hint">{t("account.guardian.notYou")}</p>
        </Form>
      )}
    </section>
  );
}
