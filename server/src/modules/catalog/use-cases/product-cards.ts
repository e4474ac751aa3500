import type { Ctx } from '../../../kernel/context.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import { designerName, type CatalogReference } from '../catalog.reference.ts';
import type { Locale, MediaRow, ProductTranslationRow } from '../catalog.tables.ts';
import type { ProductCard } from '../catalog.schemas.ts';
import type { DeliveryEstimate, Zone } from '../../inventory/index.ts';
import type { Price } from '../../pricing/index.ts';

/** What cards and product pages read from the other modules, always fresh (CAT-1). */
export interface LiveSources {
  reference(ctx: Ctx): Promise<CatalogReference>;
  pricesFor(ctx: Ctx, variantIds: readonly string[], currency: string): Promise<Map<string, Price | null>>;
  deliveryEstimates(ctx: Ctx, variantIds: readonly string[], zone: Zone): Promise<Map<string, { available: number; delivery: DeliveryEstimate | null }>>;
  supplierNames(ctx: Ctx): Promise<Map<string, string>>;
  /** The shop's own name, shown as the seller of its own goods. */
  shopName: string;
}

export interface CardOptions {
  locale: Locale;
  currency: string;
  zone: Zone;
  /** Colours the visitor filtered on: a card then shows a picture in one of them. */
  colours?: readonly string[] | undefined;
}

/** Cards of these products in this order: name, designer, from-price, cover image, stock and delivery. */
export async function productCards(ctx: Ctx, sources: LiveSources, productIds: readonly string[], options: CardOptions): Promise<ProductCard[]> {
  if (productIds.length === 0) return [];
  const [reference, products, translations, variants, covers, suppliers] = await Promise.all([
    sources.reference(ctx),
    repo.productsByIds(ctx.tx, productIds),
    repo.translations(ctx.tx, productIds, [...new Set<Locale>(['en', options.locale])]),
    repo.variantsOf(ctx.tx, productIds),
    options.colours?.length ? repo.mediaOf(ctx.tx, productIds) : repo.coverImages(ctx.tx, productIds),
    sources.supplierNames(ctx),
  ]);
  const variantIds = variants.map((v) => v.id);
  const [prices, stock] = await Promise.all([
    sources.pricesFor(ctx, variantIds, options.currency),
    sources.deliveryEstimates(ctx, variantIds, options.zone),
  ]);
  const byId = new Map(products.map((p) => [p.id, p]));

  return productIds.flatMap((id) => {
    const product = byId.get(id);
    if (!product) return [];
    const ownVariants = variants.filter((v) => v.product_id === id);
    const designer = reference.designers.get(product.designer_id);
    const pictures = covers.filter((m) => m.product_id === id);
    const cover = pictures.find((m) => m.colour !== null && options.colours?.includes(m.colour)) ?? pictures[0];
    const name = translatedName(translations, id, options.locale);
    return [{
      id,
      slug: product.slug,
      name,
      designer: { slug: designer?.slug ?? '', name: designer ? designerName(designer, options.locale) : '' },
      price: lowestPrice(ownVariants.map((v) => prices.get(v.id) ?? null)),
      image: cover ? imageOf(cover, name) : null,
      inStock: ownVariants.some((v) => (stock.get(v.id)?.available ?? 0) > 0),
      delivery: soonest(ownVariants.map((v) => stock.get(v.id)?.delivery ?? null)),
      seller: sellerOf(product.seller_supplier_id, suppliers, sources.shopName),
      colours: [...new Set(ownVariants.map((v) => v.colour).filter((c): c is string => c !== null))],
    }];
  });
}

export function translatedName(translations: readonly ProductTranslationRow[], productId: string, locale: Locale): string {
  const own = translations.filter((t) => t.product_id === productId);
  return (own.find((t) => t.locale === locale) ?? own.find((t) => t.locale === 'en'))?.name ?? '';
}

export function lowestPrice(prices: readonly (Price | null)[]): Price | null {
  let lowest: Price | null = null;
  for (const p of prices) if (p && (!lowest || p.amount < lowest.amount)) lowest = p;
  return lowest;
}

export function soonest(estimates: readonly (DeliveryEstimate | null)[]) {
  let best: DeliveryEstimate | null = null;
  for (const e of estimates) if (e && (!best || e.daysMax < best.daysMax)) best = e;
  return best && { shipsFrom: best.shipsFrom, daysMin: best.daysMin, daysMax: best.daysMax, crossBorder: best.crossBorder };
}

export function sellerOf(supplierId: string | null, suppliers: ReadonlyMap<string, string>, shopName: string) {
  return supplierId
    ? { kind: 'supplier' as const, id: supplierId, name: suppliers.get(supplierId) ?? supplierId }
    : { kind: 'shop' as const, id: null, name: shopName };
}

/** Media are served by the shop at /media/<id>, immutable: a changed image is a new id. */
export function imageOf(media: MediaRow, fallbackAlt: string) {
  const extension = media.content_type === 'image/svg+xml' ? 'svg' : media.content_type.split('/')[1];
  return { url: `/media/${media.id}.${extension}`, width: media.width, height: media.height, alt: media.alt ?? fallbackAlt, colour: media.colour };
}
