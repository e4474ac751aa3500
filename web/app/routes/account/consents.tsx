import { data, Form, Link, redirect } from "react-router";
import { changeAccount, loadAccountResource } from "../../account/account-api.server";
import type { ConsentOverview } from "../../account/consents";
import { csrfOf } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { ConsentHistory, MarketingSwitches, type ChannelView, type DecisionView } from "../../components/account/consent-sections";
import { CsrfField, FormAlert, FormNotice, SubmitButton } from "../../components/account/form-fields";
import { MARKETING_CHANNELS, marketingFromForm, type MarketingChannel } from "../../components/account/sign-up-fields";
import { formatDate, formatDateTime } from "../../i18n/dates";
import type { Locale } from "../../i18n/locales";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/consents";
import { useAccountArea } from "./signed-in";

/** The consents with their dates formatted here, so the server's HTML and the hydrated page agree. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const overview = await loadAccountResource<ConsentOverview>(context, request, "/account/consents");
  return { ...present(overview, locale), saved: new URL(request.url).searchParams.has("saved") };
}

function present(overview: ConsentOverview, locale: Locale) {
  const day = (iso: string) => formatDate(new Date(iso), locale);
  const channels = Object.fromEntries(
    MARKETING_CHANNELS.map((channel) => {
      const state = overview.marketing[channel];
      return [channel, { granted: state.granted, decidedOn: state.decidedAt ? day(state.decidedAt) : null, noticeVersion: state.noticeVersion }];
    }),
  ) as Record<MarketingChannel, ChannelView>;
  const decisions: DecisionView[] = overview.history.map((entry, index) => ({
    key: `${entry.decidedAt}-${entry.channel}-${index}`,
    channel: entry.channel,
    granted: entry.granted,
    source: entry.source,
    noticeVersion: entry.noticeVersion,
    decidedOn: formatDateTime(new Date(entry.decidedAt), locale),
  }));
  return {
    channels,
    grantBlock: overview.grantBlock,
    decisions,
    guardian: overview.guardian.map((g, index) => ({ key: `${g.decidedAt}-${index}`, decision: g.decision, decidedOn: day(g.decidedAt) })),
    cookiesDecidedOn: overview.cookies ? day(overview.cookies.decidedAt) : null,
  };
}

/** Saves every channel at once: a switch left off (or not sent, being disabled) means off. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await changeAccount(context, request, "/account/consents/marketing", { method: "PUT", body: marketingFromForm(form, ""), csrfToken: csrfOf(form) });
  if (result.ok) return redirect("/account/consents?saved=1", 303);
  return data({ errors: formErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.consents.title") }, { name: "robots", content: "noindex" }];
};

export default function Consents({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useAccountArea();
  const { channels, grantBlock, decisions, guardian, cookiesDecidedOn, saved } = loaderData;
  const blockNoteId = grantBlock ? "consents-block-note" : undefined;
  return (
    <section aria-labelledby="consents-heading">
      <h1 id="consents-heading" className="account-page__heading">
        {t("account.consents.heading")}
      </h1>
      <p className="account-page__lead">{t("account.consents.lead")}</p>

      <Form method="post" className="account-form" aria-labelledby="consents-marketing-heading">
        <h2 id="consents-marketing-heading" className="account-page__subheading">
          {t("account.consents.marketingHeading")}
        </h2>
        {grantBlock ? (
          <p id={blockNoteId} className="form-alert">
            {t(grantBlock === "guardian_pending" ? "account.consents.guardianPending" : "account.consents.restricted")}
          </p>
        ) : null}
        {saved && !actionData ? <FormNotice>{t("account.consents.saved")}</FormNotice> : null}
        <FormAlert errors={actionData?.errors} />
        <CsrfField token={csrfToken} />
        {/* Keyed by the decisions, so the switches show each newly saved choice after a scripted save. */}
        <MarketingSwitches key={decisions[0]?.key ?? "none"} channels={channels} blocked={grantBlock !== null} describedBy={blockNoteId} />
        <SubmitButton>{t("account.consents.save")}</SubmitButton>
      </Form>

      <div className="account-section account-form">
        <h2 className="account-page__subheading">{t("account.consents.historyHeading")}</h2>
        <p className="form-field__hint">{t("account.consents.historyLead")}</p>
        <ConsentHistory decisions={decisions} />
      </div>

      {guardian.length > 0 ? (
        <div className="account-section account-form">
          <h2 className="account-page__subheading">{t("account.consents.guardianHeading")}</h2>
          <ul className="account-panel__list">
            {guardian.map((entry) => (
              <li key={entry.key}>
                {t(entry.decision === "confirmed" ? "account.consents.guardian.confirmed" : "account.consents.guardian.withdrawn", { date: entry.decidedOn })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="account-section account-form">
        <h2 className="account-page__subheading">{t("account.consents.cookiesHeading")}</h2>
        <p>{cookiesDecidedOn ? t("account.consents.cookies.decided", { date: cookiesDecidedOn }) : t("account.consents.cookies.none")}</p>
        <p>
          <Link to="/cookies">{t("account.consents.cookies.link")}</Link>
        </p>
      </div>
    </section>
  );
}
