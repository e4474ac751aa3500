import type { CatalogService } from '../catalog/index.ts';
import type { CatalogPort, PieceOnSale } from './cart.ports.ts';

type Catalog = Pick<CatalogService, 'variantsForOrder' | 'productCards' | 'productPage'>;

/**
 * The catalogue through its public surface. Variants come from the catalogue's order view (one
 * query per kind, publication checked); a whole product from its card, checked on sale through
 * its page (cached a few seconds), which answers "not found" for drafts and archived products.
 */
export function catalogPort(catalog: Catalog): CatalogPort {
  return {
    async variantsOnSale(ctx, variantIds, options) {
      const variants = await catalog.variantsForOrder(ctx, variantIds, options.locale);
      const found = new Map<string, PieceOnSale>();
      for (const v of variants.values()) {
        if (!v.onSale) continue;
        found.set(v.variantId, {
          productId: v.productId, slug: v.productSlug, name: v.name, designer: v.designer, image: v.image,
          variant: { id: v.variantId, sku: v.sku, colour: v.colour, size: v.size, material: v.material },
        });
      }
      return found;
    },

    async productsOnSale(ctx, productIds, options) {
      const cards = await catalog.productCards(ctx, productIds, options);
      const found = new Map<string, PieceOnSale>();
      for (const card of cards) {
        const onSale = await catalog.productPage(ctx, card.slug, options).then(() => true, (error: unknown) => {
          if ((error as { code?: string }).code === 'catalog.product_not_found') return false;
          throw error;
        });
        if (onSale) found.set(card.id, { productId: card.id, slug: card.slug, name: card.name, designer: card.designer.name, image: card.image?.url ?? null, variant: null });
      }
      return found;
    },
  };
}
