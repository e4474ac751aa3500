/**
 * A listing's state lives in its address (shareable, and every link works without JavaScript),
 * under the API's own parameter names: `?designer=a,b&colour=black&priceMin=100000&sort=newest`.
 * These helpers build the links that change one part of it. Any change of filter or sort drops
 * the `after` cursor: a cursor belongs to the result list it came from.
 */

/** Filters that take several values, comma-separated (a plain form may also repeat them). */
export const MULTI_VALUE_FILTERS = ["designer", "size", "colour", "seller"] as const;
export type MultiValueFilter = (typeof MULTI_VALUE_FILTERS)[number];

/** Every parameter a listing page reads from its address, besides the page cursor. */
export const LISTING_PARAMS = ["q", "category", ...MULTI_VALUE_FILTERS, "priceMin", "priceMax", "inStock", "sort"] as const;
export type ListingParam = (typeof LISTING_PARAMS)[number];

export const SORTS = ["newest", "price_asc", "price_desc", "popular", "relevance"] as const;

/** The values of a filter, whether written `a,b` or repeated `x=a&x=b`. */
export function valuesOf(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return [...new Set(values)];
}

/** The listing's parameters in one canonical form: known names only, lists comma-joined, no cursor. */
export function canonicalParams(params: URLSearchParams): URLSearchParams {
  const canonical = new URLSearchParams();
  for (const name of LISTING_PARAMS) {
    const values = valuesOf(params, name);
    if (values.length) canonical.set(name, values.join(","));
  }
  return canonical;
}

/** Adds the value to a filter, or takes it away when already chosen. */
export function toggleValue(params: URLSearchParams, name: MultiValueFilter, value: string): URLSearchParams {
  const next = canonicalParams(params);
  const current = valuesOf(next, name);
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (values.length) next.set(name, values.join(","));
  else next.delete(name);
  return next;
}

/** Sets (a string) or removes (null) whole parameters. */
export function withParams(params: URLSearchParams, changes: Partial<Record<ListingParam, string | null>>): URLSearchParams {
  const next = canonicalParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** The page's address with these parameters ("/designers" rather than "/designers?"). */
export function hrefOf(pathname: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
