import { data, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { fulfilmentErrorsFrom, isReturnId, type StaffReturn } from "../../backstage/fulfilment";
import { returnView } from "../../backstage/fulfilment-present.server";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { ReturnCard, type ReturnRefusal } from "../../components/backstage/return-card";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/returns";
import { useBackstageArea } from "./signed-in";

const DONE: Readonly<Record<string, PlainMessageKey>> = {
  approve: "backstage.returns.done.approve",
  refuse: "backstage.returns.done.refuse",
  tracking: "backstage.returns.done.tracking",
  received: "backstage.returns.done.received",
  resolve: "backstage.returns.done.resolve",
};

/** Returns waiting for staff, oldest first: each at its step, with the form of that step. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "orders.manage");
  const { locale } = context.get(requestPreferencesContext);
  const { returns } = await loadStaffResource<{ returns: StaffReturn[] }>(args, "/admin/returns");
  const done = url.searchParams.get("done") ?? "";
  return { returns: returns.map((row) => returnView(row, locale)), done: Object.hasOwn(DONE, done) ? DONE[done]! : null };
}

/** One step of one return (`intent`): approve or refuse with a reason, tracking back, received, resolved. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const intent = textField(form, "intent");
  const returnId = textField(form, "returnId");
  if (!isReturnId(returnId) || !Object.hasOwn(DONE, intent)) throw data(null, { status: 400 });
  const values = { reason: textField(form, "reason"), carrier: textField(form, "carrier"), trackingNumber: textField(form, "trackingNumber") };
  const refuse = (errors: FormErrors, status: number) => data<ReturnRefusal>({ target: returnId, intent, errors, values }, { status });
  let step: { path: string; body?: unknown };
  if (intent === "approve" || intent === "refuse") {
    if (values.reason.length < 3) return refuse({ form: "account.error.checkFields", fields: { reason: "backstage.afterSale.error.reason" } }, 400);
    step = { path: "decision", body: { approve: intent === "approve", reason: values.reason } };
  } else if (intent === "tracking") {
    const fields: FormErrors["fields"] = {};
    if (!values.carrier) fields.carrier = "backstage.fulfilment.error.carrierRequired";
    if (!values.trackingNumber) fields.trackingNumber = "backstage.fulfilment.error.trackingRequired";
    if (Object.keys(fields).length > 0) return refuse({ form: "account.error.checkFields", fields }, 400);
    step = { path: "tracking", body: { carrier: values.carrier, trackingNumber: values.trackingNumber } };
  } else {
    step = { path: intent };
  }
  const result = await changeAsStaff({ context, request, url }, `/admin/returns/${returnId}/${step.path}`, {
    method: "POST", ...(step.body === undefined ? {} : { body: step.body }), csrfToken: csrfOf(form),
  });
  if (result.ok) return redirect(`/admin/returns?done=${intent}`, 303);
  return refuse(fulfilmentErrorsFrom(result.problem), refusalStatus(result.status));
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.returns.title") }, { name: "robots", content: "noindex" }];
};

export default function ReturnsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { returns, done } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="returns-heading">
      <h1 id="returns-heading" className="backstage-page__heading">
        {t("backstage.returns.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.returns.lead")}</p>
      {done && !actionData ? <FormNotice>{t(done)}</FormNotice> : null}
      {returns.length === 0 ? <p className="backstage-empty">{t("backstage.returns.none")}</p> : null}
      {returns.map((item) => (
        <ReturnCard key={`${item.id}-${item.status}`} item={item} csrfToken={csrfToken} refused={actionData?.target === item.id ? actionData : undefined} />
      ))}
    </section>
  );
}
