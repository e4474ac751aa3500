import { Link } from "react-router";
import { loadAccountResource } from "../../account/account-api.server";
import { privatePageHeaders } from "../../account/page-headers";
import type { Order } from "../../checkout/checkout-types";
import { orderView } from "../../checkout/present.server";
import { OrderDetail } from "../../components/checkout/order-detail";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/order";

/** /account/orders/<id>: one of the customer's orders; another customer's answers 404, as if it did not exist. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const order = await loadAccountResource<Order>(context, request, `/account/orders/${encodeURIComponent(params.id)}`);
  return { order: orderView(order, locale) };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: loaderData ? t("orders.detail.title", { number: loaderData.order.number }) : t("orders.title") }, { name: "robots", content: "noindex" }];
};

export default function AccountOrder({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <p className="order-detail__back">
        <Link to="/account/orders" className="text-link">
          {t("orders.detail.back")}
        </Link>
      </p>
      <OrderDetail order={loaderData.order} />
    </>
  );
}
