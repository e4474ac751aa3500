import { useEffect, useRef, useState } from "react";
import { Link, useFetcher, useLocation, useRouteLoaderData } from "react-router";
import { useI18n } from "../../i18n/use-i18n";
import type { loader as rootLoader } from "../../root";
import type { action as cookiesAction } from "../../routes/cookies";
import { CookieChoices } from "./cookie-choices";
import { AcceptRejectButtons, CookieDecisionFields } from "./cookie-decision-fields";

const NOTHING_ALLOWED = { preferences: false, analytics: false, marketing: false };

/**
 * The cookie banner (PRV-6): shown on every page until the visitor decides
 * under the notice in force. A region with a heading, not a modal: the page
 * stays usable. It is a plain form posting to /cookies, so it works without
 * JavaScript; with JavaScript a fetcher records the decision in place and the
 * root loader, revalidated, hides the banner.
 */
export function CookieBanner() {
  const { t } = useI18n();
  const consent = useRouteLoaderData<typeof rootLoader>("root")?.cookieConsent;
  const location = useLocation();
  const fetcher = useFetcher<typeof cookiesAction>();
  const savedHere = useSavedNotice(fetcher.state === "idle" && fetcher.data?.saved === true, location.key);

  if (!consent) return null;
  if (!consent.needed) return savedHere ? <SavedNotice /> : null;
  // The settings page is the full form already.
  if (location.pathname === "/cookies") return null;

  const failed = fetcher.state === "idle" && fetcher.data?.saved === false;
  return (
    <section className="cookie-banner" aria-labelledby="cookie-banner-heading">
      <div className="cookie-banner__inner container">
        <div className="cookie-banner__text">
          <h2 id="cookie-banner-heading" className="cookie-banner__heading">
            {t("cookies.banner.heading")}
          </h2>
          <p className="cookie-banner__body">
            {t("cookies.banner.body")} <Link to="/legal/cookies">{t("cookies.banner.policyLink")}</Link>
          </p>
          {consent.noticeVersion ? (
            <p className="cookie-banner__version">{t("cookies.notice.version", { version: consent.noticeVersion })}</p>
          ) : null}
          {failed ? (
            <p className="cookie-banner__error" role="alert">
              {t("cookies.error")}
            </p>
          ) : null}
        </div>
        <fetcher.Form method="post" action="/cookies" className="cookie-banner__form" aria-label={t("cookies.banner.label")}>
          <CookieDecisionFields noticeVersion={consent.noticeVersion} next={location.pathname + location.search} />
          <div className="cookie-banner__actions">
            <AcceptRejectButtons />
          </div>
          {/* <details> opens the settings panel without any script. */}
          <details className="cookie-banner__settings">
            <summary className="cookie-banner__settings-toggle">{t("cookies.settings")}</summary>
            <CookieChoices idPrefix="cookie-banner" initial={NOTHING_ALLOWED} gpc={consent.gpc} />
            <button type="submit" name="intent" value="save" className="button cookie-decision__button">
              {t("cookies.save")}
            </button>
          </details>
        </fetcher.Form>
      </div>
    </section>
  );
}

/**
 * After a decision made in place, the banner's spot says so until the next
 * navigation, and takes the focus the vanished button held.
 */
function useSavedNotice(justSaved: boolean, locationKey: string): boolean {
  const [savedOn, setSavedOn] = useState<string | null>(null);
  useEffect(() => {
    if (justSaved) setSavedOn(locationKey);
    // Only a new save moves the notice to the current page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [justSaved]);
  return savedOn !== null && savedOn === locationKey;
}

function SavedNotice() {
  const { t } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="cookie-banner cookie-banner--saved">
      <p ref={ref} className="cookie-banner__saved container" role="status" tabIndex={-1}>
        {t("cookies.saved")}
      </p>
    </div>
  );
}
