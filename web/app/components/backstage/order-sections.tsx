import type { ReactNode } from "react";
import { Link } from "react-router";
import { historyKey, lineStatusKey, methodKey, orderStatusKey, paymentStatusKey, zoneKey } from "../../backstage/orders";
import type { StaffOrderView } from "../../backstage/orders-present.server";
import { deliveryMethodLabel } from "../../checkout/labels";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";

function useWord() {
  const { t } = useI18n();
  return (key: PlainMessageKey | undefined, code: string) => (key ? t(key) : code);
}

/** Where the order stands, who placed it and how to reach them. */
export function OrderFacts({ order, canOpenCustomer }: { order: StaffOrderView; canOpenCustomer: boolean }) {
  const { t } = useI18n();
  const word = useWord();
  const customer = order.customerId ? (
    canOpenCustomer ? (
      <Link to={`/admin/customers/${order.customerId}`} className="text-link">
        {t("backstage.orders.customerAccount")}
      </Link>
    ) : (
      t("backstage.orders.customer")
    )
  ) : (
    t("backstage.orders.guest")
  );
  const rows: [string, ReactNode][] = [
    [t("backstage.orders.field.status"), word(orderStatusKey(order.status), order.status)],
    ...(order.cancelReason ? [[t("backstage.orders.cancelReason"), `${order.cancelReason} · ${order.cancelledAt ?? ""}`] as [string, string]] : []),
    [t("backstage.orders.field.paymentStatus"), `${word(paymentStatusKey(order.paymentStatus), order.paymentStatus)} · ${word(methodKey(order.paymentMethod), order.paymentMethod)}`],
    ...(order.paymentDeadline ? [[t("backstage.orders.deadline"), order.paymentDeadline] as [string, string]] : []),
    [t("backstage.orders.placed"), order.placedAt],
    [t("backstage.orders.column.customer"), customer],
    [t("backstage.orders.email"), order.email],
    [t("backstage.orders.phone"), order.phone ?? t("backstage.customer.none")],
    [t("backstage.orders.delivery"), `${t(deliveryMethodLabel(order.deliveryMethod))} · ${word(zoneKey(order.zone), order.zone)}`],
  ];
  return (
    <dl className="backstage-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="backstage-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** ORD-4: who receives the parcel; said plainly when it is someone acting for the customer. */
export function OrderConsignee({ order }: { order: StaffOrderView }) {
  const { t } = useI18n();
  const { consignee } = order;
  return (
    <section className="backstage-order__section" aria-labelledby="order-consignee-heading">
      <h2 id="order-consignee-heading" className="account-page__subheading">
        {t("backstage.orders.consignee")}
      </h2>
      <address className="checkout-address">
        <span className="checkout-address__name">{consignee.name}</span>
        <span className="checkout-address__note">{consignee.isCustomer ? t("backstage.orders.consigneeIsCustomer") : t("backstage.orders.consigneeForCustomer")}</span>
        <span>{consignee.phone}</span>
        {consignee.email ? (
          <a href={`mailto:${consignee.email}`} className="text-link">
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

/** Each line with its own status (ORD-2), the place it ships from and the delivery estimate given. */
export function OrderLinesTable({ order }: { order: StaffOrderView }) {
  const { t } = useI18n();
  const word = useWord();
  return (
    <section className="backstage-order__section" aria-labelledby="order-lines-heading">
      <h2 id="order-lines-heading" className="account-page__subheading">
        {t("backstage.orders.lines")}
      </h2>
      <div className="backstage-table-wrap">
        <table className="backstage-table">
          <thead>
            <tr>
              <th scope="col">{t("backstage.orders.column.piece")}</th>
              <th scope="col">{t("backstage.orders.column.quantity")}</th>
              <th scope="col">{t("backstage.orders.column.price")}</th>
              <th scope="col">{t("backstage.orders.field.status")}</th>
              <th scope="col">{t("backstage.orders.column.shipsFrom")}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td>
                  <span className="backstage-table__primary">
                    {line.designer} — {line.name}
                  </span>
                  {line.variant.length > 0 ? <span className="backstage-table__secondary">{line.variant.join(" · ")}</span> : null}
                  <span className="backstage-table__code">
                    {line.sku} · {line.seller.kind === "supplier" ? t("backstage.orders.soldBy", { seller: line.seller.name }) : t("backstage.orders.selfOperated")}
                  </span>
                </td>
                <td>{line.quantity}</td>
                <td>
                  <span className="backstage-table__primary">{line.total}</span>
                  <span className="backstage-table__secondary">{t("backstage.orders.unitPrice", { price: line.unitPrice })}</span>
                  {line.discount ? <span className="backstage-table__secondary">{t("backstage.orders.lineDiscount", { amount: line.discount })}</span> : null}
                </td>
                <td>
                  <span className={`backstage-state backstage-state--line-${line.status}`}>{word(lineStatusKey(line.status), line.status)}</span>
                  {line.statusAt ? <span className="backstage-table__secondary">{line.statusAt}</span> : null}
                </td>
                <td>
                  <span className="backstage-table__primary">{line.location}</span>
                  {line.estimate ? (
                    <span className="backstage-table__secondary">
                      {t("backstage.orders.estimate", { min: line.estimate.daysMin, max: line.estimate.daysMax })}
                      {line.estimate.crossBorder ? ` · ${t("backstage.orders.crossBorder")}` : ""}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The totals as charged, and the promotions that made the discount. */
export function OrderTotals({ order }: { order: StaffOrderView }) {
  const { t } = useI18n();
  return (
    <section className="backstage-order__section" aria-labelledby="order-totals-heading">
      <h2 id="order-totals-heading" className="account-page__subheading">
        {t("backstage.orders.totals")}
      </h2>
      <dl className="checkout-totals__list">
        <div className="checkout-totals__row">
          <dt>{t("checkout.totals.subtotal")}</dt>
          <dd>{order.subtotal}</dd>
        </div>
        {order.discount ? (
          <div className="checkout-totals__row checkout-totals__row--discount">
            <dt>{t("checkout.totals.discount")}</dt>
            <dd>−{order.discount}</dd>
          </div>
        ) : null}
        <div className="checkout-totals__row">
          <dt>{t("checkout.totals.delivery")}</dt>
          <dd>{order.delivery}</dd>
        </div>
        {order.duties ? (
          <div className="checkout-totals__row">
            <dt>{t("backstage.orders.dutiesEstimate")}</dt>
            <dd>{order.duties}</dd>
          </div>
        ) : null}
        <div className="checkout-totals__row checkout-totals__row--total">
          <dt>{t("checkout.totals.total")}</dt>
          <dd className="checkout-totals__total">{order.total}</dd>
        </div>
      </dl>
      <h3 className="backstage-order__minor-heading">{t("backstage.orders.promotions")}</h3>
      {order.promotions.length === 0 ? (
        <p className="form-field__hint">{t("backstage.orders.noPromotions")}</p>
      ) : (
        <ul className="backstage-order__list">
          {order.promotions.map((promotion, index) => (
            <li key={`${promotion.name}-${index}`}>
              {promotion.code ? t("backstage.orders.promotionWithCode", { name: promotion.name, code: promotion.code, amount: promotion.amount }) : t("backstage.orders.promotion", { name: promotion.name, amount: promotion.amount })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** ORD-5: every change of the order, oldest first, in the shop's time (Hong Kong). */
export function OrderHistory({ order }: { order: StaffOrderView }) {
  const { t } = useI18n();
  const word = useWord();
  return (
    <section className="order-history backstage-order__section" aria-labelledby="order-history-heading">
      <h2 id="order-history-heading" className="account-page__subheading">
        {t("backstage.orders.history")}
      </h2>
      <ol className="order-history__list">
        {order.history.map((event) => (
          <li key={event.id} className="order-history__event">
            <span className="order-history__what">
              {word(historyKey(event.kind), event.kind)}
              {event.reason ? ` — ${event.reason}` : ""}
            </span>
            <span className="order-history__when">{event.at}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
