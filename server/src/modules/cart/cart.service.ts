import type { Ctx } from '../../kernel/context.ts';
import { hashToken } from '../../kernel/auth/secrets.ts';
import { newId } from '../../kernel/ids.ts';
import { CartErrors } from './cart.errors.ts';
import type { ShowOptions } from './cart.ports.ts';
import { cartRepository as repo } from './cart.repository.ts';
import { checkQuantity, MAX_BAG_LINES, MAX_CODES, MAX_LINE_QUANTITY, normaliseCode } from './cart.rules.ts';
import type { BagRow, BagStatus } from './cart.tables.ts';
import { presentBag, type BagView, type BagViewSources } from './use-cases/bag-view.ts';
import { countPieces, openBag, type GuestCookie, type Visitor } from './use-cases/open-bag.ts';
import { wishList } from './use-cases/wish-list.ts';

export type CartDeps = BagViewSources;

/** A bag use case's answer, and what to do with the guest bag cookie. */
export interface Visited<T> {
  result: T;
  cookie: GuestCookie;
}

/** The bag as checkout locks and places it (the owner's contract). */
export interface BagForCheckout {
  id: string;
  customerId: string | null;
  status: BagStatus;
  codes: string[];
  lines: { id: string; variantId: string; quantity: number }[];
}

/**
 * The bag and the wish list. A restricted minor (ACC-2) keeps a bag like anyone else: keeping
 * pieces is not ordering, and checkout refuses the order itself (customers' orderingBlock).
 */
export function createCartService(deps: CartDeps) {
  /** Opens the visitor's bag for a change, runs it, and answers with the bag as it now is. */
  async function changeBag(ctx: Ctx, visitor: Visitor, options: ShowOptions, create: boolean, change: (bag: BagRow) => Promise<void>): Promise<Visited<BagView>> {
    const opened = await openBag(ctx, visitor, create);
    if (!opened.bag) throw CartErrors.bag_empty();
    await change(opened.bag);
    await repo.touchBag(ctx.tx, opened.bag.id, ctx.clock.now());
    return { result: await presentBag(ctx, deps, opened.bag, options), cookie: opened.cookie };
  }

  /** The line of this bag, or 404: another bag's line id is simply not found here. */
  async function ownLine(ctx: Ctx, bag: BagRow, lineId: string) {
    const line = await repo.lineOf(ctx.tx, bag.id, lineId);
    if (!line) throw CartErrors.line_not_found();
    return line;
  }

  /** Adds pieces of a variant on sale; the same variant again adds to its line, up to 10. */
  async function addToBag(ctx: Ctx, bag: BagRow, variantId: string, quantity: number, options: ShowOptions): Promise<void> {
    checkQuantity(quantity);
    const [pieces, prices, stock, lines] = await Promise.all([
      deps.catalog.variantsOnSale(ctx, [variantId], options),
      deps.pricing.pricesFor(ctx, [variantId], options.currency),
      deps.stock.stockOf(ctx, [variantId]),
      repo.linesOf(ctx.tx, bag.id),
    ]);
    if (!pieces.has(variantId)) throw CartErrors.variant_not_found({ detail: `${variantId} is not a piece on sale.` });
    const price = prices.get(variantId);
    if (!price) throw CartErrors.not_for_sale_in_currency({ detail: `No ${options.currency} price for ${variantId}.` });
    const available = stock.get(variantId)?.available ?? 0;
    if (available === 0) throw CartErrors.sold_out();
    const at = ctx.clock.now();
    const existing = lines.find((l) => l.variant_id === variantId);
    if (existing) {
      const total = existing.quantity + quantity;
      if (total > MAX_LINE_QUANTITY) throw CartErrors.line_limit_reached({ detail: `The bag already holds ${existing.quantity}; a line holds at most ${MAX_LINE_QUANTITY}.` });
      await repo.updateLine(ctx.tx, bag.id, existing.id, { quantity: total, available_at_add: available >= total, at });
      return;
    }
    if (lines.length >= MAX_BAG_LINES) throw CartErrors.bag_full({ detail: `A bag holds up to ${MAX_BAG_LINES} different pieces.` });
    await repo.insertLine(ctx.tx, {
      id: newId('bln', at.getTime()), bag_id: bag.id, variant_id: variantId, quantity,
      price_at_add: price.amount, currency_at_add: price.currency, available_at_add: available >= quantity, added_at: at, updated_at: at,
    });
  }

  const wishlist = wishList(deps, { openBag, addToBag, ownLine });

  return {
    /** The visitor's bag with live prices and stock; merges a guest bag into a signed-in customer's. */
    async viewBag(ctx: Ctx, visitor: Visitor, options: ShowOptions): Promise<Visited<BagView>> {
      const opened = await openBag(ctx, visitor, false);
      return { result: await presentBag(ctx, deps, opened.bag, options), cookie: opened.cookie };
    },

    /** Pieces in the bag, for the header; changes nothing. */
    countPieces,

    addLine: (ctx: Ctx, visitor: Visitor, input: { variantId: string; quantity: number }, options: ShowOptions) =>
      changeBag(ctx, visitor, options, true, (bag) => addToBag(ctx, bag, input.variantId, input.quantity, options)),

    /** Sets a line's quantity; the availability seen is taken afresh, as the customer has looked again. */
    changeLine: (ctx: Ctx, visitor: Visitor, lineId: string, quantity: number, options: ShowOptions) =>
      changeBag(ctx, visitor, options, false, async (bag) => {
        checkQuantity(quantity);
        const line = await ownLine(ctx, bag, lineId);
        const available = (await deps.stock.stockOf(ctx, [line.variant_id])).get(line.variant_id)?.available ?? 0;
        await repo.updateLine(ctx.tx, bag.id, line.id, { quantity, available_at_add: available >= quantity, at: ctx.clock.now() });
      }),

    removeLine: (ctx: Ctx, visitor: Visitor, lineId: string, options: ShowOptions) =>
      changeBag(ctx, visitor, options, false, async (bag) => {
        if (!(await repo.deleteLine(ctx.tx, bag.id, lineId))) throw CartErrors.line_not_found();
      }),

    /** Keeps a code on the bag; whether it applies, and why not, the quote says. */
    addCode: (ctx: Ctx, visitor: Visitor, code: string, options: ShowOptions) =>
      changeBag(ctx, visitor, options, true, async (bag) => {
        const normal = normaliseCode(code);
        if (bag.codes.includes(normal)) return;
        if (bag.codes.length >= MAX_CODES) throw CartErrors.too_many_codes({ detail: `A bag takes up to ${MAX_CODES} codes.` });
        bag.codes = [...bag.codes, normal];
        await repo.setCodes(ctx.tx, bag.id, bag.codes, ctx.clock.now());
      }),

    removeCode: (ctx: Ctx, visitor: Visitor, code: string, options: ShowOptions) =>
      changeBag(ctx, visitor, options, false, async (bag) => {
        const normal = code.trim().toUpperCase();
        bag.codes = bag.codes.filter((c) => c !== normal);
        await repo.setCodes(ctx.tx, bag.id, bag.codes, ctx.clock.now());
      }),

    ...wishlist,

    /**
     * Checkout's view of a bag, locked until its transaction ends (SELECT … FOR UPDATE), so two
     * placements of one bag queue and the second sees it ordered.
     */
    async lockBag(ctx: Ctx, bagId: string): Promise<BagForCheckout | undefined> {
      const bag = await repo.lockBag(ctx.tx, bagId);
      if (!bag) return undefined;
      const lines = await repo.linesOf(ctx.tx, bag.id);
      return { id: bag.id, customerId: bag.customer_id, status: bag.status, codes: bag.codes, lines: lines.map((l) => ({ id: l.id, variantId: l.variant_id, quantity: l.quantity })) };
    },

    /** The bag became this order; a bag already ordered keeps its first order id. */
    async markOrdered(ctx: Ctx, bagId: string, orderId: string): Promise<void> {
      const bag = await repo.lockBag(ctx.tx, bagId);
      if (!bag) throw CartErrors.line_not_found({ detail: `No bag ${bagId}.` });
      if (bag.status === 'ordered') return;
      if (bag.status !== 'active') throw CartErrors.bag_not_open();
      await repo.markOrdered(ctx.tx, bagId, orderId, ctx.clock.now());
    },

    /** The active bag of a customer or of a guest cookie's token, without creating one. */
    async bagOf(ctx: Ctx, owner: { customerId: string } | { guestToken: string }): Promise<BagForCheckout | undefined> {
      const bag = 'customerId' in owner
        ? await repo.activeBagOfCustomer(ctx.tx, owner.customerId, false)
        : await repo.bagByGuestToken(ctx.tx, hashToken(owner.guestToken), false);
      if (!bag || bag.status !== 'active') return undefined;
      const lines = await repo.linesOf(ctx.tx, bag.id);
      return { id: bag.id, customerId: bag.customer_id, status: bag.status, codes: bag.codes, lines: lines.map((l) => ({ id: l.id, variantId: l.variant_id, quantity: l.quantity })) };
    },
  };
}

export type CartService = ReturnType<typeof createCartService>;
export type { BagView, Visitor, GuestCookie };
