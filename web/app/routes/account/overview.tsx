import { Link } from "react-router";
import { loadAccountResource } from "../../account/account-api.server";
import { firstNameOf } from "../../account/names";
import { privatePageHeaders } from "../../account/page-headers";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { formatPercent } from "../../i18n/numbers";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { legalNameOf, legalPathOf } from "../../legal/legal-documents";
import type { Route } from "./+types/overview";
import { useAccountArea } from "./signed-in";

interface Entitlement {
  kind: string;
  percentOff: number;
  grantedAt: string;
  used: boolean;
}

/** The offers, formatted here so the server's HTML and the hydrated page agree to the character. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const { entitlements } = await loadAccountResource<{ entitlements: Entitlement[] }>(context, request, "/account/entitlements");
  return {
    offers: entitlements.map((offer) => ({
      kind: offer.kind,
      percent: formatPercent(offer.percentOff / 100, locale),
      grantedOn: formatDate(new Date(offer.grantedAt), locale),
      used: offer.used,
    })),
  };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.overview.title") }, { name: "robots", content: "noindex" }];
};

/** What the account may do now, in a sentence; restricted accounts are told why and what lifts it. */
function stateMessage(state: string, restriction: string | null): PlainMessageKey {
  if (state === "restricted") return restriction === "guardian_pending" ? "account.state.guardianPending" : "account.state.restricted";
  return state === "active" ? "account.state.active" : "account.state.unavailable";
}

export default function Overview({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { customer, pendingAcceptances } = useAccountArea();
  const restricted = customer.state !== "active";
  return (
    <section aria-labelledby="overview-heading" className="account-overview">
      <p className="eyebrow">{t("account.overview.eyebrow")}</p>
      <h1 id="overview-heading" className="account-page__heading">
        {t("account.overview.greeting", { name: firstNameOf(customer.name) })}
      </h1>

      <div className={restricted ? "account-panel account-panel--attention" : "account-panel"}>
        <h2 className="account-panel__heading">{t("account.overview.stateHeading")}</h2>
        <p className="account-panel__body">{t(stateMessage(customer.state, customer.restriction))}</p>
      </div>

      {pendingAcceptances.length > 0 ? (
        <div className="account-panel account-panel--attention">
          <h2 className="account-panel__heading">{t("account.overview.pendingHeading")}</h2>
          <p className="account-panel__body">{t("account.overview.pendingBody")}</p>
          <ul className="account-panel__list">
            {pendingAcceptances.map(({ kind, version }) => {
              const name = legalNameOf(kind);
              const path = legalPathOf(kind);
              return (
                <li key={`${kind}-${version}`}>
                  {path && name ? <Link to={path}>{t(name)}</Link> : kind}
                  {" · "}
                  {t("account.overview.pendingVersion", { version })}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {loaderData.offers.map((offer) => (
        <div key={offer.kind} className="account-panel">
          <h2 className="account-panel__heading">{t("account.overview.offerHeading", { percent: offer.percent })}</h2>
          <p className="account-panel__body">
            {offer.used ? t("account.overview.offerUsed") : t("account.overview.offerBody", { date: offer.grantedOn })}
          </p>
        </div>
      ))}

      <ul className="account-links">
        <li>
          <Link to="/account/profile" className="account-links__link">
            <span className="account-links__title">{t("account.nav.profile")}</span>
            <span className="account-links__body">{t("account.overview.profileLink")}</span>
          </Link>
        </li>
        <li>
          <Link to="/account/security" className="account-links__link">
            <span className="account-links__title">{t("account.nav.security")}</span>
            <span className="account-links__body">{t("account.overview.securityLink")}</span>
          </Link>
        </li>
        <li>
          <Link to="/cookies" className="account-links__link">
            <span className="account-links__title">{t("footer.legal.cookieSettings")}</span>
            <span className="account-links__body">{t("account.overview.cookiesLink")}</span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
