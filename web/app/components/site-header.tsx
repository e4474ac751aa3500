import { Link, NavLink, useRouteLoaderData } from "react-router";
import type { PlainMessageKey } from "../i18n/translate";
import { useI18n } from "../i18n/use-i18n";
import type { loader as shellLoader } from "../routes/storefront-shell";
import { SearchBox } from "./search-box";

/** Before the house's departments (which come from the catalogue), the two ways in that always exist. */
const FIXED_NAVIGATION: ReadonlyArray<{ to: string; label: PlainMessageKey }> = [
  { to: "/new", label: "nav.newIn" },
  { to: "/designers", label: "nav.designers" },
];

export function SiteHeader() {
  const { t } = useI18n();
  // Signed in, the Account link greets by first name and leads to the account; else to sign in.
  const shell = useRouteLoaderData<typeof shellLoader>("routes/storefront-shell");
  const customer = shell?.customer ?? null;
  const departments = shell?.departments ?? [];
  const bagItems = shell?.bagItems ?? 0;
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        {/* A plain GET form to /search; suggestions as one types once scripts run. */}
        <SearchBox />

        <Link to="/" className="wordmark site-header__wordmark" aria-label={t("brand.homeLink")}>
          {t("brand.wordmark")}
        </Link>

        <nav aria-label={t("header.utility.label")} className="utility-nav">
          <ul className="utility-nav__list">
            <li>
              <Link to={customer ? "/account" : "/account/sign-in"} className="utility-nav__link">
                <AccountIcon />
                {customer ? (
                  <>
                    <span className="utility-nav__label">{customer.firstName}</span>
                    <span className="visually-hidden">{t("header.account.signedIn")}</span>
                  </>
                ) : (
                  <span className="utility-nav__label">{t("header.account")}</span>
                )}
              </Link>
            </li>
            <li>
              <Link to="/bag" className="utility-nav__link">
                <BagIcon />
                <span className="utility-nav__label">{t("header.bag")}</span>
                {bagItems > 0 ? (
                  <span className="mini-bag__count">
                    <span aria-hidden="true">{bagItems}</span>
                    <span className="visually-hidden">{t("cart.header.count", { count: bagItems })}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          </ul>
        </nav>
      </div>

      <nav aria-label={t("nav.primary.label")} className="primary-nav">
        <ul className="primary-nav__list container">
          {FIXED_NAVIGATION.map(({ to, label }) => (
            <li key={to}>
              {/* NavLink sets aria-current="page" on the current department. */}
              <NavLink to={to} className="primary-nav__link">
                {t(label)}
              </NavLink>
            </li>
          ))}
          {departments.map((department) => (
            <li key={department.slug}>
              <NavLink to={`/category/${department.slug}`} className="primary-nav__link">
                {department.name}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

// Icons are inline SVG (no icon font, no remote request) and purely
// decorative: the accessible name always comes from the text beside them.
function AccountIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
    </svg>
  );
}

function BagIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 8h14l-1 13H6L5 8Z" />
      <path d="M9 8V6a3 3 0 0 1 6 0v2" />
    </svg>
  );
}
