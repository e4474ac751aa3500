import type { Ctx } from '../../../kernel/context.ts';
import { OrderErrors } from '../orders.errors.ts';
import type { BagOwner, OrdersDeps } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';
import { zoneOfCountry } from '../orders.rules.ts';
import type { CheckoutDetails, Consignee } from '../orders.tables.ts';
import { reviewOf } from './review.ts';

/**
 * The checkout steps (contact, consignee and address, delivery, payment method) save into a
 * draft of the bag; every answer is the review as it stands (ORD-1), with what is still missing.
 */
export async function saveCheckoutDetails(ctx: Ctx, deps: OrdersDeps, owner: BagOwner, changes: CheckoutDetails, view: ReviewView) {
  const bagId = await bagIdOf(ctx, deps, owner);
  const details = { ...(await repo.draft(ctx.tx, bagId)), ...changes, ...(changes.consignee && { consignee: consigneeOnly(changes.consignee) }) };
  await repo.saveDraft(ctx.tx, bagId, details, ctx.clock.now());
  return checkoutReview(ctx, deps, owner, view);
}

/** ORD-4: a consignee's own e-mail is kept only for someone else; the customer's news go to the contact e-mail. */
function consigneeOnly(consignee: Consignee): Consignee {
  const { email, ...rest } = consignee;
  return !consignee.isCustomer && email ? { ...rest, email: email.trim() } : rest;
}

const DELIVERY_METHODS = ['standard', 'express'] as const;

export interface ReviewView {
  currency: string;
  locale: 'en' | 'zh-Hant' | 'zh-Hans';
}

export async function checkoutReview(ctx: Ctx, deps: OrdersDeps, owner: BagOwner, view: ReviewView) {
  const bagId = await bagIdOf(ctx, deps, owner);
  const bag = (await deps.cart.lockBag(ctx, bagId))!;
  const details = await repo.draft(ctx.tx, bagId);
  const customerId = 'customerId' in owner ? owner.customerId : null;
  const zone = details.consignee ? zoneOfCountry(details.consignee.address.countryCode) : null;
  const review = await reviewOf(ctx, deps, { bag, details, zone, currency: view.currency, locale: view.locale, customerId });
  const methods = zone ? await deps.payments.methods(ctx, { zone, currency: view.currency, amount: review.quote.total }) : [];
  // Each method priced for this bag, so the delivery step shows both before one is chosen.
  const deliveryOptions = zone
    ? (await Promise.all(DELIVERY_METHODS.map(async (method) => (method === review.quote.delivery?.method ? review.quote : await review.quoteWith(method)).delivery))).filter((d) => d !== null)
    : [];
  const missing = [!details.email && 'contact', !details.consignee && 'consignee', !details.paymentMethod && 'payment'].filter((m): m is string => Boolean(m));
  return {
    details, zone, missing, deliveryOptions, paymentMethods: methods, agreementVersion: customerId ? null : ((await deps.agreementInForce(ctx)) ?? null),
    lines: review.lines.map((l) => {
      const priced = review.quote.lines.find((q) => q.lineId === l.lineId);
      return {
        lineId: l.lineId, variantId: l.variantId, quantity: l.quantity, name: l.variant.name, designer: l.variant.designer, sku: l.variant.sku,
        colour: l.variant.colour, size: l.variant.size, material: l.variant.material, image: l.variant.image, seller: l.variant.seller,
        unitPrice: priced?.unitPrice ?? null, discount: priced?.discount ?? 0, total: priced?.total ?? null,
      };
    }),
    quote: review.quote,
  };
}

async function bagIdOf(ctx: Ctx, deps: OrdersDeps, owner: BagOwner): Promise<string> {
  const bag = await deps.cart.bagOf(ctx, owner);
  if (!bag) throw OrderErrors.bag_not_found();
  return bag.id;
}
