import { data, Link } from "react-router";
import { ErrorPage } from "../../components/error-page";
import { Markdown } from "../../components/legal/markdown";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import { documentInForce, documentVersion } from "../../legal/legal-api.server";
import { isLegalSlug, isVersionLabel, LEGAL_SLUGS } from "../../legal/legal-documents";
import type { Route } from "./+types/document";

/**
 * A legal document as published: the version in force at /legal/<slug>, or one version of its
 * history at /legal/<slug>/versions/<version> (the same page, another route id).
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const version = "version" in params ? params.version : undefined;
  if (!isLegalSlug(params.kind) || (version !== undefined && !isVersionLabel(version))) throw data(null, { status: 404 });
  const kind = LEGAL_SLUGS[params.kind];
  const document = version === undefined ? await documentInForce(context, kind, locale) : await documentVersion(context, kind, version, locale);
  if (!document) throw data(null, { status: 404 });
  return data(
    {
      slug: params.kind,
      title: document.title,
      version: document.version,
      state: document.state,
      effectiveOn: formatDate(new Date(document.effectiveAt), locale),
      // The page's h1 is the title already; a leading "# Title" in the text would repeat it.
      body: document.body.replace(/^\s*#\s[^\n]*\n/, ""),
      bodyLocale: document.locale,
      translated: document.locale === locale,
    },
    // Public and the same for everyone reading this language: a short shared cache is fine.
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
  return loaderData ? [{ title: t("legal.page.title", { title: loaderData.title }) }] : [{ title: t("meta.notFound.title") }];
};

export default function LegalDocument({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { slug, title, version, state, effectiveOn, body, bodyLocale, translated } = loaderData;
  return (
    <article className="legal-document container" aria-labelledby="legal-heading">
      <header className="legal-document__header">
        <p className="eyebrow">{t("legal.eyebrow")}</p>
        <h1 id="legal-heading" className="legal-document__heading">
          {title}
        </h1>
        <p className="legal-document__meta">
          {t("legal.version", { version })} ·{" "}
          {state === "upcoming" ? t("legal.effectiveFrom", { date: effectiveOn }) : t("legal.effectiveSince", { date: effectiveOn })}
        </p>
        {state === "superseded" ? (
          <p className="form-alert">
            {t("legal.superseded")} <Link to={`/legal/${slug}`}>{t("legal.readCurrent")}</Link>
          </p>
        ) : null}
        {translated ? null : <p className="legal-document__note">{t("legal.untranslated")}</p>}
        <p>
          <Link to={`/legal/${slug}/versions`} className="text-link">
            {t("legal.historyLink")}
          </Link>
        </p>
      </header>
      <div className="legal-document__body" lang={bodyLocale}>
        <Markdown source={body} />
      </div>
    </article>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
