import { useI18n } from "../../i18n/use-i18n";
import { useHydrated } from "./use-hydrated";

/**
 * The hidden half of every cookie-decision form: the notice the visitor saw,
 * where to return without JavaScript, and (once scripts run) a marker so the
 * action answers with data instead of a redirect.
 */
export function CookieDecisionFields({ noticeVersion, next }: { noticeVersion: string | null; next: string }) {
  const hydrated = useHydrated();
  return (
    <>
      <input type="hidden" name="noticeVersion" value={noticeVersion ?? ""} />
      <input type="hidden" name="next" value={next} />
      {hydrated ? <input type="hidden" name="via" value="script" /> : null}
    </>
  );
}

/** "Accept all" and "Reject all": the same element, size and weight (PRV-6: equal choices). */
export function AcceptRejectButtons() {
  const { t } = useI18n();
  return (
    <>
      <button type="submit" name="intent" value="accept-all" className="button cookie-decision__button">
        {t("cookies.acceptAll")}
      </button>
      <button type="submit" name="intent" value="reject-all" className="button cookie-decision__button">
        {t("cookies.rejectAll")}
      </button>
    </>
  );
}
