import { Link } from "react-router";
import type { FacetValue } from "../../catalogue/catalog-types";
import { colourName } from "../../catalogue/labels";
import { hrefOf, toggleValue, valuesOf, withParams, type ListingParam, type MultiValueFilter } from "../../catalogue/listing-url";
import type { ListingView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";
import { priceRangeLabel } from "./facet-panel";

interface Chip {
  key: string;
  label: string;
  href: string;
}

export interface ActiveFiltersProps {
  listing: ListingView;
  pathname: string;
  params: URLSearchParams;
  /** The chosen category's name, when the address chooses one (`?category=`). */
  categoryName?: string | null;
  hideDesigner?: boolean;
}

/**
 * The choices in force, each a chip whose link takes it away, and one link to take them all
 * away (the search words stay: they are not a filter).
 */
export function ActiveFilters({ listing, pathname, params, categoryName = null, hideDesigner = false }: ActiveFiltersProps) {
  const { t } = useI18n();
  const labelIn = (values: readonly FacetValue[]) => (value: string) => values.find((v) => v.value === value)?.label ?? value;
  const multi: [MultiValueFilter, (value: string) => string][] = [
    ["designer", labelIn(listing.facets.designer)],
    ["size", (v) => v],
    ["colour", (v) => colourName(t, v)],
    ["seller", labelIn(listing.facets.seller)],
  ];
  const chips: Chip[] = [];
  const remove = (changes: Partial<Record<ListingParam, null>>) => hrefOf(pathname, withParams(params, changes));
  const category = params.get("category");
  if (category) chips.push({ key: "category", label: categoryName ?? category, href: remove({ category: null }) });
  for (const [name, label] of multi) {
    if (name === "designer" && hideDesigner) continue;
    for (const value of valuesOf(params, name)) {
      chips.push({ key: `${name}:${value}`, label: label(value), href: hrefOf(pathname, toggleValue(params, name, value)) });
    }
  }
  if (listing.chosenPrice) chips.push({ key: "price", label: priceRangeLabel(t, listing.chosenPrice), href: remove({ priceMin: null, priceMax: null }) });
  if (params.get("inStock") === "true") chips.push({ key: "inStock", label: t("catalogue.facets.inStockOnly"), href: remove({ inStock: null }) });
  if (chips.length === 0) return null;

  const q = params.get("q");
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">{t("catalogue.filters.heading")}</h2>
      <ul className="active-filters__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link to={chip.href} className="chip" preventScrollReset rel="nofollow">
              {chip.label}
              <span className="chip__remove" aria-hidden="true" />
              <span className="visually-hidden"> — {t("catalogue.filters.remove")}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to={hrefOf(pathname, new URLSearchParams(q ? { q } : {}))} className="active-filters__clear" preventScrollReset rel="nofollow">
        {t("catalogue.filters.clearAll")}
      </Link>
    </div>
  );
}
