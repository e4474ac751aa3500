import { data } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { loadGuestOrder } from "../../checkout/checkout-api.server";
import { orderView } from "../../checkout/present.server";
import { OrderDetail } from "../../components/checkout/order-detail";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/guest-order";

/**
 * /orders/<id>?token=…: a guest follows their order through the link mailed to them (ORD-5).
 * A wrong or partial link says so, without telling whether the order exists.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const token = new URL(request.url).searchParams.get("token");
  const order = token ? await loadGuestOrder(context, params.id, token) : null;
  return order ? { order: orderView(order, locale) } : data({ order: null }, { status: 404 });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("orders.guest.title") }, { name: "robots", content: "noindex" }, { name: "referrer", content: "no-referrer" }];

export default function GuestOrder({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="account-area container">
      {loaderData.order ? (
        <OrderDetail order={loaderData.order} />
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
