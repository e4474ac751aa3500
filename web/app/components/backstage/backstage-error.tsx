import { isRouteErrorResponse, Link } from "react-router";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";

const WORDING: Readonly<Record<number, { heading: PlainMessageKey; body: PlainMessageKey }>> = {
  403: { heading: "backstage.forbidden.heading", body: "backstage.forbidden.body" },
  404: { heading: "backstage.notFound.heading", body: "backstage.notFound.body" },
};

/**
 * An error inside the backstage: a role without the page's permission (403), a page or record
 * that does not exist (404), or trouble. Unexpected details are never shown (they are logged).
 */
export function BackstageErrorPage({ error, homePath = "/admin", backLabel = "backstage.error.backToOverview" }: { error: unknown; homePath?: string; backLabel?: PlainMessageKey }) {
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const wording = WORDING[status] ?? { heading: "error.generic.heading", body: "error.generic.body" };
  return (
    <section className="backstage-page backstage-error" aria-labelledby="backstage-error-heading">
      <p className="eyebrow">{t("error.status", { status })}</p>
      <h1 id="backstage-error-heading" className="backstage-page__heading">
        {t(wording.heading)}
      </h1>
      <p className="backstage-page__lead">{t(wording.body)}</p>
      <Link className="button button--outline" to={homePath}>
        {t(backLabel)}
      </Link>
    </section>
  );
}
