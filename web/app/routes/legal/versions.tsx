import { data, Link } from "react-router";
import { ErrorPage } from "../../components/error-page";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import { versionHistory } from "../../legal/legal-api.server";
import { isLegalSlug, LEGAL_NAMES, LEGAL_SLUGS } from "../../legal/legal-documents";
import type { Route } from "./+types/versions";

/** Every published version of a document, newest first, each with what changed. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  if (!isLegalSlug(params.kind)) throw data(null, { status: 404 });
  const kind = LEGAL_SLUGS[params.kind];
  const history = await versionHistory(context, kind);
  if (history.length === 0) throw data(null, { status: 404 });
  return data(
    {
      slug: params.kind,
      name: LEGAL_NAMES[kind],
      versions: history.map((entry) => ({
        version: entry.version,
        state: entry.state,
        material: entry.material,
        summary: entry.summary,
        effectiveOn: formatDate(new Date(entry.effectiveAt), locale),
      })),
    },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}

export function headers({ parentHeaders, loaderHeaders }: Route.HeadersArgs) {
  const headers = new Headers(parentHeaders);
  headers.set("Cache-Control", loaderHeaders.get("Cache-Control") ?? "no-store");
  return headers;
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const { t } = translatorFromMatches(matches);
  return loaderData ? [{ title: t("legal.history.title", { title: t(loaderData.name) }) }] : [{ title: t("meta.notFound.title") }];
};

export default function LegalHistory({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { slug, name, versions } = loaderData;
  return (
    <section className="legal-document container" aria-labelledby="legal-history-heading">
      <p className="eyebrow">{t(name)}</p>
      <h1 id="legal-history-heading" className="legal-document__heading">
        {t("legal.history.heading")}
      </h1>
      <ol className="legal-history">
        {versions.map((entry) => (
          <li key={entry.version} className="legal-history__item">
            <h2 className="legal-history__version">
              <Link to={`/legal/${slug}/versions/${encodeURIComponent(entry.version)}`}>{t("legal.version", { version: entry.version })}</Link>
            </h2>
            <p className="legal-document__meta">
              {t(`legal.state.${entry.state}`)} ·{" "}
              {entry.state === "upcoming" ? t("legal.effectiveFrom", { date: entry.effectiveOn }) : t("legal.effectiveSince", { date: entry.effectiveOn })}
              {entry.material ? ` · ${t("legal.material")}` : ""}
            </p>
            <p className="legal-history__summary">{entry.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
