import { data } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { FollowedOrder } from "../../components/fulfilment/followed-order";
import { loadGuestAfterSaleOrder } from "../../fulfilment/fulfilment-api.server";
import { orderPageAction } from "../../fulfilment/order-actions.server";
import { orderPageData } from "../../fulfilment/order-page.server";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/guest-order";

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token");

/**
 * /orders/<id>?token=…: a guest follows their order through the link mailed to them (ORD-5),
 * and may cancel what has not shipped or return what arrived, the token standing for a session.
 * A wrong or partial link says so, without telling whether the order exists.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const token = tokenOf(request);
  const order = token ? await loadGuestAfterSaleOrder(context, params.id, token) : null;
  if (!order || !token) return data({ followed: null }, { status: 404 });
  const page = { path: `/orders/${encodeURIComponent(order.id)}`, token };
  return { followed: await orderPageData(context, request, order, { kind: "guest", token }, page) };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const token = tokenOf(request);
  if (!token) return data(null, { status: 404 });
  return orderPageAction(context, request, params.id, { kind: "guest", token }, { path: `/orders/${encodeURIComponent(params.id)}`, token });
}

export const headers = privatePageHeaders;

// The token in the address never goes to another site; "same-origin" rather than "no-referrer",
// because under "no-referrer" browsers send `Origin: null` with the page's own forms, and the
// shop refuses those as cross-site.
export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("orders.guest.title") }, { name: "robots", content: "noindex" }, { name: "referrer", content: "same-origin" }];

export default function GuestOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="account-area container">
      {loaderData.followed ? (
        <FollowedOrder data={loaderData.followed} csrfToken={null} refusal={actionData ?? undefined} />
      ) : (
        <section className="account-page" aria-labelledby="guest-order-heading">
          <h1 id="guest-order-heading" className="account-page__heading">
            {t("orders.guest.invalidHeading")}
          </h1>
          <p className="account-page__lead">{t("orders.guest.invalidBody")}</p>
        </section>
      )}
    </div>
  );
}
