import { Form, Link } from "react-router";
import { findCategory, loadCategoryTree, loadDesigners } from "../../catalogue/catalog-api.server";
import type { CategoryNode, DesignerSummary } from "../../catalogue/catalog-types";
import { loadListing } from "../../catalogue/listing.server";
import { catalogueMeta } from "../../catalogue/page-meta";
import { ListingLayout } from "../../components/catalogue/listing-layout";
import { ErrorPage } from "../../components/error-page";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/search";

const ALTERNATIVES = 8;

/** Categories with the most pieces, from the first two levels (departments and their categories). */
function popularCategories(tree: readonly CategoryNode[]): { slug: string; name: string }[] {
  return [...tree, ...tree.flatMap((c) => c.children)]
    .filter((c) => c.products > 0)
    .sort((a, b) => b.products - a.products)
    .slice(0, ALTERNATIVES)
    .map(({ slug, name }) => ({ slug, name }));
}

/** The featured houses first, then those with the most pieces. */
function popularDesigners(designers: readonly DesignerSummary[]): { slug: string; name: string }[] {
  return designers
    .filter((d) => d.products > 0)
    .sort((a, b) => Number(b.featured) - Number(a.featured) || b.products - a.products)
    .slice(0, ALTERNATIVES)
    .map(({ slug, name }) => ({ slug, name }));
}

/**
 * /search?q=: results ranked by relevance with facets. Nothing found (or nothing asked), the
 * page offers ways on: the spelling the shop understood, popular categories and designers.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const q = url.searchParams.get("q")?.trim() ?? "";
  const [listing, tree] = await Promise.all([q ? loadListing(context, request) : null, loadCategoryTree(context)]);
  const chosenCategory = url.searchParams.get("category");
  const alternatives = !listing || listing.total === 0
    ? { categories: popularCategories(tree), designers: popularDesigners(await loadDesigners(context)) }
    : null;
  return {
    q,
    listing,
    alternatives,
    categoryName: chosenCategory ? (findCategory(tree, chosenCategory)?.node.name ?? null) : null,
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  const q = loaderData?.q;
  // Results pages are for visitors, not for search engines' indexes.
  return catalogueMeta({
    title: q ? t("catalogue.search.metaTitleFor", { q }) : t("catalogue.search.metaTitle"),
    description: t("catalogue.search.metaDescription"),
    indexable: false,
  });
};

export default function SearchPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { q, listing, alternatives, categoryName } = loaderData;
  const understood = listing?.searchedFor && listing.searchedFor.toLowerCase() !== q.toLowerCase() ? listing.searchedFor : null;
  const others = alternatives ? <Alternatives q={q} understood={understood} {...alternatives} /> : null;
  if (!listing) {
    return (
      <div className="search-page container">
        <h1 className="listing__title">{t("catalogue.search.heading")}</h1>
        <SearchForm q={q} />
        {others}
      </div>
    );
  }
  return (
    <ListingLayout
      listing={listing}
      categoryName={categoryName}
      eyebrow={<p className="eyebrow">{t("catalogue.search.kicker")}</p>}
      title={t("catalogue.search.resultsFor", { q })}
      intro={understood && listing.total > 0 ? <p className="listing__lead">{t("catalogue.search.showingFor", { words: understood })}</p> : null}
      empty={others}
    />
  );
}

function SearchForm({ q }: { q: string }) {
  const { t } = useI18n();
  return (
    <Form method="get" action="/search" role="search" className="search-page__form">
      <label htmlFor="search-page-query" className="visually-hidden">{t("search.label")}</label>
      <input id="search-page-query" className="search-page__input" type="search" name="q" defaultValue={q} placeholder={t("search.placeholder")} />
      <button type="submit" className="button">{t("search.submit")}</button>
    </Form>
  );
}

interface AlternativesProps {
  q: string;
  understood: string | null;
  categories: { slug: string; name: string }[];
  designers: { slug: string; name: string }[];
}

function Alternatives({ q, understood, categories, designers }: AlternativesProps) {
  const { t } = useI18n();
  return (
    <div className="no-results">
      {q ? <p className="no-results__lead">{t("catalogue.search.nothingFor", { q })}</p> : null}
      {understood ? (
        <p className="no-results__suggestion">
          {t("catalogue.search.understood")}{" "}
          <Link to={`/search?${new URLSearchParams({ q: understood })}`} className="no-results__words">{understood}</Link>
        </p>
      ) : null}
      {q ? <SearchForm q="" /> : null}
      <div className="no-results__columns">
        <section aria-labelledby="popular-categories">
          <h2 id="popular-categories" className="no-results__heading">{t("catalogue.search.popularCategories")}</h2>
          <ul className="no-results__list">
            {categories.map((c) => <li key={c.slug}><Link to={`/category/${c.slug}`}>{c.name}</Link></li>)}
          </ul>
        </section>
        <section aria-labelledby="popular-designers">
          <h2 id="popular-designers" className="no-results__heading">{t("catalogue.search.popularDesigners")}</h2>
          <ul className="no-results__list">
            {designers.map((d) => <li key={d.slug}><Link to={`/designers/${d.slug}`}>{d.name}</Link></li>)}
          </ul>
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
