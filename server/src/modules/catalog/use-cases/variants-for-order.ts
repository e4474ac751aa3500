import type { Ctx } from '../../../kernel/context.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import { categoryTrail, designerName } from '../catalog.reference.ts';
import type { Locale, ProductKind } from '../catalog.tables.ts';
import { imageOf, sellerOf, translatedName, type LiveSources } from './product-cards.ts';

/** What an order line records of its variant, and what promotions and delivery rates need. */
export interface VariantForOrder {
  variantId: string;
  productId: string;
  productSlug: string;
  /** A service is confirmed by staff rather than shipped (ORD-2). */
  kind: ProductKind;
  designerId: string;
  categoryIds: string[];
  weightGrams: number;
  sku: string;
  name: string;
  designer: string;
  colour: string | null;
  size: string | null;
  material: string | null;
  image: string | null;
  seller: { kind: 'shop' | 'supplier'; id: string | null; name: string };
  /** Published and past its publication time: only such variants can be bought. */
  onSale: boolean;
}

export async function variantsForOrder(ctx: Ctx, sources: LiveSources, variantIds: readonly string[], locale: Locale): Promise<Map<string, VariantForOrder>> {
  const variants = await repo.variantsByIds(ctx.tx, variantIds);
  const productIds = [...new Set(variants.map((v) => v.product_id))];
  const [reference, products, translations, media, suppliers] = await Promise.all([
    sources.reference(ctx),
    repo.productsByIds(ctx.tx, productIds),
    repo.translations(ctx.tx, productIds, [...new Set<Locale>(['en', locale])]),
    repo.mediaOf(ctx.tx, productIds),
    sources.supplierNames(ctx),
  ]);
  const now = ctx.clock.now();
  const result = new Map<string, VariantForOrder>();
  for (const v of variants) {
    const product = products.find((p) => p.id === v.product_id)!;
    const designer = reference.designers.get(product.designer_id);
    const name = translatedName(translations, product.id, locale);
    const picture = media.find((m) => m.product_id === product.id && m.colour === v.colour) ?? media.find((m) => m.product_id === product.id);
    const visibleFrom = product.status === 'published' ? (product.publish_at ?? product.created_at) : null;
    result.set(v.id, {
      variantId: v.id, productId: product.id, productSlug: product.slug, kind: product.kind, designerId: product.designer_id,
      categoryIds: categoryTrail(reference, product.category_id).map((c) => c.id), weightGrams: v.weight_grams, sku: v.sku,
      name, designer: designer ? designerName(designer, locale) : '', colour: v.colour, size: v.size, material: v.material,
      image: picture ? imageOf(picture, name).url : null, seller: sellerOf(product.seller_supplier_id, suppliers, sources.shopName),
      onSale: visibleFrom !== null && visibleFrom <= now,
    });
  }
  return result;
}
