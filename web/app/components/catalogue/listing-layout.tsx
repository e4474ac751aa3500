import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { Link, useFetcher, useLocation } from "react-router";
import { canonicalParams, hrefOf, withParams } from "../../catalogue/listing-url";
import type { CardView, ListingView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";
import { ActiveFilters } from "./active-filters";
import { FacetPanel } from "./facet-panel";
import { ProductGrid } from "./product-card";
import { SortForm } from "./sort-form";

export interface ListingLayoutProps {
  listing: ListingView;
  title: ReactNode;
  /** Above the title: a trail or a kicker. */
  eyebrow?: ReactNode;
  /** Under the title: a designer's story, a search's correction. */
  intro?: ReactNode;
  /** Beside the header: a designer's logo. */
  aside?: ReactNode;
  /** What to show instead of an empty grid. */
  empty?: ReactNode;
  /** Where a sub-category leads (default: a filter of this listing). */
  categoryHref?(slug: string, params: URLSearchParams): string;
  categoryName?: string | null;
  hideDesigner?: boolean;
}

/**
 * Every listing (category, designer, new arrivals, search): title, count and order, the choices
 * in force, facets beside the grid, and the next page.
 */
export function ListingLayout({ listing, title, eyebrow, intro, aside, empty, categoryHref, categoryName, hideDesigner }: ListingLayoutProps) {
  const { t } = useI18n();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const pathname = location.pathname;
  const pages = useFurtherPages(listing);
  const shown = listing.products.length + pages.products.length;
  // Search words and order are not filters: with neither results nor filters, facets have nothing to offer.
  const filtered = [...canonicalParams(params).keys()].some((name) => name !== "q" && name !== "sort");
  const hrefForCategory = (slug: string) => (categoryHref ? categoryHref(slug, params) : hrefOf(pathname, withParams(params, { category: slug })));

  return (
    <div className="listing container">
      <header className={aside ? "listing__header listing__header--with-aside" : "listing__header"}>
        <div className="listing__heading">
          {eyebrow}
          <h1 className="listing__title">{title}</h1>
          {intro}
        </div>
        {aside ? <div className="listing__aside">{aside}</div> : null}
      </header>
      <div className="listing__toolbar">
        <p className="listing__count" aria-live="polite">
          {listing.total === 1 ? t("catalogue.count.one") : t("catalogue.count.other", { count: listing.total })}
        </p>
        {listing.total > 0 ? <SortForm sort={listing.sort} pathname={pathname} params={params} /> : null}
      </div>
      <ActiveFilters listing={listing} pathname={pathname} params={params} categoryName={categoryName} hideDesigner={hideDesigner} />
      <div className={listing.total > 0 || filtered ? "listing__body" : "listing__body listing__body--alone"}>
        {listing.total > 0 || filtered ? (
          <FacetPanel listing={listing} pathname={pathname} params={params} categoryHref={hrefForCategory} hideDesigner={hideDesigner} />
        ) : null}
        <section className="listing__results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">{t("catalogue.results.heading")}</h2>
          {listing.approximate && shown > 0 ? <p className="listing__note">{t("catalogue.price.approximateNote")}</p> : null}
          {shown > 0 ? <ProductGrid cards={[...listing.products, ...pages.products]} /> : (empty ?? <p className="listing__empty">{t("catalogue.results.none")}</p>)}
          <nav className="pager" aria-label={t("catalogue.pager.label")}>
            {params.has("after") ? (
              <Link to={hrefOf(pathname, canonicalParams(params))} className="text-link pager__first">{t("catalogue.pager.first")}</Link>
            ) : null}
            {pages.next ? (
              <Link
                to={hrefOf(pathname, withAfter(params, pages.next))}
                className="button button--outline pager__more"
                rel="next"
                onClick={(event) => pages.loadMore(event, hrefOf(pathname, withAfter(params, pages.next!)))}
                aria-busy={pages.loading || undefined}
              >
                {t("catalogue.pager.more")}
              </Link>
            ) : null}
            {shown > 0 && listing.total > shown ? (
              <p className="pager__status">{t("catalogue.pager.status", { shown, total: listing.total })}</p>
            ) : null}
          </nav>
        </section>
      </div>
    </div>
  );
}

function withAfter(params: URLSearchParams, after: string): URLSearchParams {
  const next = canonicalParams(params);
  next.set("after", after);
  return next;
}

/**
 * "More" without leaving the page: with JavaScript the next page's cards are fetched and added
 * under these; without it, the link opens the next page (its address holds the cursor).
 */
function useFurtherPages(listing: ListingView) {
  const fetcher = useFetcher<{ listing: ListingView }>();
  // Pages added under a first page belong to it: another first page (other filters, order,
  // currency) starts again, and a page arriving for a first page no longer shown is dropped.
  const [added, setAdded] = useState<{ base: ListingView; products: CardView[]; next: string | null } | null>(null);
  const requestedFor = useRef<ListingView | null>(null);
  const extra = added?.base === listing ? added : { base: listing, products: [], next: listing.next };

  useEffect(() => {
    const page = fetcher.data?.listing;
    const base = requestedFor.current;
    if (!page || !base) return;
    requestedFor.current = null;
    setAdded((before) => {
      const prior = before?.base === base ? before : { base, products: [], next: base.next };
      const seen = new Set([...base.products, ...prior.products].map((p) => p.id));
      return { base, products: [...prior.products, ...page.products.filter((p) => !seen.has(p.id))], next: page.next };
    });
  }, [fetcher.data]);

  return {
    products: extra.products,
    next: extra.next,
    loading: fetcher.state !== "idle",
    loadMore(event: MouseEvent, href: string) {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      if (fetcher.state !== "idle") return;
      requestedFor.current = listing;
      fetcher.load(href);
    },
  };
}
