import { Link } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { FollowedOrder } from "../../components/fulfilment/followed-order";
import { loadCustomerOrder } from "../../fulfilment/fulfilment-api.server";
import { orderPageAction } from "../../fulfilment/order-actions.server";
import { orderPageData } from "../../fulfilment/order-page.server";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/order";
import { useAccountArea } from "./signed-in";

const pageOf = (orderId: string) => ({ path: `/account/orders/${encodeURIComponent(orderId)}`, token: null });

/**
 * /account/orders/<id>: one of the customer's orders with each line's state, its parcels and
 * what may still be done; another customer's answers 404, as if it did not exist.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const order = await loadCustomerOrder(context, request, params.id);
  return orderPageData(context, request, order, { kind: "customer" }, pageOf(order.id));
}

/** Cancelling, returning, sending the return's tracking, redirecting a parcel: each with the session's CSRF token. */
export async function action({ context, request, params }: Route.ActionArgs) {
  return orderPageAction(context, request, params.id, { kind: "customer" }, pageOf(params.id));
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: loaderData ? t("orders.detail.title", { number: loaderData.order.number }) : t("orders.title") }, { name: "robots", content: "noindex" }];
};

export default function AccountOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useAccountArea();
  return (
    <>
      <p className="order-detail__back">
        <Link to="/account/orders" className="text-link">
          {t("orders.detail.back")}
        </Link>
      </p>
      <FollowedOrder data={loaderData} csrfToken={csrfToken} refusal={actionData} />
    </>
  );
}
