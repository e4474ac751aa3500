import type { CatalogService } from '../catalog/index.ts';
import type { InventoryService } from '../inventory/index.ts';
import type { PricingService } from '../pricing/index.ts';
import { BASE_CURRENCY } from '../pricing/index.ts';
import type { QuotePort } from './cart.ports.ts';

interface QuoteSources {
  catalog: Pick<CatalogService, 'variantsForOrder'>;
  inventory: Pick<InventoryService, 'deliveryEstimates'>;
  pricing: Pick<PricingService, 'quote' | 'currencyPricing'>;
}

/**
 * The bag priced by the pricing module for the visitor's zone: promotions applied and not (with
 * reasons), delivery and a duties estimate. A currency shown converted is charged in HKD, so the
 * quote is in HKD then; lines no longer on sale are left out, as checkout leaves them out.
 */
export function bagQuoter(sources: QuoteSources): QuotePort {
  return async (ctx, bag, options) => {
    if (bag.lines.length === 0) return null;
    const variantIds = bag.lines.map((l) => l.variantId);
    const [variants, estimates, pricing] = await Promise.all([
      sources.catalog.variantsForOrder(ctx, variantIds, options.locale),
      sources.inventory.deliveryEstimates(ctx, variantIds, options.zone),
      sources.pricing.currencyPricing(ctx, options.currency),
    ]);
    const lines = bag.lines.flatMap((line) => {
      const v = variants.get(line.variantId);
      if (!v?.onSale) return [];
      return [{
        lineId: line.lineId, variantId: line.variantId, productId: v.productId, designerId: v.designerId, categoryIds: v.categoryIds,
        quantity: line.quantity, weightGrams: v.weightGrams, crossBorder: estimates.get(line.variantId)?.delivery?.crossBorder ?? false,
      }];
    });
    if (lines.length === 0) return null;
    return sources.pricing.quote(ctx, {
      currency: pricing.hasList ? options.currency : BASE_CURRENCY,
      lines,
      customer: bag.customerId ? { id: bag.customerId } : null,
      codes: [...bag.codes],
      zone: options.zone,
    });
  };
}
