import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';
import type { Modules } from '../../modules.ts';
import { catalogLoad, LOAD_CHUNK } from '../../modules/catalog/catalog.load.ts';
import { LOGO_IMAGE, PRODUCT_IMAGE } from '../../modules/catalog/catalog.images.ts';
import type { NewMedia, NewVariant } from '../../modules/catalog/catalog.tables.ts';
import { categoryDrafts, designerDrafts, productDrafts, type ProductDraft } from './generate.ts';
import { LOCATIONS, transitTimes, type LocationKey, type SupplierKey } from './logistics.ts';
import { EXCHANGE_RATES, PRICE_LIST_CURRENCIES } from './prices.ts';
import { atelierDesigner, serviceDrafts } from './services.ts';
import { ensureDemoSuppliers } from './suppliers.ts';

export type CatalogueModules = Pick<Modules, 'access' | 'catalog' | 'inventory' | 'pricing'>;

/** The ids products are loaded against, looked up (or made) once per load. */
export interface LoadTargets {
  designers: ReadonlyMap<string, string>;
  categories: ReadonlyMap<string, string>;
  locations: ReadonlyMap<LocationKey, string>;
  suppliers: ReadonlyMap<SupplierKey, string>;
}

/** Products written per round of inserts: a few thousand rows of each table at a time. */
export const PRODUCT_BATCH = 500;

/**
 * Everything products hang on: price lists and exchange rates, suppliers, locations with their
 * handling times, the transit table, designers with logos, the category tree. Safe to run on a
 * catalogue that has them already: only what is missing is added.
 */
export async function prepareCatalogue(ctx: Ctx, modules: CatalogueModules): Promise<LoadTargets> {
  await modules.pricing.loadPriceLists(ctx, PRICE_LIST_CURRENCIES, EXCHANGE_RATES);
  const suppliers = await ensureDemoSuppliers(ctx, modules.access);
  const at = ctx.clock.now();
  const locations = LOCATIONS.filter((l) => !l.supplier || suppliers.has(l.supplier));
  await modules.inventory.loadReference(ctx, locations.map((l) => ({
    id: newId('loc'), code: l.code, name: l.name, origin: l.origin, supplier_id: l.supplier ? suppliers.get(l.supplier)! : null,
    handling_days_min: l.handling[0], handling_days_max: l.handling[1], active: true, created_at: at,
  })), transitTimes());
  // Codes are unique: a location loaded before keeps its id, so read them back.
  const byCode = new Map((await modules.inventory.listLocations(ctx)).map((l) => [l.code, l.id]));
  const locationIds = new Map(locations.map((l) => [l.key, byCode.get(l.code)!]));

  const known = await catalogLoad.referenceIds(ctx);
  const designers = new Map(known.designers);
  const newDesigners = [...designerDrafts(), atelierDesigner()].filter((d) => !designers.has(d.slug));
  const logos: NewMedia[] = [];
  await catalogLoad.loadDesigners(ctx, newDesigners.map((d) => {
    const id = newId('des');
    const logo = newId('med');
    designers.set(d.slug, id);
    logos.push({ id: logo, product_id: null, colour: null, position: 0, source: 'generated', file_name: null, recipe: d.logo, content_type: 'image/svg+xml', ...LOGO_IMAGE, alt: `${d.name} logo`, created_at: at });
    return { designer: { id, slug: d.slug, name: d.name, featured: d.featured, logo_media_id: logo, created_at: at, updated_at: at }, translations: d.translations };
  }));
  await catalogLoad.loadMedia(ctx, logos);

  const categories = new Map(known.categories);
  await catalogLoad.loadCategories(ctx, categoryDrafts().filter((c) => !categories.has(c.slug)).map((c) => {
    const id = newId('cat');
    categories.set(c.slug, id);
    return { category: { id, parent_id: c.parentSlug ? categories.get(c.parentSlug)! : null, slug: c.slug, position: c.position, created_at: at }, translations: c.translations };
  }));
  return { designers, categories, locations: locationIds, suppliers };
}

/**
 * Writes the products with their translations, variants, pictures, prices and stock; returns
 * their ids. Listings are not refreshed here: the caller does it once per batch.
 */
export async function loadProducts(ctx: Ctx, modules: CatalogueModules, targets: LoadTargets, drafts: readonly ProductDraft[]): Promise<string[]> {
  const at = ctx.clock.now();
  const variants: NewVariant[] = [];
  const media: NewMedia[] = [];
  const prices: { variant_id: string; currency: string; amount: bigint; compare_at_amount: bigint | null }[] = [];
  const levels: { variant_id: string; location_id: string; on_hand: number }[] = [];
  const products = drafts.map((draft) => {
    const id = newId('prd');
    // A supplier the database lacks: the shop sells the piece and keeps it in Hong Kong.
    const seller = draft.seller && targets.suppliers.has(draft.seller) ? targets.suppliers.get(draft.seller)! : null;
    const locationOf = (key: LocationKey) => targets.locations.get(key) ?? targets.locations.get('hk')!;
    draft.variants.forEach((v, position) => {
      const variantId = newId('var');
      variants.push({ id: variantId, product_id: id, sku: v.sku, gtin: v.gtin, colour: v.colour, size: v.size, material: v.material, weight_grams: v.weightGrams, position });
      for (const p of v.prices) prices.push({ variant_id: variantId, currency: p.currency, amount: p.amount, compare_at_amount: p.compareAt });
      for (const s of v.stock) levels.push({ variant_id: variantId, location_id: locationOf(s.location), on_hand: s.onHand });
    });
    draft.media.forEach((m, position) => media.push({
      id: newId('med'), product_id: id, colour: m.colour, position, source: 'generated', file_name: null, recipe: m.recipe,
      content_type: 'image/svg+xml', ...PRODUCT_IMAGE, alt: m.alt, created_at: at,
    }));
    return {
      product: {
        id, slug: draft.slug, designer_id: targets.designers.get(draft.designerSlug)!, category_id: targets.categories.get(draft.categorySlug)!,
        seller_supplier_id: seller, status: draft.status, publish_at: draft.publishAt, origin_country: draft.originCountry,
        size_guide: draft.sizeGuide, kind: draft.kind ?? 'goods', popularity: draft.popularity, created_at: draft.createdAt, updated_at: draft.createdAt,
      },
      translations: draft.translations,
    };
  });
  await catalogLoad.loadProducts(ctx, products);
  await catalogLoad.loadVariants(ctx, variants);
  await catalogLoad.loadMedia(ctx, media);
  for (let i = 0; i < prices.length; i += LOAD_CHUNK) await modules.pricing.loadPrices(ctx, prices.slice(i, i + LOAD_CHUNK));
  for (let i = 0; i < levels.length; i += LOAD_CHUNK) await modules.inventory.loadLevels(ctx, levels.slice(i, i + LOAD_CHUNK));
  return products.map((p) => p.product.id);
}

export interface CatalogueSummary {
  products: number;
  designers: number;
  categories: number;
}

/**
 * The demo shop's catalogue, in the caller's transaction: reference data, `products` products
 * numbered from `firstSerial`, and their storefront listings.
 */
export async function loadDemoCatalogue(ctx: Ctx, modules: CatalogueModules, options: { products: number; firstSerial?: number; seed?: number }): Promise<CatalogueSummary> {
  const targets = await prepareCatalogue(ctx, modules);
  let batch: ProductDraft[] = [];
  const flush = async () => {
    const ids = await loadProducts(ctx, modules, targets, batch);
    await modules.catalog.refreshListings(ctx, ids);
    batch = [];
  };
  for (const draft of productDrafts({ count: options.products, firstSerial: options.firstSerial ?? 1, seed: options.seed, now: ctx.clock.now() })) {
    batch.push(draft);
    if (batch.length === PRODUCT_BATCH) await flush();
  }
  if (batch.length) await flush();
  batch = serviceDrafts(ctx.clock.now());
  await flush();
  // A supplier made above must show by name at once, not after the cache's few seconds.
  modules.catalog.forgetCaches();
  return { products: options.products, designers: targets.designers.size, categories: targets.categories.size };
}
