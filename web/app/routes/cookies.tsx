import { data, Link, redirect, useFetcher, useRouteLoaderData } from "react-router";
import { CookieChoices } from "../components/cookie-consent/cookie-choices";
import { AcceptRejectButtons, CookieDecisionFields } from "../components/cookie-consent/cookie-decision-fields";
import type { CookieCategories } from "../consent/consent-cookie";
import { fetchCurrentConsent, recordCookieDecision } from "../consent/privacy-api.server";
import { formatDate } from "../i18n/dates";
import { translatorFromMatches } from "../i18n/meta";
import { requestPreferencesContext } from "../i18n/request-preferences";
import { useI18n } from "../i18n/use-i18n";
import { safeNextPath } from "../preferences/safe-next-path";
import type { loader as rootLoader } from "../root";
import type { Route } from "./+types/cookies";

const NOTHING_ALLOWED: CookieCategories = { preferences: false, analytics: false, marketing: false };
const EVERYTHING_ALLOWED: CookieCategories = { preferences: true, analytics: true, marketing: true };
const SAVED_PATH = "/cookies?saved=1";

/** The visitor's decision in force (from the ledger), for the switches to start from. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const consent = await fetchCurrentConsent(context);
  const url = new URL(request.url);
  return data(
    {
      current: consent
        ? {
            id: consent.id,
            noticeVersion: consent.noticeVersion,
            categories: consent.categories,
            decidedOn: formatDate(new Date(consent.decidedAt), locale),
          }
        : null,
      saved: url.searchParams.has("saved"),
      failed: url.searchParams.has("failed"),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

/**
 * Records a decision from the banner or this page. The API sets the consent
 * cookie; its Set-Cookie is relayed to the browser. A script gets data back
 * (the page stays as it is); a plain form post is sent back, with 303, to
 * the page it came from, or here with the error when nothing was recorded.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const categories = categoriesFromForm(form);
  const noticeVersion = form.get("noticeVersion");
  const outcome =
    categories && typeof noticeVersion === "string"
      ? await recordCookieDecision(context, { noticeVersion, categories })
      : ({ ok: false, status: 400, code: undefined } as const);

  const headers = new Headers({ "Cache-Control": "no-store" });
  if (outcome.ok) for (const cookie of outcome.setCookies) headers.append("Set-Cookie", cookie);
  if (form.get("via") === "script") {
    return data({ saved: outcome.ok }, { status: outcome.ok ? 200 : Math.min(outcome.status, 499), headers });
  }
  const next = outcome.ok ? safeNextPath(stringField(form, "next")) : "/cookies?failed=1";
  return redirect(next, { status: 303, headers });
}

function categoriesFromForm(form: FormData): CookieCategories | undefined {
  switch (form.get("intent")) {
    case "accept-all":
      return EVERYTHING_ALLOWED;
    case "reject-all":
      return NOTHING_ALLOWED;
    case "save":
      return {
        preferences: form.get("preferences") === "on",
        analytics: form.get("analytics") === "on",
        marketing: form.get("marketing") === "on",
      };
    default:
      return undefined;
  }
}

function stringField(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" ? value : null;
}

/** The shell's headers (language, Vary), and this page's: a visitor's own choices are never cached. */
export function headers({ parentHeaders, loaderHeaders }: Route.HeadersArgs) {
  const headers = new Headers(parentHeaders);
  headers.set("Cache-Control", loaderHeaders.get("Cache-Control") ?? "private, no-store");
  return headers;
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [
    { title: t("cookies.page.title") },
    { name: "description", content: t("cookies.page.description") },
  ];
};

/** Cookie settings: the policy in brief, the decision in force, and the same switches to change it. */
export default function CookieSettings({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const consent = useRouteLoaderData<typeof rootLoader>("root")?.cookieConsent;
  const fetcher = useFetcher<typeof action>();
  const { current } = loaderData;
  const answered = fetcher.state === "idle" ? fetcher.data : undefined;
  const saved = answered ? answered.saved : loaderData.saved;
  const failed = answered ? !answered.saved : loaderData.failed;
  const noticeVersion = consent?.noticeVersion ?? null;

  return (
    <section className="cookie-settings container" aria-labelledby="cookie-settings-heading">
      <h1 id="cookie-settings-heading" className="cookie-settings__heading">
        {t("cookies.page.heading")}
      </h1>
      <p className="cookie-settings__summary">{t("cookies.page.summary")}</p>
      <p>
        <Link to="/legal/cookies">{t("cookies.page.policyLink")}</Link>
      </p>
      <p className="cookie-settings__status">
        {!current
          ? t("cookies.page.status.none")
          : current.noticeVersion === noticeVersion
            ? t("cookies.page.status.current", { date: current.decidedOn })
            : t("cookies.page.status.outdated", { date: current.decidedOn })}
      </p>
      {noticeVersion ? <p className="cookie-banner__version">{t("cookies.notice.version", { version: noticeVersion })}</p> : null}

      <fetcher.Form method="post" className="cookie-settings__form">
        <CookieDecisionFields noticeVersion={noticeVersion} next={SAVED_PATH} />
        {/* Keyed by the decision, so the switches show each newly saved choice. */}
        <CookieChoices
          key={current?.id ?? "none"}
          idPrefix="cookie-settings"
          initial={current?.categories ?? NOTHING_ALLOWED}
          gpc={consent?.gpc ?? false}
        />
        <div className="cookie-settings__actions">
          <button type="submit" name="intent" value="save" className="button cookie-decision__button">
            {t("cookies.save")}
          </button>
          <AcceptRejectButtons />
        </div>
        <p className="cookie-settings__saved" role="status">
          {saved ? t("cookies.page.saved") : ""}
        </p>
        {failed ? (
          <p className="cookie-banner__error" role="alert">
            {t("cookies.error")}
          </p>
        ) : null}
      </fetcher.Form>
    </section>
  );
}
