import type { Ctx } from '../../../kernel/context.ts';
import { CatalogErrors } from '../catalog.errors.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import { categoryName, categoryTrail, designerName } from '../catalog.reference.ts';
import type { ProductDetail } from '../catalog.schemas.ts';
import type { Locale } from '../catalog.tables.ts';
import { imageOf, productCards, sellerOf, soonest, type CardOptions, type LiveSources } from './product-cards.ts';

const RELATED = 8;

/**
 * A product page: every variant with its own price, stock and delivery window (CAT-4), who sells
 * and ships it (CAT-3), the gallery per colour, and related goods. Only products on sale show;
 * a draft, an archived or a not-yet-published product is "not found" to customers.
 */
export async function productPage(ctx: Ctx, sources: LiveSources, slug: string, options: CardOptions): Promise<ProductDetail> {
  const product = await repo.productBySlug(ctx.tx, slug);
  const now = ctx.clock.now();
  const visibleFrom = product?.status === 'published' ? (product.publish_at ?? product.created_at) : null;
  if (!product || !visibleFrom || visibleFrom > now) throw CatalogErrors.product_not_found();

  const locales = [...new Set<Locale>(['en', options.locale])];
  const [reference, translations, variants, media, suppliers, relatedIds] = await Promise.all([
    sources.reference(ctx),
    repo.translations(ctx.tx, [product.id], locales),
    repo.variantsOf(ctx.tx, [product.id]),
    repo.mediaOf(ctx.tx, [product.id]),
    sources.supplierNames(ctx),
    repo.relatedProductIds(ctx.tx, product, now, RELATED),
  ]);
  const variantIds = variants.map((v) => v.id);
  const [prices, stock, related] = await Promise.all([
    sources.pricesFor(ctx, variantIds, options.currency),
    sources.deliveryEstimates(ctx, variantIds, options.zone),
    productCards(ctx, sources, relatedIds, options),
  ]);

  const text = translations.find((t) => t.locale === options.locale) ?? translations.find((t) => t.locale === 'en')!;
  const english = translations.find((t) => t.locale === 'en')!;
  const designer = reference.designers.get(product.designer_id)!;
  const trail = categoryTrail(reference, product.category_id).map((c) => ({ slug: c.slug, name: categoryName(c, options.locale) }));
  const designerLabel = designerName(designer, options.locale);

  return {
    id: product.id,
    slug: product.slug,
    name: text.name,
    description: text.description || english.description,
    composition: text.composition ?? english.composition,
    care: text.care ?? english.care,
    originCountry: product.origin_country,
    sizeGuide: product.size_guide,
    kind: product.kind,
    designer: { slug: designer.slug, name: designerLabel },
    category: { ...trail.at(-1)!, trail },
    seller: sellerOf(product.seller_supplier_id, suppliers, sources.shopName),
    variants: variants.map((v) => ({
      id: v.id, sku: v.sku, gtin: v.gtin, colour: v.colour, size: v.size, material: v.material,
      price: prices.get(v.id) ?? null,
      available: stock.get(v.id)?.available ?? 0,
      delivery: soonest([stock.get(v.id)?.delivery ?? null]),
    })),
    images: media.map((m) => imageOf(m, `${designerLabel} — ${text.name}`)),
    related,
    seo: {
      title: text.seo_title ?? `${designerLabel} ${text.name}`,
      description: text.seo_description ?? (text.description || english.description).slice(0, 160),
    },
  };
}
