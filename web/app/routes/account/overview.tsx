import { data, Form, Link, redirect } from "react-router";
import { changeAccount, loadAccountResource } from "../../account/account-api.server";
import { csrfOf, textField } from "../../account/forms";
import { firstNameOf } from "../../account/names";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { CsrfField, FormAlert, FormNotice, SubmitButton } from "../../components/account/form-fields";
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
    accepted: new URL(request.url).searchParams.has("accepted"),
  };
}

/** Accepts one pending document version (ACC-7), after the customer has had the link to read it. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const body = { kind: textField(form, "kind"), version: textField(form, "version") };
  const result = await changeAccount(context, request, "/account/acceptances", { method: "POST", body, csrfToken: csrfOf(form) });
  if (result.ok) return redirect("/account?accepted=1", 303);
  return data({ errors: formErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
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

export default function Overview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { customer, pendingAcceptances, csrfToken } = useAccountArea();
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

      {loaderData.accepted && !actionData ? (
        <div className="account-panel account-panel--quiet">
          <FormNotice>{t("account.overview.accepted")}</FormNotice>
        </div>
      ) : null}

      {pendingAcceptances.length > 0 ? (
        <div className="account-panel account-panel--attention">
          <h2 className="account-panel__heading">{t("account.overview.pendingHeading")}</h2>
          <p className="account-panel__body">{t("account.overview.pendingBody")}</p>
          <FormAlert errors={actionData?.errors} />
          <ul className="account-panel__list">
            {pendingAcceptances.map(({ kind, version }) => {
              const name = legalNameOf(kind);
              const path = legalPathOf(kind);
              const document = name ? t(name) : kind;
              return (
                <li key={`${kind}-${version}`}>
                  {document}
                  {" · "}
                  {t("account.overview.pendingVersion", { version })}
                  {path ? (
                    <>
                      {" · "}
                      <Link to={`${path}/versions/${encodeURIComponent(version)}`}>
                        {t("account.overview.read")}
                        <span className="visually-hidden"> {t("account.overview.acceptWhat", { document, version })}</span>
                      </Link>
                    </>
                  ) : null}
                  <Form method="post" className="account-section__action">
                    <CsrfField token={csrfToken} />
                    <input type="hidden" name="kind" value={kind} />
                    <input type="hidden" name="version" value={version} />
                    <SubmitButton variant="quiet">
                      {t("account.overview.accept")}
                      <span className="visually-hidden"> {t("account.overview.acceptWhat", { document, version })}</span>
                    </SubmitButton>
                  </Form>
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
          <Link to="/account/consents" className="account-links__link">
            <span className="account-links__title">{t("account.nav.consents")}</span>
            <span className="account-links__body">{t("account.overview.consentsLink")}</span>
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
