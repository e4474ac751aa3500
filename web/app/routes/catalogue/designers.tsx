import { Link } from "react-router";
import { canonicalUrl, loadDesigners } from "../../catalogue/catalog-api.server";
import type { DesignerSummary } from "../../catalogue/catalog-types";
import { catalogueMeta } from "../../catalogue/page-meta";
import { ErrorPage } from "../../components/error-page";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/designers";

/** The letter a designer is filed under: "Atelier Kōen" under A; a name not in Latin letters under #. */
function letterOf(name: string): string {
  const first = name.normalize("NFD").replace(/\p{Diacritic}/gu, "").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

/** /designers: every house from A to Z, the featured ones first. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const designers = (await loadDesigners(context)).filter((d) => d.products > 0);
  const sorted = [...designers].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  const groups = new Map<string, DesignerSummary[]>();
  for (const designer of sorted) groups.set(letterOf(designer.name), [...(groups.get(letterOf(designer.name)) ?? []), designer]);
  return {
    featured: sorted.filter((d) => d.featured),
    groups: [...groups].map(([letter, members]) => ({ letter, designers: members })),
    canonical: canonicalUrl(request, "/designers"),
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  return catalogueMeta({ title: t("catalogue.designers.metaTitle"), description: t("catalogue.designers.metaDescription"), canonical: loaderData?.canonical });
};

export default function DesignersPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { featured, groups } = loaderData;
  return (
    <div className="directory container">
      <header className="directory__header">
        <p className="eyebrow">{t("catalogue.designers.kicker")}</p>
        <h1 className="directory__title">{t("catalogue.designers.heading")}</h1>
        <p className="directory__lead">{t("catalogue.designers.lead")}</p>
      </header>
      {featured.length ? (
        <section className="directory__featured" aria-labelledby="featured-designers">
          <h2 id="featured-designers" className="directory__subheading">{t("catalogue.designers.featured")}</h2>
          <ul className="directory__featured-list">
            {featured.map((d) => (
              <li key={d.slug}>
                <Link to={`/designers/${d.slug}`} className="directory__featured-link">{d.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav className="directory__index" aria-label={t("catalogue.designers.index")}>
        <ul className="directory__letters">
          {groups.map(({ letter }) => (
            <li key={letter}><a href={`#letter-${letter}`} className="directory__letter-link">{letter}</a></li>
          ))}
        </ul>
      </nav>
      <div className="directory__groups">
        {groups.map(({ letter, designers }) => (
          <section key={letter} id={`letter-${letter}`} className="directory__group" aria-labelledby={`letter-heading-${letter}`}>
            <h2 id={`letter-heading-${letter}`} className="directory__letter">{letter}</h2>
            <ul className="directory__list">
              {designers.map((d) => (
                <li key={d.slug}>
                  <Link to={`/designers/${d.slug}`} className="directory__link">
                    <span className="directory__name">{d.name}</span>
                    {d.localName ? <span className="directory__local-name">{d.localName}</span> : null}
                    <span className="directory__count">{t("catalogue.designers.pieces", { count: d.products })}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
