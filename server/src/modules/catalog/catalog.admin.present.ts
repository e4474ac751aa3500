import type { Static } from 'typebox';
import type { Ctx } from '../../kernel/context.ts';
import type { CatalogAdminDeps } from './catalog.admin.ports.ts';
import type { AdminCategory, AdminDesigner, AdminMedia, AdminProduct, AdminVariant, ProductText } from './catalog.admin.schemas.ts';
import { catalogRepository as repo, type DesignerWithNames } from './catalog.repository.ts';
import type { CategoryRow, CategoryTranslationsTable, Locale, MediaRow, ProductRow, ProductTranslationRow, VariantRow } from './catalog.tables.ts';
import { imageOf } from './use-cases/product-cards.ts';

/** How the backstage shows catalogue rows: camelCase, ISO times, texts keyed by locale. */

type Localised<T> = { en: T; 'zh-Hant'?: T; 'zh-Hans'?: T };

function byLocale<R extends { locale: Locale }, T>(rows: readonly R[], present: (row: R) => T): Localised<T> {
  const result: Partial<Localised<T>> = {};
  for (const row of rows) result[row.locale] = present(row);
  // Every product, designer and category is created with English; an empty one marks a data error.
  return { ...result, en: result.en ?? present({ ...rows[0]!, locale: 'en' }) } as Localised<T>;
}

export function productText(row: ProductTranslationRow): ProductText {
  return {
    name: row.name, description: row.description, composition: row.composition, care: row.care, seoTitle: row.seo_title, seoDescription: row.seo_description,
  };
}

/** On sale now: published, and its publication time (or creation, when never scheduled) has come. */
export function onSale(product: ProductRow, now: Date): boolean {
  return product.status === 'published' && (product.publish_at ?? product.created_at) <= now;
}

export function presentMedia(row: MediaRow): Static<typeof AdminMedia> {
  return {
    id: row.id, url: imageOf(row, '').url, contentType: row.content_type, width: row.width, height: row.height,
    colour: row.colour, alt: row.alt, position: row.position, source: row.source,
  };
}

/** Variants with their list prices and their stock at every location that has a level. */
export async function presentVariants(ctx: Ctx, deps: CatalogAdminDeps, variants: readonly VariantRow[]): Promise<Static<typeof AdminVariant>[]> {
  const ids = variants.map((v) => v.id);
  const [prices, levels, locations] = await Promise.all([deps.pricing.listPrices(ctx, ids), deps.inventory.levelsOf(ctx, ids), deps.inventory.listLocations(ctx)]);
  const codes = new Map(locations.map((l) => [l.id, l.code]));
  return variants.map((v) => ({
    id: v.id, productId: v.product_id, sku: v.sku, gtin: v.gtin, colour: v.colour, size: v.size, material: v.material, weightGrams: v.weight_grams, position: v.position,
    prices: prices.filter((p) => p.variant_id === v.id).sort((a, b) => a.currency.localeCompare(b.currency))
      .map((p) => ({ currency: p.currency, amount: Number(p.amount), compareAt: p.compare_at_amount === null ? null : Number(p.compare_at_amount) })),
    stock: levels.filter((l) => l.variant_id === v.id).sort((a, b) => (codes.get(a.location_id) ?? '').localeCompare(codes.get(b.location_id) ?? ''))
      .map((l) => ({ locationId: l.location_id, locationCode: codes.get(l.location_id) ?? l.location_id, onHand: l.on_hand, reserved: l.reserved, available: Math.max(0, l.on_hand - l.reserved) })),
  }));
}

/** Everything staff edit on one product. */
export async function presentProduct(ctx: Ctx, deps: CatalogAdminDeps, product: ProductRow): Promise<Static<typeof AdminProduct>> {
  const [translations, variants, media] = await Promise.all([
    repo.translations(ctx.tx, [product.id], ['en', 'zh-Hant', 'zh-Hans']),
    repo.variantsOf(ctx.tx, [product.id]),
    repo.mediaOf(ctx.tx, [product.id]),
  ]);
  return {
    id: product.id,
    slug: product.slug,
    status: product.status,
    publishAt: product.publish_at?.toISOString() ?? null,
    onSale: onSale(product, ctx.clock.now()),
    designerId: product.designer_id,
    categoryId: product.category_id,
    sellerSupplierId: product.seller_supplier_id,
    originCountry: product.origin_country,
    sizeGuide: product.size_guide,
    kind: product.kind,
    createdAt: product.created_at.toISOString(),
    updatedAt: product.updated_at.toISOString(),
    translations: byLocale(translations, productText),
    variants: await presentVariants(ctx, deps, variants),
    media: media.map(presentMedia),
  };
}

export function presentDesigner(designer: DesignerWithNames): Static<typeof AdminDesigner> {
  return {
    id: designer.id, slug: designer.slug, name: designer.name, featured: designer.featured, updatedAt: designer.updated_at.toISOString(),
    translations: byLocale(designer.names.map((n) => ({ ...n })), (n) => ({ localName: n.local_name, story: n.story })),
  };
}

export function presentCategory(category: CategoryRow, texts: readonly CategoryTranslationsTable[]): Static<typeof AdminCategory> {
  return {
    id: category.id, slug: category.slug, parentId: category.parent_id, position: category.position,
    translations: byLocale(texts.filter((t) => t.category_id === category.id), (t) => ({ name: t.name, description: t.description })),
  };
}
