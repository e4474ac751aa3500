import { Link, Outlet, useLocation, useRouteLoaderData, type ShouldRevalidateFunctionArgs } from "react-router";
import { currentSession } from "../../account/account-api.server";
import { privatePageHeaders } from "../../account/page-headers";
import { loadCheckout } from "../../checkout/checkout-api.server";
import type { CheckoutStep } from "../../checkout/checkout-types";
import { reviewView } from "../../checkout/present.server";
import { CheckoutPromotions, CheckoutTotals } from "../../components/checkout/checkout-totals";
import { CHECKOUT_STEPS, CheckoutSteps } from "../../components/checkout/checkout-steps";
import { OrderLines } from "../../components/checkout/order-lines";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/checkout-area";

/** The route id the steps read this layout's data by. */
export const CHECKOUT_AREA_ID = "checkout-area";

/**
 * Every checkout step: the checkout as it stands (one API call), who is checking out, and the
 * order beside the form. With nothing to check out, the page says so instead of a form.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const [session, review] = await Promise.all([currentSession(context, request), loadCheckout(context)]);
  const customer = session ? { email: session.customer.email, name: session.customer.name, phone: session.customer.phone } : null;
  if (!review || review.lines.length === 0) return { checkout: null, customer, csrfToken: session?.csrfToken ?? null };
  return {
    checkout: {
      view: reviewView(review, locale),
      details: review.details,
      missing: review.missing,
      paymentMethods: review.paymentMethods,
      agreementVersion: review.agreementVersion,
      zone: review.zone,
    },
    customer,
    csrfToken: session?.csrfToken ?? null,
  };
}

/**
 * A refused order (409: the total moved) must show the new review and a new idempotency key:
 * React Router would otherwise keep the page as it was after a 4xx from the action.
 */
export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus === 409 ? true : defaultShouldRevalidate;
}

export const headers = privatePageHeaders;

/** The layout's data, for the steps inside it. */
export function useCheckoutArea() {
  const area = useRouteLoaderData<typeof loader>(CHECKOUT_AREA_ID);
  if (!area) throw new Error("useCheckoutArea() outside the checkout");
  return area;
}

/** The steps the customer may open: each needs the ones before it done. */
function reachableSteps(checkout: { details: { email?: string; consignee?: unknown; paymentMethod?: string }; missing: readonly string[] }): Set<CheckoutStep> {
  const steps = new Set<CheckoutStep>(["contact"]);
  if (checkout.details.email) steps.add("address");
  if (checkout.details.email && checkout.details.consignee) steps.add("delivery");
  if (checkout.missing.length === 0) steps.add("review");
  return steps;
}

export default function CheckoutArea({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const current = CHECKOUT_STEPS.find((step) => pathname.endsWith(`/checkout/${step}`)) ?? null;
  const { checkout } = loaderData;
  if (!checkout) {
    return (
      <div className="checkout container">
        <h1 className="checkout__heading">{t("checkout.empty.heading")}</h1>
        <p className="checkout__lead">{t("checkout.empty.body")}</p>
        <Link to="/" className="button">
          {t("checkout.empty.link")}
        </Link>
      </div>
    );
  }
  return (
    <div className="checkout container">
      <h1 className="checkout__heading">{t("checkout.heading")}</h1>
      <CheckoutSteps current={current} reachable={reachableSteps(checkout)} />
      {current === "review" ? (
        <Outlet />
      ) : (
        <div className="checkout__layout">
          <div className="checkout__step">
            <Outlet />
          </div>
          <aside className="checkout__summary" aria-labelledby="checkout-summary-heading">
            <h2 id="checkout-summary-heading" className="checkout-section__heading">
              {t("checkout.summary.heading")}
            </h2>
            <OrderLines lines={checkout.view.lines} label={t("checkout.summary.heading")} />
            <CheckoutPromotions promotions={checkout.view.promotions} />
            <CheckoutTotals review={checkout.view} />
          </aside>
        </div>
      )}
    </div>
  );
}
