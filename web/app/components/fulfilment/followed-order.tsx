import { Link } from "react-router";
import type { AfterSaleRefusal } from "../../fulfilment/order-actions.server";
import type { AfterSaleNotice, OrderPageData } from "../../fulfilment/order-page.server";
import { pageUrl } from "../../fulfilment/page-link";
import { useI18n } from "../../i18n/use-i18n";
import { FormNotice } from "../account/form-fields";
import { RefundDetailsSection } from "../payments/refund-details-section";
import { OrderDetail } from "../checkout/order-detail";
import { CancelSection } from "./cancel-section";
import { LineState } from "./line-state";
import { ParcelAddressForm } from "./parcel-address-form";
import { ParcelCard } from "./parcel-card";
import { ReturnSection } from "./return-section";

const NOTICES = { returned: "fulfilment.notice.returned", tracked: "fulfilment.notice.tracked", moved: "fulfilment.notice.moved" } as const;

function NoticeText({ notice }: { notice: AfterSaleNotice }) {
  const { t } = useI18n();
  if (notice.kind !== "cancelled") return <FormNotice>{t(NOTICES[notice.kind])}</FormNotice>;
  if (notice.count === 0) return <FormNotice>{t("fulfilment.notice.nothingCancelled")}</FormNotice>;
  return (
    <FormNotice>
      {t("fulfilment.notice.cancelled", { count: notice.count })}{" "}
      {notice.refunded ? t("fulfilment.notice.refunded", { amount: notice.refunded }) : t("fulfilment.notice.nothingCharged")}
    </FormNotice>
  );
}

/** The parcels of the order, each with its journey; the account may send one elsewhere while it travels. */
function Parcels({ data, csrfToken, refusal }: { data: OrderPageData; csrfToken: string | null; refusal: AfterSaleRefusal | undefined }) {
  const { t } = useI18n();
  const { page, parcels, addressFor, countries, canChangeAddress } = data;
  const hasOffers = data.cancellable.length > 0;
  if (parcels.length === 0 && !hasOffers) return null;
  return (
    <section className="after-sale" aria-labelledby="parcels-heading">
      <h2 id="parcels-heading" className="after-sale__heading">
        {t("fulfilment.parcels.heading")}
      </h2>
      {parcels.length === 0 ? <p className="after-sale__lead">{t("fulfilment.parcels.none")}</p> : null}
      {parcels.map((parcel) => (
        <ParcelCard key={parcel.id} parcel={parcel}>
          {canChangeAddress && parcel.inTransit ? (
            addressFor === parcel.id && countries ? (
              <ParcelAddressForm
                shipmentId={parcel.id}
                action={pageUrl(page, { address: parcel.id })}
                closeHref={pageUrl(page)}
                address={parcel.address}
                countries={countries}
                csrfToken={csrfToken}
                errors={refusal?.intent === "address" ? refusal.errors : undefined}
                values={refusal?.intent === "address" ? refusal.values : undefined}
              />
            ) : (
              <p className="parcel__action">
                <Link to={`${pageUrl(page, { address: parcel.id })}#parcel-${parcel.id}`} className="form-button form-button--quiet">
                  {t("fulfilment.address.open")}
                </Link>
              </p>
            )
          ) : null}
        </ParcelCard>
      ))}
    </section>
  );
}

/**
 * An order as its customer (or the guest, through the mailed link) follows it after placing it:
 * each line's own state, the parcels with their journeys, and what may still be done.
 */
export function FollowedOrder({ data, csrfToken, refusal }: { data: OrderPageData; csrfToken: string | null; refusal: AfterSaleRefusal | undefined }) {
  return (
    <OrderDetail order={data.order} lineStatus={(lineId) => <LineState state={data.states[lineId]} />} notice={data.notice ? <NoticeText notice={data.notice} /> : null}>
      <RefundDetailsSection refund={data.refund} page={data.page} csrfToken={csrfToken} refusal={refusal?.intent === "refund-details" ? refusal : undefined} />
      <Parcels data={data} csrfToken={csrfToken} refusal={refusal} />
      <CancelSection page={data.page} csrfToken={csrfToken} cancellable={data.cancellable} confirm={data.confirmCancel} errors={refusal?.intent === "cancel" ? refusal.errors : undefined} />
      <ReturnSection data={data} csrfToken={csrfToken} refusal={refusal} />
    </OrderDetail>
  );
}
