import { createHash } from 'node:crypto';
import type { Ctx } from '../../../kernel/context.ts';
import { hashToken, sameSecret } from '../../../kernel/auth/secrets.ts';
import { newId } from '../../../kernel/ids.ts';
import type { Zone } from '../../inventory/index.ts';
import { OrderErrors } from '../orders.errors.ts';
import { confirmationMail } from '../orders.mails.ts';
import type { BagOwner, OrdersDeps, PaymentNext } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';
import { orderNumber, sameTotal, zoneOfCountry } from '../orders.rules.ts';
import type { OrderLineRow, OrderRow } from '../orders.tables.ts';
import { checkMayOrder } from './may-order.ts';
import { reviewOf } from './review.ts';

export interface PlaceOrderInput {
  owner: BagOwner;
  /** The total the customer saw on the review step, in minor units of `currency`. */
  reviewedTotal: number;
  currency: string;
  locale: 'en' | 'zh-Hant' | 'zh-Hans';
  idempotencyKey?: string | undefined;
  /** Guests accept the agreement in force at checkout (ACC-1). */
  acceptedAgreementVersion?: string | undefined;
  network?: string | undefined;
}

export interface PlacedOrder {
  order: OrderRow;
  payment: PaymentNext;
  /** A guest's link to follow the order (ORD-5); only its hash is stored, so it is shown once. */
  guestLink: string | null;
  /** True when this request found the order already placed (a retry). */
  replayed: boolean;
}

/**
 * ORD-2: places the bag as an offer. Lock the bag; check who may order; price it again and
 * compare with what was reviewed; reserve stock line by line; record the order with snapshots;
 * redeem promotions; start the payment; queue the confirmation mail and the deadline job.
 * All in the caller's one transaction: any refusal leaves nothing behind.
 */
export async function placeOrder(ctx: Ctx, deps: OrdersDeps, input: PlaceOrderInput): Promise<PlacedOrder> {
  // A retried request (same key) answers with the order it placed, whatever happened since.
  if (input.idempotencyKey) {
    const earlier = await repo.byIdempotencyKey(ctx.tx, input.idempotencyKey);
    if (earlier) return replay(ctx, deps, earlier, input);
  }
  const found = await deps.cart.bagOf(ctx, input.owner);
  if (!found) throw OrderErrors.bag_not_found();
  // Why the lock: two tabs placing one bag must make one order; the second waits, then sees 'ordered'.
  const bag = await deps.cart.lockBag(ctx, found.id);
  if (!bag) throw OrderErrors.bag_not_found();
  if (bag.status === 'ordered') {
    const placed = await repo.byBag(ctx.tx, bag.id);
    if (placed) return replay(ctx, deps, placed, input);
  }
  if (bag.lines.length === 0) throw OrderErrors.bag_empty();

  const customerId = 'customerId' in input.owner ? input.owner.customerId : null;
  const agreementVersion = await checkMayOrder(ctx, deps, customerId, input.acceptedAgreementVersion);
  const details = await repo.draft(ctx.tx, bag.id);
  if (!details.email || !details.consignee || !details.paymentMethod) throw OrderErrors.details_missing({ detail: 'Contact, consignee and address, and a payment method are needed.' });
  const zone: Zone = zoneOfCountry(details.consignee.address.countryCode);

  const review = await reviewOf(ctx, deps, { bag, details, zone, currency: input.currency, locale: input.locale, customerId });
  if (review.quote.unavailable.length > 0 || review.lines.some((l) => !l.variant.onSale)) throw OrderErrors.line_unavailable();
  if (!sameTotal(input.reviewedTotal, review.quote.total)) {
    throw OrderErrors.price_changed({ detail: `The total is now ${review.quote.total} (${input.currency} minor units); you reviewed ${input.reviewedTotal}.` });
  }
  const methods = await deps.payments.methods(ctx, { zone, currency: input.currency, amount: review.quote.total });
  const method = methods.find((m) => m.method === details.paymentMethod);
  if (!method) throw OrderErrors.payment_method_unavailable();

  const now = ctx.clock.now();
  const orderId = newId('ord', now.getTime());
  const databaseNow = await repo.databaseNow(ctx.tx);
  const deadline = method.deadlineMinutes === null ? null : new Date(databaseNow.getTime() + method.deadlineMinutes * 60_000);
  const guestToken = 'guestToken' in input.owner ? guestOrderToken(input.owner.guestToken, orderId) : null;

  // Reserve each line where it ships soonest; a line that cannot be reserved fails the whole order.
  const lines: OrderLineRow[] = [];
  for (const [position, line] of review.lines.entries()) {
    const lineId = newId('oli', now.getTime());
    const reservation = await deps.inventory.reserveBest(ctx, { variantId: line.variantId, quantity: line.quantity, zone, reference: lineId }).catch((error: { code?: string }) => {
      throw error.code === 'inventory.insufficient_stock' ? OrderErrors.line_unavailable({ detail: `${line.variant.sku} is not available in that quantity.` }) : error;
    });
    const priced = review.quote.lines.find((q) => q.lineId === line.lineId)!;
    const { variant } = line;
    lines.push({
      id: lineId, order_id: orderId, position, variant_id: line.variantId, product_id: variant.productId,
      snapshot: { productSlug: variant.productSlug, kind: variant.kind, name: variant.name, designer: variant.designer, colour: variant.colour, size: variant.size, material: variant.material, sku: variant.sku, image: variant.image, seller: variant.seller },
      quantity: line.quantity, unit_price: BigInt(priced.unitPrice), discount: BigInt(priced.discount), total: BigInt(priced.total),
      delivery_estimate: reservation.delivery, location_id: reservation.delivery.locationId, reservation_id: reservation.reservationId,
      status: 'offer', contracted_at: null, cancelled_at: null, delivered_at: null, returned_at: null, exchange_for: null,
    });
  }

  const { quote } = review;
  const order: OrderRow = {
    id: orderId, number: orderNumber(now.getUTCFullYear(), await repo.nextNumber(ctx.tx)), customer_id: customerId,
    email: details.email, phone: details.phone ?? null, consignee: details.consignee, zone, currency: input.currency,
    subtotal: BigInt(quote.subtotal), discount_total: BigInt(quote.discountTotal), delivery_method: quote.delivery?.method ?? 'standard',
    delivery_amount: BigInt(quote.delivery?.amount ?? 0), duties_estimate: quote.duties ? BigInt(quote.duties.amount) : null, total: BigInt(quote.total),
    promotions: quote.promotions.filter((p) => p.applied), payment_method: method.method,
    payment_status: method.method === 'cod' ? 'not_required' : 'pending', payment_deadline_at: deadline, status: 'offer_received', cancel_reason: null,
    bag_id: bag.id, idempotency_key: input.idempotencyKey ?? null, guest_access_hash: guestToken ? hashToken(guestToken) : null,
    agreement_version: agreementVersion, placed_at: now, cancelled_at: null, locale: input.locale,
  };
  await repo.insertOrder(ctx.tx, order, lines);
  await repo.addEvent(ctx.tx, { id: newId('oev', now.getTime()), order_id: orderId, kind: 'offer_received', detail: { lines: lines.length, total: quote.total, currency: input.currency }, at: now });
  await deps.pricing.redeem(ctx, quote, { orderId, customerId });
  await deps.cart.markOrdered(ctx, bag.id, orderId);
  await repo.deleteDraft(ctx.tx, bag.id);

  const guestLink = guestToken ? guestLinkOf(deps, orderId, guestToken) : null;
  const payment = await deps.payments.start(ctx, {
    orderId, method: method.method, amount: quote.total, currency: input.currency, email: details.email, zone,
    returnUrl: `${deps.publicUrl}/checkout/complete/${orderId}${guestToken ? `?token=${guestToken}` : ''}`,
    risk: {
      customerId, ip: input.network ?? null, accountCreatedAt: customerId ? (await deps.customers.contactOf(ctx, customerId)).since : null,
      // No billing address is asked for; no geo database tells a network's country (both left unknown).
      billingCountry: null, shippingCountry: details.consignee.address.countryCode, networkCountry: null,
    },
  });
  await deps.mail.queueMail(ctx, confirmationMail(order, lines, { link: guestLink ?? `${deps.publicUrl}/account/orders/${orderId}`, locale: input.locale }));
  if (deadline) await ctx.jobs.send('orders.cancel_unpaid', { orderId }, { startAfter: deadline });
  return { order, payment: payment.next, guestLink, replayed: false };
}

/**
 * The order an earlier identical request placed, with the payment step and the guest's link
 * shown again: a retry after a lost answer must leave the customer where the first one would
 * have. A key reused by someone else is refused.
 */
async function replay(ctx: Ctx, deps: OrdersDeps, order: OrderRow, input: PlaceOrderInput): Promise<PlacedOrder> {
  const guestToken = 'guestToken' in input.owner ? guestOrderToken(input.owner.guestToken, order.id) : null;
  const sameOwner = 'customerId' in input.owner
    ? order.customer_id === input.owner.customerId
    : order.guest_access_hash !== null && sameSecret(hashToken(guestToken!), order.guest_access_hash);
  if (!sameOwner) throw OrderErrors.idempotency_key_reused();
  const payment = await deps.payments.nextStep(ctx, order.id);
  return { order, payment, guestLink: guestToken ? guestLinkOf(deps, order.id, guestToken) : null, replayed: true };
}

/**
 * A guest's key to one order, derived from the secret bag cookie that placed it: only that
 * browser can derive it again, and only its hash is stored.
 */
function guestOrderToken(bagToken: string, orderId: string): string {
  return createHash('sha256').update(`${bagToken}:order:${orderId}`).digest('base64url');
}

function guestLinkOf(deps: OrdersDeps, orderId: string, token: string): string {
  return `${deps.publicUrl}/orders/${orderId}?token=${token}`;
}
