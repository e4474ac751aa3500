import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { FULFILMENT_API, fulfilmentErrorsFrom, isOnTheWay, isShipmentId, PACKING_LOCATIONS_API, readStepForm, stepBody, type PackingLocation, type Shipment } from "../../backstage/fulfilment";
import { parcelLines, shipmentView } from "../../backstage/fulfilment-present.server";
import type { StaffOrder } from "../../backstage/orders";
import { changeAsStaff, loadStaffResource, requirePermission, type PageArgs } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { DispatchForm, ProxyForm, RefusalForm, StepForm, UnpackForm, type ShipmentRefusal } from "../../components/backstage/shipment-forms";
import { ShipmentConsignee, ShipmentFacts, ShipmentHistory, ShipmentLines } from "../../components/backstage/shipment-sections";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/shipment";
import { useBackstageArea } from "./signed-in";

const DONE: Readonly<Record<string, PlainMessageKey>> = {
  packed: "backstage.shipment.done.packed",
  dispatch: "backstage.shipment.done.dispatch",
  unpack: "backstage.shipment.done.unpack",
  step: "backstage.shipment.done.step",
  proxy: "backstage.shipment.done.proxy",
  refused: "backstage.shipment.done.refused",
};

/** One parcel with its pieces, consignee and history, and the forms of the step it is at. */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "orders.manage");
  if (!isShipmentId(params.id)) throw data(null, { status: 404 });
  const { locale } = context.get(requestPreferencesContext);
  const shipment = await loadStaffResource<Shipment>(args, `${FULFILMENT_API}/shipments/${params.id}`);
  // The order names the pieces; opening it is recorded in the audit log, as the order page's is.
  const [order, locations] = await Promise.all([loadStaffResource<StaffOrder>(args, `/admin/orders/${shipment.orderId}`), loadStaffResource<PackingLocation[]>(args, PACKING_LOCATIONS_API)]);
  const done = url.searchParams.get("done") ?? "";
  return {
    shipment: shipmentView(shipment, locations, locale),
    order: { id: order.id, number: order.number },
    lines: parcelLines(order, shipment.lineIds, locale),
    done: Object.hasOwn(DONE, done) ? DONE[done]! : null,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Each form of the page says what it does in `intent`; every change goes to the fulfilment API. */
export async function action({ context, request, params, url }: Route.ActionArgs) {
  if (!isShipmentId(params.id)) throw data(null, { status: 404 });
  const args: PageArgs = { context, request, url };
  const form = await request.formData();
  const intent = textField(form, "intent");
  const path = `${FULFILMENT_API}/shipments/${params.id}`;
  const values = Object.fromEntries([...form.entries()].filter(([name, value]) => typeof value === "string" && name !== "_csrf" && name !== "idNumber").map(([name, value]) => [name, String(value).trim()]));
  const refuse = (errors: FormErrors, status: number) => data<ShipmentRefusal>({ intent, errors, values }, { status });
  const send = async (suffix: string, body?: unknown) => {
    const result = await changeAsStaff(args, `${path}${suffix}`, { method: "POST", ...(body === undefined ? {} : { body }), csrfToken: csrfOf(form) });
    if (result.ok) return redirect(`/admin/fulfilment/shipments/${params.id}?done=${intent}`, 303);
    return refuse(fulfilmentErrorsFrom(result.problem), refusalStatus(result.status));
  };
  switch (intent) {
    case "dispatch": {
      const { carrier = "", trackingNumber = "", estimatedFrom = "", estimatedTo = "" } = values;
      const fields: FormErrors["fields"] = {};
      if (!carrier) fields.carrier = "backstage.fulfilment.error.carrierRequired";
      if (!trackingNumber) fields.trackingNumber = "backstage.fulfilment.error.trackingRequired";
      if (estimatedFrom && !DAY.test(estimatedFrom)) fields.estimatedFrom = "account.error.invalidField";
      if (estimatedTo && (!DAY.test(estimatedTo) || estimatedTo < estimatedFrom)) fields.estimatedTo = "backstage.fulfilment.error.windowOrder";
      if (Object.keys(fields).length > 0) return refuse({ form: "account.error.checkFields", fields }, 400);
      return send("/dispatch", { carrier, trackingNumber, ...(estimatedFrom && { estimatedFrom }), ...(estimatedTo && { estimatedTo }) });
    }
    case "unpack":
      return send("/cancel");
    case "step": {
      const step = stepBody(readStepForm(form), textField(form, "idCheckRequired") === "yes");
      return step.ok ? send("/events", step.body) : refuse(step.errors, 400);
    }
    case "proxy": {
      const name = values.name ?? "";
      if (!name) return refuse({ form: "account.error.checkFields", fields: { name: "backstage.fulfilment.error.proxyNameRequired" } }, 400);
      return send("/proxy", { name });
    }
    case "refused": {
      const statedReason = values.statedReason ?? "";
      return send("/events", { kind: "refused", ...(statedReason && { statedReason }) });
    }
    default:
      throw data(null, { status: 400 });
  }
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: loaderData ? t("backstage.shipment.title", { number: loaderData.shipment.number }) : t("backstage.fulfilment.title") }, { name: "robots", content: "noindex" }];
};

export default function ShipmentPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { shipment, order, lines, done } = loaderData;
  const refusalFor = (intent: string) => (actionData?.intent === intent ? actionData : undefined);
  const onTheWay = isOnTheWay(shipment.status);
  return (
    <section className="backstage-page backstage-shipment" aria-labelledby="shipment-heading">
      <p className="order-detail__back">
        <Link to="/admin/fulfilment" className="text-link">
          {t("backstage.shipment.back")}
        </Link>
      </p>
      <p className="eyebrow">{t("backstage.shipment.eyebrow")}</p>
      <h1 id="shipment-heading" className="backstage-page__heading">
        {t("backstage.shipment.heading", { number: shipment.number })}
      </h1>
      {done && !actionData ? <FormNotice>{t(done)}</FormNotice> : null}
      {onTheWay ? <StepForm key={shipment.events.length} csrfToken={csrfToken} refusal={refusalFor("step")} idCheckRequired={shipment.idCheckRequired} proxy={shipment.authorisedProxy} /> : null}
      <ShipmentFacts shipment={shipment} order={order} />
      {shipment.status === "packing" ? (
        <div className="shipment-forms">
          <DispatchForm csrfToken={csrfToken} refusal={refusalFor("dispatch")} />
          <UnpackForm csrfToken={csrfToken} refusal={refusalFor("unpack")} />
        </div>
      ) : null}
      <ShipmentLines lines={lines} />
      <ShipmentConsignee shipment={shipment} />
      {shipment.status === "packing" || onTheWay ? (
        <div className="shipment-forms">
          <ProxyForm key={shipment.authorisedProxy ?? ""} csrfToken={csrfToken} refusal={refusalFor("proxy")} current={shipment.authorisedProxy} />
          {onTheWay ? <RefusalForm csrfToken={csrfToken} refusal={refusalFor("refused")} /> : null}
        </div>
      ) : null}
      <ShipmentHistory shipment={shipment} />
    </section>
  );
}
