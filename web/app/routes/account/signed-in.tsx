import { Form, NavLink, Outlet, useRouteLoaderData } from "react-router";
import { requireSession } from "../../account/account-api.server";
import { privatePageHeaders } from "../../account/page-headers";
import { CsrfField } from "../../components/account/form-fields";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/signed-in";

/** The route id the account pages read this layout's data by. */
export const ACCOUNT_AREA_ID = "account-area";

/**
 * The signed-in part of the account: one session look-up for every page in it (signed out, the
 * visitor is sent to sign in and brought back), and the account's own navigation.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const session = await requireSession(context, request);
  return { customer: session.customer, csrfToken: session.csrfToken, pendingAcceptances: session.pendingAcceptances, staffView: session.staffView };
}

export const headers = privatePageHeaders;

/** The layout's data, for the pages inside it (their forms carry its CSRF token). */
export function useAccountArea() {
  const area = useRouteLoaderData<typeof loader>(ACCOUNT_AREA_ID);
  if (!area) throw new Error("useAccountArea() outside the account area");
  return area;
}

const SECTIONS = [
  { to: "/account", label: "account.nav.overview", end: true },
  { to: "/account/orders", label: "orders.nav", end: false },
  { to: "/account/profile", label: "account.nav.profile", end: false },
  { to: "/account/addresses", label: "addresses.nav", end: false },
  { to: "/account/security", label: "account.nav.security", end: false },
  { to: "/account/consents", label: "account.nav.consents", end: false },
] as const;

/** Said on every page of a staff view (ACC-6), with the way out: nothing here can be changed. */
function StaffViewBanner({ csrfToken, customerId }: { csrfToken: string; customerId: string }) {
  const { t } = useI18n();
  return (
    <section className="account-staff-view" aria-labelledby="staff-view-heading">
      <h2 id="staff-view-heading" className="account-staff-view__heading">
        {t("account.staffView.heading")}
      </h2>
      <p className="account-staff-view__body">{t("account.staffView.body")}</p>
      <Form method="post" action="/account/sign-out">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="viewOf" value={customerId} />
        <button type="submit" className="form-button form-button--quiet">
          {t("account.staffView.end")}
        </button>
      </Form>
    </section>
  );
}

export default function SignedInArea({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="account-area container">
      {loaderData.staffView ? <StaffViewBanner csrfToken={loaderData.csrfToken} customerId={loaderData.customer.id} /> : null}
      <nav className="account-nav" aria-label={t("account.nav.label")}>
        <ul className="account-nav__list">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end} className="account-nav__link">
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
        <Form method="post" action="/account/sign-out" className="account-nav__sign-out">
          <CsrfField token={loaderData.csrfToken} />
          <button type="submit" className="account-nav__link account-nav__button">
            {t("account.nav.signOut")}
          </button>
        </Form>
      </nav>
      <div className="account-area__page">
        <Outlet />
      </div>
    </div>
  );
}
