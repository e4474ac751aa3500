import type { Ctx } from '../../../kernel/context.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import { listingsRepository as listings, type ListingRowInput } from '../catalog.listings.repository.ts';
import { categoryTrail, type CatalogReference } from '../catalog.reference.ts';
import { foldLatin, hanIndexTokens, latinWords } from '../catalog.search.ts';
import type { ProductRow, ProductTranslationRow, VariantRow } from '../catalog.tables.ts';

/** What the read model needs from the inventory and pricing modules. */
export interface ListingSources {
  reference(ctx: Ctx): Promise<CatalogReference>;
  availableUnits(ctx: Ctx, variantIds: readonly string[]): Promise<Map<string, { available: number }>>;
  listPrices(ctx: Ctx, variantIds: readonly string[]): Promise<{ variant_id: string; currency: string; amount: bigint }[]>;
}

const BATCH = 500;

/**
 * Rewrites the storefront's rows of these products from the catalogue, stock and prices, in the
 * caller's transaction: a listing never disagrees with the product page for longer than the
 * change that caused it takes to commit.
 */
export async function refreshListings(ctx: Ctx, sources: ListingSources, productIds: readonly string[]): Promise<void> {
  const unique = [...new Set(productIds)];
  for (let i = 0; i < unique.length; i += BATCH) await refreshBatch(ctx, sources, unique.slice(i, i + BATCH));
}

async function refreshBatch(ctx: Ctx, sources: ListingSources, productIds: string[]): Promise<void> {
  const [reference, products, translations, variants] = await Promise.all([
    sources.reference(ctx),
    repo.productsByIds(ctx.tx, productIds),
    repo.translations(ctx.tx, productIds, ['en', 'zh-Hant', 'zh-Hans']),
    repo.variantsOf(ctx.tx, productIds),
  ]);
  const variantIds = variants.map((v) => v.id);
  const [stock, prices] = await Promise.all([sources.availableUnits(ctx, variantIds), sources.listPrices(ctx, variantIds)]);
  const productOfVariant = new Map(variants.map((v) => [v.id, v.product_id]));

  const rows: ListingRowInput[] = products.map((product) => {
    const own = variants.filter((v) => v.product_id === product.id);
    return listingRow(product, translations.filter((t) => t.product_id === product.id), own, reference, own.some((v) => (stock.get(v.id)?.available ?? 0) > 0));
  });

  // The lowest price of each product in each list: what "from HK$…" shows and price filters use.
  const lowest = new Map<string, { product_id: string; currency: string; amount: bigint }>();
  for (const price of prices) {
    const productId = productOfVariant.get(price.variant_id)!;
    const key = `${productId}:${price.currency}`;
    const current = lowest.get(key);
    if (!current || price.amount < current.amount) lowest.set(key, { product_id: productId, currency: price.currency, amount: price.amount });
  }

  await listings.upsert(ctx.tx, rows, ctx.clock.now());
  await listings.replacePrices(ctx.tx, productIds, [...lowest.values()]);
  await listings.addSearchTerms(ctx.tx, [...new Set(rows.flatMap((r) => latinWords(`${r.text.names} ${r.text.namesSimple} ${r.text.categories}`)))]);
}

function listingRow(product: ProductRow, translations: ProductTranslationRow[], variants: VariantRow[], reference: CatalogReference, inStock: boolean): ListingRowInput {
  const designer = reference.designers.get(product.designer_id);
  const trail = categoryTrail(reference, product.category_id);
  const english = translations.find((t) => t.locale === 'en');
  const chinese = translations.filter((t) => t.locale !== 'en');
  const categoryNames = trail.flatMap((c) => c.names);
  const designerLocalNames = designer?.names.map((n) => n.local_name ?? '') ?? [];
  const hanText = [...chinese.map((t) => t.name), ...categoryNames.map((n) => n.name), ...designerLocalNames].join(' ');
  return {
    product_id: product.id,
    visible_from: product.status === 'published' ? (product.publish_at ?? product.created_at) : null,
    designer_id: product.designer_id,
    category_ids: trail.map((c) => c.id),
    seller: product.seller_supplier_id ?? 'shop',
    sizes: [...new Set(variants.map((v) => v.size).filter((s): s is string => s !== null))],
    colours: [...new Set(variants.map((v) => v.colour).filter((c): c is string => c !== null))],
    in_stock: inStock,
    popularity: product.popularity,
    // Latin text folded (lower case, no accents) as queries are, so "aurele" finds "Aurèle".
    text: {
      names: foldLatin(english?.name ?? ''),
      namesSimple: foldLatin(`${designer?.name ?? ''} ${designer?.slug.replaceAll('-', ' ') ?? ''}`),
      categories: foldLatin(categoryNames.filter((n) => n.locale === 'en').map((n) => n.name).join(' ')),
      han: hanIndexTokens(hanText).join(' '),
      details: foldLatin([english?.description, english?.composition, ...variants.flatMap((v) => [v.colour, v.material])].filter(Boolean).join(' ')),
    },
  };
}
