import { useEffect, useRef, type ReactNode } from "react";
import { Link } from "react-router";
import type { FacetValue } from "../../catalogue/catalog-types";
import { colourName, swatchClass } from "../../catalogue/labels";
import { hrefOf, toggleValue, withParams, type MultiValueFilter } from "../../catalogue/listing-url";
import type { ListingView, PriceRangeView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";
import type { PlainMessageKey } from "../../i18n/translate";

/** Values shown before "more": enough for most facets, short enough to scan. */
const FIRST_VALUES = 8;

export interface FacetPanelProps {
  listing: ListingView;
  pathname: string;
  params: URLSearchParams;
  /** Where a sub-category leads: its own page on a category page, else a filter of this one. */
  categoryHref(slug: string): string;
  /** The designer's own page fixes the designer: no designer facet there. */
  hideDesigner?: boolean;
}

/**
 * Refining a listing: every facet value is a link to the listing with that value added or taken
 * away, so filtering works without JavaScript and every state has an address. Counts are what
 * choosing the value would show (the API counts each facet over every other choice).
 */
export function FacetPanel({ listing, pathname, params, categoryHref, hideDesigner = false }: FacetPanelProps) {
  const { t } = useI18n();
  const { facets } = listing;
  const toggle = (name: MultiValueFilter, value: string) => hrefOf(pathname, toggleValue(params, name, value));
  const inStockOnly = params.get("inStock") === "true";
  const fold = useRef<HTMLDetailsElement>(null);
  // Narrow screens: folded once scripts run, so the pieces come first (without scripts it stays open).
  useEffect(() => {
    if (fold.current && window.matchMedia("(max-width: 60rem)").matches) fold.current.open = false;
  }, []);

  return (
    <details className="facets-fold" open ref={fold}>
      <summary className="facets-fold__toggle">{t("catalogue.facets.heading")}</summary>
      <aside className="facets" aria-labelledby="facets-heading">
        <h2 id="facets-heading" className="facets__heading">{t("catalogue.facets.heading")}</h2>
        {facets.category.length ? (
          <FacetGroup title="catalogue.facets.category" values={facets.category} href={(v) => categoryHref(v.value)} />
        ) : null}
        {hideDesigner ? null : (
          <FacetGroup title="catalogue.facets.designer" values={facets.designer} href={(v) => toggle("designer", v.value)} />
        )}
        <FacetGroup title="catalogue.facets.size" values={facets.size} href={(v) => toggle("size", v.value)} compact />
        <FacetGroup
          title="catalogue.facets.colour"
          values={facets.colour}
          href={(v) => toggle("colour", v.value)}
          label={(v) => (
            <>
              <span className={swatchClass(v.value)} aria-hidden="true" />
              {colourName(t, v.value)}
            </>
          )}
        />
        <PriceFacet ranges={listing.priceRanges} pathname={pathname} params={params} />
        <FacetGroup title="catalogue.facets.seller" values={facets.seller} href={(v) => toggle("seller", v.value)} />
        <details className="facet" open>
          <summary className="facet__title">{t("catalogue.facets.availability")}</summary>
          <ul className="facet__list">
            <li>
              <FacetLink
                href={hrefOf(pathname, withParams(params, { inStock: inStockOnly ? null : "true" }))}
                selected={inStockOnly}
                count={facets.inStock.count}
              >
                {t("catalogue.facets.inStockOnly")}
              </FacetLink>
            </li>
          </ul>
        </details>
      </aside>
    </details>
  );
}

interface FacetGroupProps {
  title: PlainMessageKey;
  values: readonly FacetValue[];
  href(value: FacetValue): string;
  label?(value: FacetValue): ReactNode;
  /** Unfolded at first (default); the visitor may fold it. */
  open?: boolean;
  /** Sizes: short labels side by side. */
  compact?: boolean;
}

function FacetGroup({ title, values, href, label = (v) => v.label, open = true, compact = false }: FacetGroupProps) {
  const { t } = useI18n();
  // A value nothing would match is left out, unless it is chosen (so it can be taken away).
  const shown = values.filter((v) => v.count > 0 || v.selected);
  if (shown.length === 0) return null;
  const anySelected = shown.some((v) => v.selected);
  const first = compact ? shown : shown.slice(0, FIRST_VALUES);
  const rest = compact ? [] : shown.slice(FIRST_VALUES);
  const item = (v: FacetValue) => (
    <li key={v.value}>
      <FacetLink href={href(v)} selected={v.selected} count={v.count}>
        {label(v)}
      </FacetLink>
    </li>
  );
  return (
    <details className="facet" open={open || anySelected}>
      <summary className="facet__title">{t(title)}</summary>
      <ul className={compact ? "facet__list facet__list--compact" : "facet__list"}>{first.map(item)}</ul>
      {rest.length ? (
        <details className="facet__more" open={rest.some((v) => v.selected)}>
          <summary className="facet__more-toggle">{t("catalogue.facets.more", { count: rest.length })}</summary>
          <ul className="facet__list">{rest.map(item)}</ul>
        </details>
      ) : null}
    </details>
  );
}

function FacetLink({ href, selected, count, children }: { href: string; selected: boolean; count: number; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Link to={href} className="facet__option" aria-current={selected ? "true" : undefined} preventScrollReset rel="nofollow">
      <span className="facet__mark" aria-hidden="true" />
      <span className="facet__label">{children}</span>
      <span className="facet__count">
        <span className="visually-hidden">{selected ? `${t("catalogue.facets.selected")}, ` : ""}</span>
        {count}
      </span>
    </Link>
  );
}

function PriceFacet({ ranges, pathname, params }: { ranges: readonly PriceRangeView[]; pathname: string; params: URLSearchParams }) {
  const { t } = useI18n();
  if (ranges.length === 0) return null;
  return (
    <details className="facet" open>
      <summary className="facet__title">{t("catalogue.facets.price")}</summary>
      <ul className="facet__list">
        {ranges.map((range) => {
          const change = range.selected
            ? { priceMin: null, priceMax: null }
            : { priceMin: range.min === null ? null : String(range.min), priceMax: range.max === null ? null : String(range.max) };
          return (
            <li key={`${range.min}-${range.max}`}>
              <Link to={hrefOf(pathname, withParams(params, change))} className="facet__option" aria-current={range.selected ? "true" : undefined} preventScrollReset rel="nofollow">
                <span className="facet__mark" aria-hidden="true" />
                <span className="facet__label">{priceRangeLabel(t, range)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function priceRangeLabel(t: ReturnType<typeof useI18n>["t"], range: { minText: string | null; maxText: string | null }): string {
  if (range.minText === null && range.maxText !== null) return t("catalogue.price.under", { amount: range.maxText });
  if (range.maxText === null && range.minText !== null) return t("catalogue.price.over", { amount: range.minText });
  return t("catalogue.price.between", { min: range.minText ?? "", max: range.maxText ?? "" });
}
