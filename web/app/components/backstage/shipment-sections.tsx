import { Link } from "react-router";
import { documentKey, eventKindKey, justificationKey, reasonKey, receiverKey, shipmentStatusKey, sourceKey, windowText, wordOf } from "../../backstage/fulfilment";
import type { ParcelLineView, ShipmentView } from "../../backstage/fulfilment-present.server";
import { lineStatusKey } from "../../backstage/orders";
import { useI18n } from "../../i18n/use-i18n";
import { Fact } from "./fact";


/** Where the parcel stands: status, order, value and its ID check (DEL-5), carrier, window, receiver. */
export function ShipmentFacts({ shipment, order }: { shipment: ShipmentView; order: { id: string; number: string } }) {
  const { t } = useI18n();
  const window = windowText(t, shipment.window);
  return (
    <dl className="backstage-facts">
      <Fact term={t("backstage.orders.field.status")}>
        <span className={`backstage-state backstage-state--parcel-${shipment.status}`}>{wordOf(t, shipmentStatusKey(shipment.status), shipment.status)}</span>
      </Fact>
      <Fact term={t("backstage.shipment.order")}>
        <Link to={`/admin/orders/${order.id}`} className="text-link">
          {order.number}
        </Link>
      </Fact>
      <Fact term={t("backstage.shipment.packedAt")}>{shipment.location}</Fact>
      <Fact term={t("backstage.shipment.value")}>
        {shipment.value}
        {shipment.idCheckRequired ? <span className="fulfilment-badge">{t("backstage.fulfilment.idCheckRequired")}</span> : null}
      </Fact>
      <Fact term={t("backstage.fulfilment.column.carrier")}>
        {shipment.carrier ? `${shipment.carrier} · ${shipment.trackingNumber ?? ""}` : t("backstage.fulfilment.notDispatched")}
        {shipment.dispatchedAt ? <span className="backstage-table__secondary">{t("backstage.shipment.dispatchedAt", { date: shipment.dispatchedAt })}</span> : null}
      </Fact>
      <Fact term={t("backstage.fulfilment.column.window")}>{window ?? t("backstage.shipment.noWindow")}</Fact>
      {shipment.authorisedProxy ? <Fact term={t("backstage.shipment.proxy")}>{shipment.authorisedProxy}</Fact> : null}
      {shipment.receivedBy ? (
        <Fact term={t("backstage.shipment.receivedBy")}>
          {t("backstage.shipment.receivedByValue", { who: wordOf(t, receiverKey(shipment.receivedBy.kind), shipment.receivedBy.kind), name: shipment.receivedBy.name })}
          {shipment.deliveredAt ? <span className="backstage-table__secondary">{shipment.deliveredAt}</span> : null}
        </Fact>
      ) : null}
      {shipment.idCheck ? (
        <Fact term={t("backstage.shipment.idChecked")}>
          {t("backstage.shipment.idCheckValue", { document: wordOf(t, documentKey(shipment.idCheck.document), shipment.idCheck.document), tail: shipment.idCheck.tail, checkedBy: shipment.idCheck.checkedBy })}
        </Fact>
      ) : null}
      {shipment.refusal ? (
        <Fact term={t("backstage.shipment.refusal")}>
          {shipment.refusal.statedReason ? `“${shipment.refusal.statedReason}” · ` : ""}
          {shipment.refusal.classification === "pending" ? (
            <Link to="/admin/fulfilment/refusals" className="text-link">
              {t("backstage.shipment.refusalPending")}
            </Link>
          ) : shipment.refusal.classification === "justified" ? (
            t("backstage.shipment.refusalJustified", { why: wordOf(t, justificationKey(shipment.refusal.justification ?? ""), shipment.refusal.justification ?? "") })
          ) : (
            t("backstage.shipment.refusalUnjustified")
          )}
        </Fact>
      ) : null}
    </dl>
  );
}

/** The pieces in the parcel, each with its own contract status (ORD-2). */
export function ShipmentLines({ lines }: { lines: readonly ParcelLineView[] }) {
  const { t } = useI18n();
  return (
    <section className="backstage-order__section" aria-labelledby="parcel-lines-heading">
      <h2 id="parcel-lines-heading" className="account-page__subheading">
        {t("backstage.shipment.lines")}
      </h2>
      <ul className="parcel-lines">
        {lines.map((line) => (
          <li key={line.id} className="parcel-lines__item">
            <span className="backstage-table__primary">
              {line.designer} — {line.name}
            </span>
            <span className="backstage-table__secondary">{[...line.variant, t("backstage.fulfilment.quantity", { quantity: line.quantity }), line.total].join(" · ")}</span>
            <span className="backstage-table__code">
              {line.sku} · {wordOf(t, lineStatusKey(line.status), line.status)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** ORD-4: the consignee and the address the parcel goes to (changed in transit, it shows the new one). */
export function ShipmentConsignee({ shipment }: { shipment: ShipmentView }) {
  const { t } = useI18n();
  const { consignee } = shipment;
  return (
    <section className="backstage-order__section" aria-labelledby="parcel-consignee-heading">
      <h2 id="parcel-consignee-heading" className="account-page__subheading">
        {t("backstage.orders.consignee")}
      </h2>
      <address className="checkout-address">
        <span className="checkout-address__name">{consignee.name}</span>
        <span className="checkout-address__note">{consignee.isCustomer ? t("backstage.orders.consigneeIsCustomer") : t("backstage.orders.consigneeForCustomer")}</span>
        <a href={`tel:${consignee.phone}`} className="text-link parcel-phone">
          {consignee.phone}
        </a>
        {consignee.email ? (
          <a href={`mailto:${consignee.email}`} className="text-link parcel-phone">
            {consignee.email}
          </a>
        ) : null}
        {consignee.lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
        <span>{consignee.country}</span>
      </address>
    </section>
  );
}

/** DEL-2: every step, newest first, with its reason and whether that reason exempts the shop. */
export function ShipmentHistory({ shipment }: { shipment: ShipmentView }) {
  const { t } = useI18n();
  return (
    <section className="order-history backstage-order__section" aria-labelledby="parcel-history-heading">
      <h2 id="parcel-history-heading" className="account-page__subheading">
        {t("backstage.orders.history")}
      </h2>
      {shipment.events.length === 0 ? <p className="form-field__hint">{t("backstage.shipment.noEvents")}</p> : null}
      <ol className="order-history__list">
        {shipment.events.map((event, index) => (
          <li key={`${event.at}-${event.kind}-${index}`} className="order-history__event">
            <span className="order-history__what">
              {wordOf(t, eventKindKey(event.kind), event.kind)}
              {event.reason ? ` — ${wordOf(t, reasonKey(event.reason), event.reason)}` : ""}
              {event.exempt ? <span className="fulfilment-exempt">{t("backstage.shipment.exempt")}</span> : null}
              {event.kind === "address_changed" ? (
                <span className="backstage-table__secondary">{t("backstage.shipment.addressChangedNote")}</span>
              ) : event.note ? (
                <span className="backstage-table__secondary">{event.note}</span>
              ) : null}
            </span>
            <span className="order-history__when">
              {event.at} · {wordOf(t, sourceKey(event.source), event.source)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
