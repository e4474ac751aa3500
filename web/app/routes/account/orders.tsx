import { Link } from "react-router";
import { loadAccountResource } from "../../account/account-api.server";
import { privatePageHeaders } from "../../account/page-headers";
import type { OrderSummary } from "../../checkout/checkout-types";
import { orderStatusLabel, paymentStatusLabel } from "../../checkout/labels";
import { orderSummaryView } from "../../checkout/present.server";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/orders";

/** /account/orders (ORD-5): the customer's orders, newest first, each with its status and total. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const { orders } = await loadAccountResource<{ orders: OrderSummary[] }>(context, request, "/account/orders");
  return { orders: orders.map((order) => orderSummaryView(order, locale)) };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("orders.title") }, { name: "robots", content: "noindex" }];

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="orders-heading">
      <h1 id="orders-heading" className="account-page__heading">
        {t("orders.heading")}
      </h1>
      <p className="account-page__lead">{t("orders.lead")}</p>
      {loaderData.orders.length === 0 ? (
        <p className="address-list__empty">{t("orders.empty")}</p>
      ) : (
        <ul className="order-list" aria-label={t("orders.listLabel")}>
          {loaderData.orders.map((order) => (
            <li key={order.id} className="order-list__item">
              <Link to={`/account/orders/${order.id}`} className="order-list__link">
                {t("orders.number", { number: order.number })}
              </Link>
              <span className="order-list__date">{t("orders.placedAt", { date: order.placedAt })}</span>
              <span className="order-list__status">
                {t(orderStatusLabel(order.status))} · {t(paymentStatusLabel(order.paymentStatus))}
              </span>
              <span className="order-list__total">{order.total}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
