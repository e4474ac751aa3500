import { isRouteErrorResponse, Link } from "react-router";
import { useI18n } from "../i18n/use-i18n";

interface ErrorPageProps {
  error: unknown;
  /** The root boundary renders without the header, so it shows the house name. */
  showWordmark?: boolean;
}

/**
 * A calm, localized error page. Details of unexpected errors are never shown
 * to clients (they are logged on the server); a 404 gets its own wording.
 */
export function ErrorPage({ error, showWordmark = false }: ErrorPageProps) {
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const isNotFound = status === 404;
  return (
    <section className="error-page" aria-labelledby="error-heading">
      {showWordmark ? (
        <p className="error-page__wordmark wordmark">{t("brand.wordmark")}</p>
      ) : null}
      <p className="eyebrow">{t("error.status", { status })}</p>
      <h1 id="error-heading" className="error-page__heading">
        {isNotFound ? t("error.notFound.heading") : t("error.generic.heading")}
      </h1>
      <p className="error-page__body">
        {isNotFound ? t("error.notFound.body") : t("error.generic.body")}
      </p>
      {/* reloadDocument: after an error the client state may be unreliable. */}
      <Link className="button" to="/" reloadDocument>
        {t("error.backHome")}
      </Link>
    </section>
  );
}
