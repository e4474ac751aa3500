import type { Zone } from '../inventory/index.ts';
import type { DeliveryMethod } from './pricing.tables.ts';

/** What checkout asks a price for: the bag's lines with what promotions and delivery need to know. */
export interface QuoteInput {
  /** A currency with a price list of its own; a converted currency is charged in HKD. */
  currency: string;
  lines: QuoteInputLine[];
  /** null: a guest. */
  customer: { id: string } | null;
  /** Codes the customer entered. */
  codes: string[];
  /** Destination; null until an address is chosen. */
  zone: Zone | null;
  deliveryMethod?: DeliveryMethod;
}

export interface QuoteInputLine {
  lineId: string;
  variantId: string;
  productId: string;
  designerId: string;
  categoryIds: string[];
  quantity: number;
  weightGrams: number;
  /** The goods cross a border to reach the zone: duties may be due on arrival. */
  crossBorder: boolean;
  /** A service is not delivered: it counts neither in the parcel's weight and value nor in duties. */
  service?: boolean;
}

/**
 * Why a promotion did not apply. `not_started` is added to the contract's list, so a promotion
 * announced ahead says so instead of looking expired.
 */
export type PromotionReason = 'minimum_not_met' | 'excluded' | 'expired' | 'not_started' | 'limit_reached' | 'not_eligible' | 'unknown_code';

export interface QuotedPromotion {
  /** Empty for a code the shop does not know. */
  promotionId: string;
  name: string;
  code: string | null;
  applied: boolean;
  /** What it takes off, in minor units of the quote's currency (the delivery fee for free delivery). */
  amount: number;
  reason: PromotionReason | null;
}

export interface QuoteLine {
  lineId: string;
  variantId: string;
  unitPrice: number;
  quantity: number;
  subtotal: number;
  discount: number;
  total: number;
}

/** A bag priced: every amount in integer minor units of `currency`. */
export interface Quote {
  currency: string;
  lines: QuoteLine[];
  subtotal: number;
  discountTotal: number;
  delivery: { method: string; amount: number; freeFrom: number | null; free: boolean } | null;
  /** Shown, not charged: the carrier collects duties and taxes on arrival. */
  duties: { amount: number; estimate: true; note: string } | null;
  /** subtotal − discounts + delivery. */
  total: number;
  promotions: QuotedPromotion[];
  unavailable: { lineId: string; variantId: string; reason: 'no_price' }[];
}
