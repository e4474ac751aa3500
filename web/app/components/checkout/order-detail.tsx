import type { ReactNode } from "react";
import type { OrderView } from "../../checkout/present.server";
import { historyLabel, orderStatusLabel, paymentMethodLabel, paymentStatusLabel } from "../../checkout/labels";
import { useI18n } from "../../i18n/use-i18n";
import { ConsigneeAddress } from "./consignee-address";
import { OrderLines } from "./order-lines";

interface OrderDetailProps {
  order: OrderView;
  /** Each line's state in words, in place of the one-word status. */
  lineStatus?: ((lineId: string) => ReactNode) | undefined;
  /** Said under the order's facts: the outcome of a change just made. */
  notice?: ReactNode;
  /** After the pieces: their parcels, and what may still be done (cancel, return). */
  children?: ReactNode;
}

/** One order as its customer follows it (ORD-5): lines with their status, totals, where it goes, its history. */
export function OrderDetail({ order, lineStatus, notice, children }: OrderDetailProps) {
  const { t } = useI18n();
  return (
    <article className="order-detail" aria-labelledby="order-heading">
      <h1 id="order-heading" className="account-page__heading">
        {t("orders.number", { number: order.number })}
      </h1>
      <dl className="order-detail__facts">
        <div className="order-detail__fact">
          <dt>{t("orders.statusLabel")}</dt>
          <dd className="order-detail__status">{t(orderStatusLabel(order.status))}</dd>
        </div>
        <div className="order-detail__fact">
          <dt>{t("orders.paymentLabel")}</dt>
          <dd>
            {t(paymentMethodLabel(order.paymentMethod))} — {t(paymentStatusLabel(order.paymentStatus))}
          </dd>
        </div>
        <div className="order-detail__fact">
          <dt>{t("orders.placedLabel")}</dt>
          <dd>{order.placedAt}</dd>
        </div>
      </dl>
      {notice}

      <h2 className="checkout-section__heading">{t("orders.detail.pieces")}</h2>
      <OrderLines lines={order.lines} label={t("orders.detail.pieces")} statusOf={lineStatus} />
      {children}

      <div className="checkout-review__facts">
        <section className="checkout-review__fact" aria-labelledby="order-totals">
          <h2 id="order-totals" className="checkout-section__heading">
            {t("orders.detail.totals")}
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
            <div className="checkout-totals__row checkout-totals__row--total">
              <dt>{t("checkout.totals.total")}</dt>
              <dd className="checkout-totals__total">{order.total}</dd>
            </div>
          </dl>
          {order.duties ? (
            <div className="checkout-duties">
              <p className="checkout-duties__amount">
                <span>{t("checkout.totals.duties")}</span> <span>{order.duties}</span>
              </p>
              <p className="checkout-duties__note">{t("checkout.totals.dutiesNote")}</p>
            </div>
          ) : null}
        </section>
        <section className="checkout-review__fact" aria-labelledby="order-contact">
          <h2 id="order-contact" className="checkout-section__heading">
            {t("orders.detail.contact")}
          </h2>
          <p className="checkout-review__text">{order.email}</p>
        </section>
        <section className="checkout-review__fact" aria-labelledby="order-address">
          <h2 id="order-address" className="checkout-section__heading">
            {t("orders.detail.deliverTo")}
          </h2>
          <ConsigneeAddress consignee={order.consignee} />
        </section>
      </div>

      <section className="order-history" aria-labelledby="order-history-heading">
        <h2 id="order-history-heading" className="checkout-section__heading">
          {t("orders.detail.history")}
        </h2>
        <ol className="order-history__list">
          {order.history.map((event, index) => (
            <li key={`${event.kind}-${index}`} className="order-history__event">
              <span className="order-history__what">{t(historyLabel(event.kind))}</span>
              <span className="order-history__when">{event.at}</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
