import { hashToken, newSecretToken } from '../../../kernel/auth/secrets.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { cartRepository as repo } from '../cart.repository.ts';
import { mergeQuantities } from '../cart.rules.ts';
import type { BagRow } from '../cart.tables.ts';

/** Who is asking: the signed-in customer, and the guest bag cookie the browser holds, if any. */
export interface Visitor {
  customerId: string | null;
  guestToken: string | null;
}

/** What the route must do with the guest bag cookie: set a new token, clear it, or leave it. */
export type GuestCookie = { set: string } | 'clear' | null;

export interface OpenedBag {
  bag: BagRow | undefined;
  cookie: GuestCookie;
}

/**
 * Finds the visitor's active bag, creating it when `create` is set, locked for the rest of the
 * use case when found for a change. A signed-in customer who still holds a guest bag cookie has
 * the guest bag merged into theirs here, whichever bag route they call first.
 */
export async function openBag(ctx: Ctx, visitor: Visitor, create: boolean): Promise<OpenedBag> {
  if (visitor.customerId) return openCustomerBag(ctx, visitor.customerId, visitor.guestToken, create);
  const guest = visitor.guestToken ? await repo.bagByGuestToken(ctx.tx, hashToken(visitor.guestToken), true) : undefined;
  if (guest?.status === 'active') return { bag: guest, cookie: null };
  if (!create) return { bag: undefined, cookie: visitor.guestToken && !guest ? 'clear' : null };
  // A first add, or the guest's previous bag became an order: a new bag with a new token.
  const token = newSecretToken();
  const bag = await repo.insertGuestBag(ctx.tx, { id: newId('bag', ctx.clock.now().getTime()), tokenHash: hashToken(token), at: ctx.clock.now() });
  return { bag, cookie: { set: token } };
}

async function openCustomerBag(ctx: Ctx, customerId: string, guestToken: string | null, create: boolean): Promise<OpenedBag> {
  const guest = guestToken ? await repo.bagByGuestToken(ctx.tx, hashToken(guestToken), true) : undefined;
  const mergeable = guest?.status === 'active' && guest.customer_id === null;
  let bag = await repo.activeBagOfCustomer(ctx.tx, customerId, true);
  if (!bag && (create || mergeable)) bag = await repo.ensureCustomerBag(ctx.tx, { id: newId('bag', ctx.clock.now().getTime()), customerId, at: ctx.clock.now() });
  if (mergeable) await mergeGuestBag(ctx, guest, bag!, customerId);
  // Whatever the guest cookie pointed to, it has no further use once the customer is signed in.
  return { bag, cookie: guestToken ? 'clear' : null };
}

/** Moves the guest's lines (quantities added, capped), codes and wish list into the customer's bag. */
async function mergeGuestBag(ctx: Ctx, guest: BagRow, into: BagRow, customerId: string): Promise<void> {
  const at = ctx.clock.now();
  const [customerLines, guestLines] = await Promise.all([repo.linesOf(ctx.tx, into.id), repo.linesOf(ctx.tx, guest.id)]);
  const target = mergeQuantities(
    customerLines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
    guestLines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
  );
  for (const [variantId, quantity] of target) {
    const existing = customerLines.find((l) => l.variant_id === variantId);
    if (existing) {
      await repo.updateLine(ctx.tx, into.id, existing.id, { quantity, at });
      continue;
    }
    const from = guestLines.find((l) => l.variant_id === variantId)!;
    await repo.insertLine(ctx.tx, {
      id: newId('bln', at.getTime()), bag_id: into.id, variant_id: variantId, quantity,
      price_at_add: from.price_at_add, currency_at_add: from.currency_at_add, available_at_add: from.available_at_add, added_at: from.added_at, updated_at: at,
    });
  }
  const codes = [...new Set([...into.codes, ...guest.codes])];
  if (codes.length !== into.codes.length) await repo.setCodes(ctx.tx, into.id, codes, at);
  await repo.moveWishlistToCustomer(ctx.tx, guest.id, customerId);
  await repo.markMerged(ctx.tx, guest.id, into.id, at);
}

/**
 * Pieces in the visitor's bag, for the header, without changing anything: a guest bag still
 * waiting to be merged counts as the merge will make it.
 */
export async function countPieces(ctx: Ctx, visitor: Visitor): Promise<number> {
  const guest = visitor.guestToken ? await repo.bagByGuestToken(ctx.tx, hashToken(visitor.guestToken), false) : undefined;
  const guestLines = guest?.status === 'active' && (!visitor.customerId || guest.customer_id === null) ? await repo.linesOf(ctx.tx, guest.id) : [];
  if (!visitor.customerId) return guestLines.reduce((sum, l) => sum + l.quantity, 0);
  const bag = await repo.activeBagOfCustomer(ctx.tx, visitor.customerId, false);
  const own = bag ? await repo.linesOf(ctx.tx, bag.id) : [];
  const quantities = new Map(own.map((l) => [l.variant_id, l.quantity]));
  const merged = mergeQuantities(own.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })), guestLines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })));
  for (const [variantId, quantity] of merged) quantities.set(variantId, quantity);
  return [...quantities.values()].reduce((sum, q) => sum + q, 0);
}
