import type { Ctx } from '../../../kernel/context.ts';
import type { VariantForOrder } from '../../catalog/index.ts';
import type { Zone } from '../../inventory/index.ts';
import type { BagForCheckout, OrdersDeps, Quote } from '../orders.ports.ts';
import type { CheckoutDetails } from '../orders.tables.ts';

export interface ReviewLine {
  lineId: string;
  variantId: string;
  quantity: number;
  variant: VariantForOrder;
}

export interface Review {
  lines: ReviewLine[];
  quote: Quote;
  /** The same bag priced with another delivery method, for the delivery step's choices. */
  quoteWith(deliveryMethod: 'standard' | 'express'): Promise<Quote>;
}

/**
 * ORD-1: the bag priced for its destination, with what each line is (name, designer, colour,
 * size, material), as the review step shows it and as placing the order checks it again.
 */
export async function reviewOf(
  ctx: Ctx, deps: OrdersDeps,
  input: { bag: BagForCheckout; details: CheckoutDetails; zone: Zone | null; currency: string; locale: 'en' | 'zh-Hant' | 'zh-Hans'; customerId: string | null },
): Promise<Review> {
  const variantIds = input.bag.lines.map((l) => l.variantId);
  const [variants, estimates] = await Promise.all([
    deps.catalog.variantsForOrder(ctx, variantIds, input.locale),
    input.zone ? deps.inventory.deliveryEstimates(ctx, variantIds, input.zone) : Promise.resolve(new Map()),
  ]);
  const lines = input.bag.lines.flatMap((l) => {
    const variant = variants.get(l.variantId);
    return variant ? [{ lineId: l.id, variantId: l.variantId, quantity: l.quantity, variant }] : [];
  });
  const quoteInput = {
    currency: input.currency,
    lines: lines.map((l) => ({
      lineId: l.lineId, variantId: l.variantId, productId: l.variant.productId, designerId: l.variant.designerId, categoryIds: l.variant.categoryIds,
      quantity: l.quantity, weightGrams: l.variant.weightGrams, crossBorder: estimates.get(l.variantId)?.delivery?.crossBorder ?? false, service: l.variant.kind === 'service',
    })),
    customer: input.customerId ? { id: input.customerId } : null,
    codes: input.bag.codes,
    zone: input.zone,
  };
  const quote = await deps.pricing.quote(ctx, { ...quoteInput, deliveryMethod: input.details.deliveryMethod });
  return { lines, quote, quoteWith: (deliveryMethod) => deps.pricing.quote(ctx, { ...quoteInput, deliveryMethod }) };
}
