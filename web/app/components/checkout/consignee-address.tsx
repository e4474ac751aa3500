import type { ConsigneeView } from "../../checkout/present.server";
import { useI18n } from "../../i18n/use-i18n";

/** Who receives the parcel and where; said plainly when it is someone else for the customer (ORD-4). */
export function ConsigneeAddress({ consignee }: { consignee: ConsigneeView }) {
  const { t } = useI18n();
  return (
    <address className="checkout-address">
      <span className="checkout-address__name">{consignee.name}</span>
      {consignee.isCustomer ? null : <span className="checkout-address__note">{t("checkout.review.forYou")}</span>}
      <span>{consignee.phone}</span>
      {consignee.email ? <span>{consignee.email}</span> : null}
      {consignee.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
      <span>{consignee.country}</span>
    </address>
  );
}
