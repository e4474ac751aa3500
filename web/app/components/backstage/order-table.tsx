import { Link } from "react-router";
import type { OrderRowView } from "../../backstage/orders-present.server";
import { methodKey, orderStatusKey, paymentStatusKey, zoneKey } from "../../backstage/orders";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";

/** The orders found, newest first: who, where to, how much, and where order and payment stand. */
export function OrderTable({ orders }: { orders: readonly OrderRowView[] }) {
  const { t } = useI18n();
  const word = (key: PlainMessageKey | undefined, code: string) => (key ? t(key) : code);
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table">
        <caption className="visually-hidden">{t("backstage.orders.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.orders.column.order")}</th>
            <th scope="col">{t("backstage.orders.column.customer")}</th>
            <th scope="col">{t("backstage.orders.column.consignee")}</th>
            <th scope="col">{t("backstage.orders.column.total")}</th>
            <th scope="col">{t("backstage.orders.field.status")}</th>
            <th scope="col">{t("backstage.orders.field.paymentStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <td>
                <Link to={`/admin/orders/${order.id}`} className="backstage-table__primary">
                  {order.number}
                </Link>
                <span className="backstage-table__secondary">{order.placedAt}</span>
              </td>
              <td>
                <span className="backstage-table__primary">{order.email}</span>
                <span className="backstage-table__secondary">{order.customerId ? t("backstage.orders.customer") : t("backstage.orders.guest")}</span>
              </td>
              <td>
                <span className="backstage-table__primary">{order.consigneeName}</span>
                <span className="backstage-table__secondary">{word(zoneKey(order.zone), order.zone)}</span>
              </td>
              <td>{order.total}</td>
              <td>
                <span className={`backstage-state backstage-state--${order.status}`}>{word(orderStatusKey(order.status), order.status)}</span>
              </td>
              <td>
                <span className={`backstage-state backstage-state--payment-${order.paymentStatus}`}>{word(paymentStatusKey(order.paymentStatus), order.paymentStatus)}</span>
                <span className="backstage-table__secondary">{word(methodKey(order.paymentMethod), order.paymentMethod)}</span>
                {order.paymentDeadline && order.paymentStatus === "pending" ? (
                  <span className="backstage-table__secondary">{t("backstage.orders.payBy", { date: order.paymentDeadline })}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
