import { data, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { relayCookies } from "../../api/server-api";
import { isCustomerId, type StaffCustomerView } from "../../backstage/customers";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { CustomerFacts } from "../../components/backstage/customer-facts";
import { CustomerStateForms } from "../../components/backstage/customer-state-forms";
import { CustomerViewAsForm } from "../../components/backstage/customer-view-as";
import { formatDate, formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/customer";
import { useBackstageArea } from "./signed-in";

/** One customer, as staff may see them; the API writes the view to the audit log. */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "customers.read");
  if (!isCustomerId(params.id)) throw data(null, { status: 404 });
  const { locale } = context.get(requestPreferencesContext);
  const customer = await loadStaffResource<StaffCustomerView>({ context, request, url }, `/admin/customers/${params.id}`);
  const saved = url.searchParams.get("saved");
  return {
    customer: {
      ...customer,
      since: formatDateTime(new Date(customer.createdAt), locale),
      birthDate: customer.birthDate ? formatDate(new Date(`${customer.birthDate}T12:00:00Z`), locale) : null,
    },
    saved: saved === "state",
  };
}

/**
 * Suspend, freeze or close (always with a reason), or reactivate. "For cause" goes with closing
 * only, so a box ticked with another choice is not sent. Or open the account as its customer
 * sees it: the API's read-only customer cookie is handed to this browser, which goes to /account.
 */
export async function action({ context, request, params, url }: Route.ActionArgs) {
  if (!isCustomerId(params.id)) throw data(null, { status: 404 });
  const form = await request.formData();
  const intent = textField(form, "intent");
  const reason = textField(form, "reason");
  if (intent === "view-as") {
    const result = await changeAsStaff({ context, request, url }, `/admin/customers/${params.id}/view-as`, { method: "POST", body: { reason }, csrfToken: csrfOf(form) });
    if (result.ok) return redirect("/account", { status: 303, headers: relayCookies(result.headers) });
    return data({ intent, errors: backstageErrorsFrom(result.problem), reason, state: "" }, { status: refusalStatus(result.status) });
  }
  const state = intent === "reactivate" ? "active" : textField(form, "state");
  const body = state === "active" ? { state } : state === "closed" ? { state, reason, forCause: form.get("forCause") === "on" } : { state, reason };
  const result = await changeAsStaff({ context, request, url }, `/admin/customers/${params.id}/state`, { method: "POST", body, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/customers/${params.id}?saved=state`, 303);
  return data({ intent, errors: backstageErrorsFrom(result.problem), reason, state }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.customer.title") }, { name: "robots", content: "noindex" }];
};

export default function CustomerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { permissions, csrfToken } = useBackstageArea();
  const { customer } = loaderData;
  const viewAsRefusal = actionData?.intent === "view-as" ? actionData.errors : undefined;
  return (
    <section className="backstage-page" aria-labelledby="customer-heading">
      <p className="eyebrow">{t("backstage.customer.eyebrow")}</p>
      <h1 id="customer-heading" className="backstage-page__heading">
        {customer.name}
      </h1>
      <p className="backstage-audit-note">{t("backstage.customer.auditNote")}</p>
      {loaderData.saved && !actionData ? <FormNotice>{t("backstage.customer.saved")}</FormNotice> : null}
      <CustomerFacts customer={customer} />
      {permissions.includes("customers.manage") ? (
        <CustomerStateForms state={customer.state} restriction={customer.restriction} csrfToken={csrfToken} refused={actionData && actionData.intent !== "view-as" ? actionData : null} />
      ) : null}
      {permissions.includes("customers.view_as") ? <CustomerViewAsForm csrfToken={csrfToken} errors={viewAsRefusal} /> : null}
    </section>
  );
}
