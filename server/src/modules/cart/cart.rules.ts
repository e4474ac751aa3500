import { CartErrors } from './cart.errors.ts';

/** A line holds 1 to 10 of a piece: enough for gifts, too few for resellers. */
export const MAX_LINE_QUANTITY = 10;
/** Different pieces one bag may hold. */
export const MAX_BAG_LINES = 50;
export const MAX_WISHLIST_ITEMS = 200;
export const MAX_CODES = 5;

/** Refuses 0, negatives, fractions and absurd quantities with one clear code. */
export function checkQuantity(quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
    throw CartErrors.quantity_out_of_range({ detail: `Choose a whole number from 1 to ${MAX_LINE_QUANTITY}; ${quantity} is not one.` });
  }
  return quantity;
}

/** Codes are compared without case or surrounding spaces: `welcome15 ` is `WELCOME15`. */
export function normaliseCode(code: string): string {
  const normal = code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9_-]{1,31}$/.test(normal)) throw CartErrors.code_invalid({ detail: 'Codes are 2 to 32 letters, digits, hyphens or underscores.' });
  return normal;
}

/** The key that makes a wish-list item unique per owner: the product, and the variant when one was chosen. */
export function wishlistKey(productId: string, variantId: string | null): string {
  return `${productId}:${variantId ?? ''}`;
}

export interface MergeableLine {
  variantId: string;
  quantity: number;
}

/**
 * Merging a guest bag into a customer's at sign-in: quantities of the same piece add up, capped
 * at the line limit; pieces only the guest bag holds are added while the bag has room.
 * Returns the quantity each variant should end with, for the lines that change.
 */
export function mergeQuantities(customer: readonly MergeableLine[], guest: readonly MergeableLine[]): Map<string, number> {
  const result = new Map<string, number>();
  const held = new Map(customer.map((l) => [l.variantId, l.quantity]));
  let lines = held.size;
  for (const line of guest) {
    const current = held.get(line.variantId);
    if (current !== undefined) {
      const merged = Math.min(MAX_LINE_QUANTITY, current + line.quantity);
      if (merged !== current) result.set(line.variantId, merged);
    } else if (lines < MAX_BAG_LINES) {
      result.set(line.variantId, Math.min(MAX_LINE_QUANTITY, line.quantity));
      lines++;
    }
  }
  return result;
}

/** CAT-1: the price the bag shows now against the one seen when adding, in the same currency only. */
export function priceChange(now: { amount: number; currency: string } | null, then: { amount: number; currency: string }) {
  if (!now || now.currency !== then.currency || now.amount === then.amount) return null;
  return { before: then.amount, now: now.amount, currency: now.currency, direction: now.amount > then.amount ? ('up' as const) : ('down' as const) };
}
