import type { Ctx } from '../../../kernel/context.ts';
import type { TtlCache } from '../../../kernel/ttl-cache.ts';
import { CatalogErrors } from '../catalog.errors.ts';
import { listingsRepository as listings, type ListingFilter } from '../catalog.listings.repository.ts';
import { categoryName, designerName, type CatalogReference } from '../catalog.reference.ts';
import { compareSizes, csv, decodeSort, encodeCursor, type SortName } from '../catalog.rules.ts';
import type { Facets, Listing, ListingQuery } from '../catalog.schemas.ts';
import type { Locale } from '../catalog.tables.ts';
import { convertFromHkd, type CurrencyPricing } from '../../pricing/index.ts';
import { productCards, type LiveSources } from './product-cards.ts';
import { parseSearch } from './search-query.ts';

export interface BrowseSources extends LiveSources {
  currencyPricing(ctx: Ctx, currency: string): Promise<CurrencyPricing>;
  filterBounds(ctx: Ctx, currency: string, min: number | undefined, max: number | undefined): Promise<{ currency: string; min: number | undefined; max: number | undefined }>;
  /** Facet counts and totals may lag a change made in another process by this cache's life and one recount. */
  facetCache: TtlCache<{ total: number; facets: Omit<Facets, 'price'> & { price: { min: number | null; max: number | null } } }>;
}

/**
 * A listing: a category, a designer's page or a search, with facets whose counts agree with the
 * results, keyset pages and prices, stock and delivery read fresh for the products on the page.
 */
export async function browse(ctx: Ctx, sources: BrowseSources, query: ListingQuery): Promise<Listing> {
  const locale = query.locale ?? 'en';
  const currency = query.currency ?? 'HKD';
  const zone = query.zone ?? 'HK';
  const limit = query.limit ?? 24;
  const reference = await sources.reference(ctx);
  const pricing = await sources.currencyPricing(ctx, currency);
  // Price filters and sorting read the currency's own list, or HKD for a converted currency.
  const bounds = await sources.filterBounds(ctx, currency, query.priceMin, query.priceMax);

  const search = query.q === undefined ? undefined : await parseSearch(ctx, query.q);
  const sort: SortName = query.sort ?? (search ? 'relevance' : 'newest');
  if (sort === 'relevance' && !search) throw CatalogErrors.relevance_needs_query();

  const category = query.category === undefined ? undefined : reference.categoriesBySlug.get(query.category);
  if (query.category !== undefined && !category) throw CatalogErrors.category_not_found();
  const designerSlugs = csv(query.designer);
  const filter: ListingFilter = {
    now: ctx.clock.now(),
    categoryId: category?.id,
    // An unknown designer matches nothing rather than being dropped: a stale link shows no goods, not all.
    designerIds: designerSlugs?.map((slug) => reference.designersBySlug.get(slug)?.id ?? `unknown:${slug}`),
    sizes: csv(query.size),
    colours: csv(query.colour),
    sellers: csv(query.seller),
    inStock: query.inStock,
    price: { currency: bounds.currency, min: bounds.min, max: bounds.max },
    search: search?.tsquery,
  };

  const listingSort = decodeSort(sort, query.after, bounds.currency);
  const [rows, summary] = await Promise.all([
    search?.empty ? [] : listings.page(ctx.tx, filter, listingSort, limit),
    // Counting facets over a large category is the costly part: one count serves every reader for a while.
    search?.empty ? emptySummary() : sources.facetCache.get(cacheKey(filter, bounds.currency), () => summarise(ctx, filter, bounds.currency)),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const offset = listingSort.by === 'relevance' ? listingSort.offset + page.length : 0;

  return {
    products: await productCards(ctx, sources, page.map((r) => r.product_id), { locale, currency, zone, colours: filter.colours }),
    total: summary.total,
    facets: labelFacets(summary.facets, filter, reference, locale, await sources.supplierNames(ctx), sources.shopName, pricing, bounds.currency),
    next: rows.length > limit && last ? encodeCursor(sort, last.sort_value, last.product_id, offset) : null,
    sort,
    currency,
    approximate: !pricing.hasList,
    searchedFor: search ? search.understood : null,
  };
}

function cacheKey(filter: ListingFilter, priceCurrency: string): string {
  const { now: _now, ...rest } = filter;
  return JSON.stringify({ ...rest, priceCurrency });
}

type Summary = Awaited<ReturnType<BrowseSources['facetCache']['get']>>;

const emptySummary = (): Summary => ({ total: 0, facets: { designer: [], category: [], size: [], colour: [], seller: [], inStock: { count: 0 }, price: { min: null, max: null } } });

/** Total and facet counts: each facet counted over every chosen filter but its own. */
async function summarise(ctx: Ctx, filter: ListingFilter, priceCurrency: string): Promise<Summary> {
  const counts = async (facet: 'category' | 'designer' | 'size' | 'colour' | 'seller') =>
    [...(await listings.facetCounts(ctx.tx, filter, facet))].map(([value, count]) => ({ value, label: value, count, selected: false }));
  const total = await listings.count(ctx.tx, filter);
  const designer = await counts('designer');
  const category = await counts('category');
  const size = await counts('size');
  const colour = await counts('colour');
  const seller = await counts('seller');
  const inStock = { count: await listings.count(ctx.tx, { ...filter, inStock: true }) };
  const price = await listings.priceRange(ctx.tx, filter, priceCurrency);
  return { total, facets: { designer, category, size, colour, seller, inStock, price } };
}

function labelFacets(
  facets: Summary['facets'], filter: ListingFilter, reference: CatalogReference, locale: Locale,
  suppliers: ReadonlyMap<string, string>, shopName: string, pricing: CurrencyPricing, priceCurrency: string,
): Facets {
  const selected = (chosen: readonly string[] | undefined) => (value: string) => chosen?.includes(value) ?? false;
  const isDesigner = selected(filter.designerIds);
  const designer = facets.designer
    .flatMap((f) => {
      const d = reference.designers.get(f.value);
      return d ? [{ ...f, value: d.slug, label: designerName(d, locale), selected: isDesigner(d.id) }] : [];
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  // Categories one level below the chosen one (the top level without one), in the shop's order.
  const categoryCounts = new Map(facets.category.map((f) => [f.value, f.count]));
  const category = (reference.children.get(filter.categoryId ?? null) ?? [])
    .filter((c) => categoryCounts.has(c.id))
    .map((c) => ({ value: c.slug, label: categoryName(c, locale), count: categoryCounts.get(c.id)!, selected: false }));
  const isSize = selected(filter.sizes);
  const isColour = selected(filter.colours);
  const isSeller = selected(filter.sellers);
  const convert = (v: number | null) => (v === null || priceCurrency === pricing.currency ? v : Number(convertFromHkd(BigInt(v), pricing.perHkdMicros!, pricing.currency)));
  return {
    designer,
    category,
    size: facets.size.map((f) => ({ ...f, selected: isSize(f.value) })).sort((a, b) => compareSizes(a.value, b.value)),
    colour: facets.colour.map((f) => ({ ...f, selected: isColour(f.value) })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    seller: facets.seller
      .map((f) => ({ ...f, label: f.value === 'shop' ? shopName : (suppliers.get(f.value) ?? f.value), selected: isSeller(f.value) }))
      .sort((a, b) => (a.value === 'shop' ? -1 : b.value === 'shop' ? 1 : a.label.localeCompare(b.label))),
    inStock: facets.inStock,
    price: { min: convert(facets.price.min), max: convert(facets.price.max), currency: pricing.currency },
  };
}
