import { redirect, type RouterContextProvider } from "react-router";
import { requestPreferencesContext } from "../i18n/request-preferences";
import { catalogAnswer, pageFailure, readerParams } from "./catalog-api.server";
import type { Listing } from "./catalog-types";
import { MULTI_VALUE_FILTERS, SORTS, valuesOf } from "./listing-url";
import { formatAmount, presentCards, priceRanges } from "./present.server";
import type { ListingView } from "./views";

/** Cards per page: four rows of the widest grid (and of three and two columns, too). */
const PAGE_SIZE = 24;

/** What the page itself decides rather than the address: `/category/bags` fixes the category. */
export interface FixedListing {
  category?: string;
  designer?: string;
}

const wholeAmount = (value: string | null) => (value !== null && /^\d{1,12}$/.test(value) ? value : null);

/**
 * The API query for the address: known parameters only, each checked as the API would, so a
 * hand-edited address narrows nothing it should not rather than failing the page.
 */
export function listingQuery(url: URL, fixed: FixedListing): URLSearchParams {
  const params = url.searchParams;
  const query = new URLSearchParams();
  const q = params.get("q")?.trim();
  if (q) query.set("q", q.slice(0, 200));
  const category = fixed.category ?? params.get("category");
  if (category) query.set("category", category);
  for (const name of MULTI_VALUE_FILTERS) {
    const values = name === "designer" && fixed.designer ? [fixed.designer] : valuesOf(params, name);
    if (values.length) query.set(name, values.join(","));
  }
  for (const name of ["priceMin", "priceMax"] as const) {
    const value = wholeAmount(params.get(name));
    if (value) query.set(name, value);
  }
  if (params.get("inStock") === "true") query.set("inStock", "true");
  const sort = params.get("sort");
  if (sort && (SORTS as readonly string[]).includes(sort) && (sort !== "relevance" || q)) query.set("sort", sort);
  const after = params.get("after");
  if (after) query.set("after", after.slice(0, 200));
  return query;
}

/** A listing for the page's address, in the reader's language, currency and delivery zone. */
export async function loadListing(context: Readonly<RouterContextProvider>, request: Request, fixed: FixedListing = {}): Promise<ListingView> {
  const { locale } = context.get(requestPreferencesContext);
  const query = listingQuery(new URL(request.url), fixed);
  for (const [name, value] of readerParams(context)) query.set(name, value);
  query.set("limit", String(PAGE_SIZE));
  const answer = await catalogAnswer<Listing>(context, "/products", query);
  if (!answer.ok) {
    // A cursor from an older list (or a mangled one) is refused: start the list again rather than fail.
    if (answer.status === 400 && query.has("after")) throw redirect(withoutCursor(request.url));
    throw pageFailure(answer.status);
  }
  const listing = answer.data;

  const chosenMin = query.has("priceMin") ? Number(query.get("priceMin")) : null;
  const chosenMax = query.has("priceMax") ? Number(query.get("priceMax")) : null;
  const { price, ...facets } = listing.facets;
  const priceText = (value: number | null) => (value === null ? null : formatAmount(value, price.currency, locale));
  return {
    products: presentCards(listing.products, locale),
    total: listing.total,
    facets,
    priceRanges: priceRanges(price, { min: chosenMin, max: chosenMax }, locale),
    // The upper bound is shown as the band's round figure (a band stops one unit below it).
    chosenPrice: chosenMin === null && chosenMax === null ? null : { minText: priceText(chosenMin), maxText: priceText(chosenMax === null ? null : chosenMax + 1) },
    next: listing.next,
    sort: listing.sort,
    approximate: listing.approximate,
    searchedFor: listing.searchedFor,
  };
}

function withoutCursor(address: string): string {
  const url = new URL(address);
  url.searchParams.delete("after");
  return url.pathname + url.search;
}
