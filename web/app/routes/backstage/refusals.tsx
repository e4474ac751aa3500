import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { FULFILMENT_API, fulfilmentErrorsFrom, isJustification, isRefusalId, type FulfilmentSettings, type PendingRefusal, type Shipment } from "../../backstage/fulfilment";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { money } from "../../checkout/present.server";
import { FormNotice } from "../../components/account/form-fields";
import { RefusalCard, type ClassifyRefusal, type RefusalItem } from "../../components/backstage/refusal-card";
import { formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/refusals";
import { useBackstageArea } from "./signed-in";

/** Refused parcels waiting to be classified (DEL-6), oldest first, each with its parcel's facts. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "orders.manage");
  const { locale } = context.get(requestPreferencesContext);
  const [{ refusals }, settings] = await Promise.all([
    loadStaffResource<{ refusals: PendingRefusal[] }>(args, `${FULFILMENT_API}/refusals`),
    loadStaffResource<FulfilmentSettings>(args, `${FULFILMENT_API}/settings`),
  ]);
  const shipments = await Promise.all(refusals.map((refusal) => loadStaffResource<Shipment>(args, `${FULFILMENT_API}/shipments/${refusal.shipmentId}`)));
  const items: RefusalItem[] = refusals.map((refusal, index) => {
    const shipment = shipments[index]!;
    return {
      id: refusal.id, shipmentId: refusal.shipmentId, shipmentNumber: shipment.number, orderId: shipment.orderId,
      value: money(shipment.value, shipment.currency, locale), consignee: shipment.consignee.name, customerId: refusal.customerId,
      statedReason: refusal.statedReason, refusedAt: formatDateTime(new Date(refusal.refusedAt), locale),
    };
  });
  const done = url.searchParams.get("done");
  return { refusals: items, limit: { count: settings.refusalLimit, months: settings.refusalPeriodMonths }, done: done === "justified" || done === "unjustified" ? done : null };
}

/** Justified needs its justification (damaged, wrong item, late); unjustified counts against the customer. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const intent = textField(form, "intent");
  const refusalId = textField(form, "refusalId");
  if ((intent !== "justified" && intent !== "unjustified") || !isRefusalId(refusalId)) throw data(null, { status: 400 });
  const justification = textField(form, "justification");
  if (intent === "justified" && !isJustification(justification)) {
    return data<ClassifyRefusal>({ target: refusalId, justification, errors: { form: "account.error.checkFields", fields: { justification: "backstage.refusals.error.justificationRequired" } } }, { status: 400 });
  }
  const body = intent === "justified" ? { justified: true, justification } : { justified: false };
  const result = await changeAsStaff({ context, request, url }, `${FULFILMENT_API}/refusals/${refusalId}/classify`, { method: "POST", body, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/fulfilment/refusals?done=${intent}`, 303);
  return data<ClassifyRefusal>({ target: refusalId, justification, errors: fulfilmentErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.refusals.title") }, { name: "robots", content: "noindex" }];
};

export default function RefusalsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken, permissions } = useBackstageArea();
  const { refusals, limit, done } = loaderData;
  const limitText = t("backstage.refusals.limit", { count: limit.count, months: limit.months });
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="refusals-heading">
      <p className="order-detail__back">
        <Link to="/admin/fulfilment" className="text-link">
          {t("backstage.shipment.back")}
        </Link>
      </p>
      <h1 id="refusals-heading" className="backstage-page__heading">
        {t("backstage.refusals.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.refusals.lead", { limit: limitText })}</p>
      {done && !actionData ? <FormNotice>{t(done === "justified" ? "backstage.refusals.done.justified" : "backstage.refusals.done.unjustified")}</FormNotice> : null}
      {refusals.length === 0 ? <p className="backstage-empty">{t("backstage.refusals.none")}</p> : null}
      {refusals.map((refusal) => (
        <RefusalCard
          key={refusal.id}
          refusal={refusal}
          csrfToken={csrfToken}
          canOpenCustomers={permissions.includes("customers.read")}
          limitText={limitText}
          refused={actionData?.target === refusal.id ? actionData : undefined}
        />
      ))}
    </section>
  );
}
