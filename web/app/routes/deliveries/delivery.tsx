import { data, Link, redirect } from "react-router";
import { countryChoices } from "../../account/address-countries";
import { textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { FormNotice } from "../../components/account/form-fields";
import { ParcelAddressForm } from "../../components/fulfilment/parcel-address-form";
import { ParcelCard } from "../../components/fulfilment/parcel-card";
import { changeAddressAsConsignee, loadConsigneeParcel } from "../../fulfilment/fulfilment-api.server";
import { ADDRESS_FIELDS, addressOf, type AfterSaleRefusal } from "../../fulfilment/order-actions.server";
import { pageUrl } from "../../fulfilment/page-link";
import { parcelView } from "../../fulfilment/present.server";
import { afterSaleErrors } from "../../fulfilment/problems";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/delivery";

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token");
const pageOf = (id: string, token: string) => ({ path: `/deliveries/${encodeURIComponent(id)}`, token });

/**
 * /deliveries/<parcel>?token=…: the consignee's page, from the link in the dispatch mail (ORD-4,
 * DEL-3). No sign-in: the token is the key. It shows the parcel and its journey only (no prices,
 * nothing else of the order), and lets the consignee send it elsewhere while it travels.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const token = tokenOf(request);
  const shipment = token ? await loadConsigneeParcel(context, params.id, token) : null;
  if (!shipment || !token) return data({ parcel: null }, { status: 404 });
  const search = new URL(request.url).searchParams;
  const parcel = parcelView(shipment, locale, "consignee");
  const addressOpen = parcel.inTransit && search.get("address") === "1";
  return {
    parcel,
    page: pageOf(shipment.id, token),
    addressOpen,
    countries: addressOpen ? countryChoices(locale) : null,
    moved: search.get("done") === "moved",
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const token = tokenOf(request);
  if (!token) return data(null, { status: 404 });
  const form = await request.formData();
  const result = await changeAddressAsConsignee(context, params.id, token, addressOf(form));
  if (result.ok) return redirect(pageUrl(pageOf(params.id, token), { done: "moved" }), 303);
  const values = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, textField(form, name)]));
  return data<AfterSaleRefusal>({ intent: "address", errors: afterSaleErrors(result.problem), targetId: params.id, values }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

// The token in the address never goes to another site; "same-origin" rather than "no-referrer",
// because under "no-referrer" browsers send `Origin: null` with the page's own forms, and the
// shop refuses those as cross-site.
export const meta: Route.MetaFunction = ({ matches }) => [
  { title: translatorFromMatches(matches).t("fulfilment.delivery.title") },
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "same-origin" },
];

export default function Delivery({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  if (!loaderData.parcel) {
    return (
      <div className="account-area container">
        <section className="account-page" aria-labelledby="delivery-heading">
          <h1 id="delivery-heading" className="account-page__heading">
            {t("fulfilment.delivery.invalidHeading")}
          </h1>
          <p className="account-page__lead">{t("fulfilment.delivery.invalidBody")}</p>
        </section>
      </div>
    );
  }
  const { parcel, page, addressOpen, countries, moved } = loaderData;
  return (
    <div className="account-area container">
      <div className="delivery-page">
        <h1 className="account-page__heading">{t("fulfilment.delivery.heading")}</h1>
        <p className="account-page__lead">{t("fulfilment.delivery.lead", { name: parcel.consignee.name })}</p>
        {moved && !actionData ? <FormNotice>{t("fulfilment.notice.moved")}</FormNotice> : null}
        <ParcelCard parcel={parcel} headingLevel={2}>
          {parcel.inTransit ? (
            addressOpen && countries ? (
              <ParcelAddressForm
                shipmentId={parcel.id}
                action={pageUrl(page, { address: "1" })}
                closeHref={pageUrl(page)}
                address={parcel.address}
                countries={countries}
                csrfToken={null}
                errors={actionData?.errors}
                values={actionData?.values}
                headingLevel={3}
                byConsignee
              />
            ) : (
              <p className="parcel__action">
                <Link to={`${pageUrl(page, { address: "1" })}#parcel-${parcel.id}`} className="form-button form-button--quiet">
                  {t("fulfilment.address.open")}
                </Link>
              </p>
            )
          ) : null}
        </ParcelCard>
      </div>
    </div>
  );
}
