import type { Ctx } from '../../kernel/context.ts';
import { TtlCache } from '../../kernel/ttl-cache.ts';
import type { DeliveryEstimate, InventoryService, Zone } from '../inventory/index.ts';
import type { PricingService } from '../pricing/index.ts';
import { catalogRepository as repo } from './catalog.repository.ts';
import { referenceCache } from './catalog.reference.ts';
import type { ListingQuery } from './catalog.schemas.ts';
import type { Locale, MediaRow } from './catalog.tables.ts';
import { browse, type BrowseSources } from './use-cases/browse.ts';
import { categoryTree, designerDirectory, designerProfile, suggest } from './use-cases/discover.ts';
import { productCards, type CardOptions } from './use-cases/product-cards.ts';
import { productPage } from './use-cases/product-page.ts';
import { refreshListings } from './use-cases/refresh-listings.ts';
import { variantsForOrder } from './use-cases/variants-for-order.ts';

export interface CatalogDeps {
  inventory: Pick<InventoryService, 'stockOf' | 'deliveryEstimates'>;
  pricing: Pick<PricingService, 'pricesFor' | 'listPrices' | 'currencyPricing' | 'filterBounds'>;
  /** Names of supplier organisations, by id (the access module owns them). */
  supplierNames(ctx: Ctx): Promise<Map<string, string>>;
  shopName: string;
  /** Where uploaded images are kept. */
  mediaDir: string;
  /**
   * How long designers, categories and facet counts may be served from memory. CAT-1 allows a
   * few seconds; prices and stock on a page are never cached.
   */
  cacheTtlMs: number;
  /** Facet counts and totals, and the directories' product counts: reused this long, then recounted. */
  facetCacheTtlMs: number;
}

export function createCatalogService(deps: CatalogDeps) {
  const reference = referenceCache(deps.cacheTtlMs);
  const facetCache: BrowseSources['facetCache'] = new TtlCache(deps.facetCacheTtlMs, 2_000);
  const supplierNames = new TtlCache<Map<string, string>>(deps.cacheTtlMs, 1);
  // Whole answers for a few seconds: a popular listing or product page is read thousands of times
  // between two changes. A change made in this process drops them at once (refreshListings).
  const listingAnswers = new TtlCache<Awaited<ReturnType<typeof browse>>>(deps.cacheTtlMs, 5_000);
  const productAnswers = new TtlCache<Awaited<ReturnType<typeof productPage>>>(deps.cacheTtlMs, 5_000);
  // The directories carry product counts over the whole catalogue, as costly as facets: counted as seldom.
  const designerAnswers = new TtlCache<Awaited<ReturnType<typeof designerDirectory>>>(deps.facetCacheTtlMs, 10);
  const categoryAnswers = new TtlCache<Awaited<ReturnType<typeof categoryTree>>>(deps.facetCacheTtlMs, 10);

  const designers = (ctx: Ctx, locale: Locale) => designerAnswers.get(locale, async () => designerDirectory(ctx, await reference.get(ctx), locale));

  const sources: BrowseSources = {
    reference: (ctx) => reference.get(ctx),
    pricesFor: (ctx, ids, currency) => deps.pricing.pricesFor(ctx, ids, currency),
    deliveryEstimates: (ctx, ids, zone: Zone) => deps.inventory.deliveryEstimates(ctx, ids, zone) as Promise<Map<string, { available: number; delivery: DeliveryEstimate | null }>>,
    supplierNames: (ctx) => supplierNames.get('all', () => deps.supplierNames(ctx)),
    shopName: deps.shopName,
    currencyPricing: (ctx, currency) => deps.pricing.currencyPricing(ctx, currency),
    filterBounds: (ctx, currency, min, max) => deps.pricing.filterBounds(ctx, currency, min, max),
    facetCache,
  };

  return {
    mediaDir: deps.mediaDir,
    browse: (ctx: Ctx, query: ListingQuery) => listingAnswers.get(JSON.stringify(query), () => browse(ctx, sources, query)),
    productPage: (ctx: Ctx, slug: string, options: CardOptions) =>
      productAnswers.get(JSON.stringify([slug, options.locale, options.currency, options.zone]), () => productPage(ctx, sources, slug, options)),
    productCards: (ctx: Ctx, productIds: readonly string[], options: CardOptions) => productCards(ctx, sources, productIds, options),
    variantsForOrder: (ctx: Ctx, variantIds: readonly string[], locale: Locale) => variantsForOrder(ctx, sources, variantIds, locale),
    suggest: async (ctx: Ctx, q: string, locale: Locale) => suggest(ctx, await reference.get(ctx), q, locale),
    designers: (ctx: Ctx, locale: Locale) => designers(ctx, locale),
    designer: async (ctx: Ctx, slug: string, locale: Locale) => designerProfile(await reference.get(ctx), slug, locale, () => designers(ctx, locale)),
    categories: (ctx: Ctx, locale: Locale) => categoryAnswers.get(locale, async () => categoryTree(ctx, await reference.get(ctx), locale)),
    media: (ctx: Ctx, id: string): Promise<MediaRow | undefined> => repo.mediaById(ctx.tx, id),
    visibleSlugs: (ctx: Ctx, afterSlug: string | null, limit: number) => repo.visibleSlugs(ctx.tx, ctx.clock.now(), afterSlug, limit),

    /**
     * Rebuilds the storefront rows of these products in the caller's transaction. Every change
     * to a product, its prices or its stock ends here; this process's caches are dropped too.
     */
    async refreshListings(ctx: Ctx, productIds: readonly string[]): Promise<void> {
      reference.forget();
      await refreshListings(ctx, {
        reference: (c) => reference.get(c),
        availableUnits: (c, ids) => deps.inventory.stockOf(c, ids),
        listPrices: (c, ids) => deps.pricing.listPrices(c, ids),
      }, productIds);
      facetCache.clear();
      designerAnswers.clear();
      categoryAnswers.clear();
      listingAnswers.clear();
      productAnswers.clear();
    },

    /** The products of these variants, for the stock and price modules' change notices. */
    async productsOfVariants(ctx: Ctx, variantIds: readonly string[]): Promise<string[]> {
      return repo.productIdsOfVariants(ctx.tx, variantIds);
    },

    /** Drops this process's cached designers, categories and counts (after staff edit them). */
    forgetCaches(): void {
      reference.forget();
      facetCache.clear();
      supplierNames.clear();
      designerAnswers.clear();
      categoryAnswers.clear();
      listingAnswers.clear();
      productAnswers.clear();
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
