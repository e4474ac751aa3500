import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { FULFILMENT_API, fulfilmentErrorsFrom, isOrderLineId, PACKING_LOCATIONS_API, type PackingLocation, type PickOrder as PickOrderData, type Shipment } from "../../backstage/fulfilment";
import { pickOrderView, shipmentView } from "../../backstage/fulfilment-present.server";
import { isOrderId } from "../../backstage/orders";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { LocationPicker, OpenParcels, PickOrder } from "../../components/backstage/pick-list";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/fulfilment";
import { useBackstageArea } from "./signed-in";

/**
 * A location's pick list (paid or cash-on-delivery offers reserved there, oldest first, by order)
 * and its parcels being packed or on their way. The house's own warehouse comes first.
 */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "orders.manage");
  const { locale } = context.get(requestPreferencesContext);
  const locations = (await loadStaffResource<PackingLocation[]>(args, PACKING_LOCATIONS_API)).filter((location) => location.active);
  const choices = locations.map((location) => ({ id: location.id, name: location.name, supplier: location.supplierId !== null }));
  const location = locations.find((l) => l.id === url.searchParams.get("location")) ?? locations.find((l) => !l.supplierId) ?? locations[0];
  if (!location) return { locations: choices, location: null, orders: [], parcels: [] };
  const query = new URLSearchParams({ location: location.id });
  const [queue, open] = await Promise.all([
    loadStaffResource<{ orders: PickOrderData[] }>(args, `${FULFILMENT_API}/queue?${query}`),
    loadStaffResource<{ shipments: Shipment[] }>(args, `${FULFILMENT_API}/shipments?${query}`),
  ]);
  return {
    locations: choices,
    location: { id: location.id, name: location.name },
    orders: queue.orders.map((order) => pickOrderView(order, locale)),
    parcels: open.shipments.map((shipment) => shipmentView(shipment, locations, locale)),
  };
}

export type PackRefusal = { orderId: string; lineIds: string[]; errors: FormErrors };

/** Packs the ticked lines of one order into a parcel, then opens the parcel to dispatch it. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const orderId = textField(form, "orderId");
  const locationId = textField(form, "locationId");
  if (!isOrderId(orderId) || !locationId || locationId.length > 64) throw data(null, { status: 400 });
  const lineIds = [...new Set(form.getAll("lineId"))].filter(isOrderLineId);
  if (lineIds.length === 0) {
    return data<PackRefusal>({ orderId, lineIds, errors: { form: "account.error.checkFields", fields: { lineIds: "backstage.fulfilment.error.noLines" } } }, { status: 400 });
  }
  const result = await changeAsStaff<Shipment>({ context, request, url }, `${FULFILMENT_API}/shipments`, { method: "POST", body: { orderId, locationId, lineIds }, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/fulfilment/shipments/${result.data.id}?done=packed`, 303);
  return data<PackRefusal>({ orderId, lineIds, errors: fulfilmentErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.fulfilment.title") }, { name: "robots", content: "noindex" }];
};

export default function FulfilmentPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { locations, location, orders, parcels } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="fulfilment-heading">
      <h1 id="fulfilment-heading" className="backstage-page__heading">
        {t("backstage.fulfilment.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.fulfilment.lead")}</p>
      <nav className="fulfilment-links" aria-label={t("backstage.fulfilment.linksLabel")}>
        <Link to="/admin/fulfilment/refusals" className="text-link">
          {t("backstage.fulfilment.refusalsLink")}
        </Link>
        <Link to="/admin/returns" className="text-link">
          {t("backstage.fulfilment.returnsLink")}
        </Link>
        <Link to="/admin/fulfilment/settings" className="text-link">
          {t("backstage.fulfilment.settingsLink")}
        </Link>
      </nav>
      {location ? <LocationPicker locations={locations} selected={location.id} /> : <p className="backstage-empty">{t("backstage.fulfilment.noLocations")}</p>}
      {location ? (
        <>
          <section className="backstage-order__section" aria-labelledby="pick-list-heading">
            <h2 id="pick-list-heading" className="account-page__subheading">
              {t("backstage.fulfilment.pickList", { location: location.name })}
            </h2>
            {orders.length === 0 ? <p className="backstage-empty">{t("backstage.fulfilment.nothingToPick")}</p> : null}
            {orders.map((order) => (
              <PickOrder key={order.orderId} order={order} locationId={location.id} csrfToken={csrfToken} refused={actionData?.orderId === order.orderId ? actionData : undefined} />
            ))}
          </section>
          <section className="backstage-order__section" aria-labelledby="open-parcels-heading">
            <h2 id="open-parcels-heading" className="account-page__subheading">
              {t("backstage.fulfilment.openParcels")}
            </h2>
            <OpenParcels parcels={parcels} />
          </section>
        </>
      ) : null}
    </section>
  );
}
