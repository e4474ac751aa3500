import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import type { Price } from '../../pricing/index.ts';
import { CartErrors } from '../cart.errors.ts';
import type { PieceOnSale, ShowOptions } from '../cart.ports.ts';
import { cartRepository as repo, type WishlistOwner } from '../cart.repository.ts';
import { MAX_WISHLIST_ITEMS, wishlistKey } from '../cart.rules.ts';
import type { BagLineRow, BagRow, WishlistItemRow } from '../cart.tables.ts';
import { presentBag, type BagView, type BagViewSources } from './bag-view.ts';
import type { OpenedBag, Visitor } from './open-bag.ts';

export interface WishlistItemView {
  id: string;
  productId: string;
  variantId: string | null;
  onSale: boolean;
  piece: PieceOnSale | null;
  /** The variant's price now; null for a whole product (its page shows the choices). */
  price: Price | null;
  inStock: boolean | null;
  addedAt: string;
}

export interface WishlistView {
  items: WishlistItemView[];
}

interface BagHelpers {
  openBag(ctx: Ctx, visitor: Visitor, create: boolean): Promise<OpenedBag>;
  addToBag(ctx: Ctx, bag: BagRow, variantId: string, quantity: number, options: ShowOptions): Promise<void>;
  ownLine(ctx: Ctx, bag: BagRow, lineId: string): Promise<BagLineRow>;
}

/**
 * A customer's wish list, or a guest's kept on their bag until they sign in (the merge hands it
 * over). Open to restricted minors (ACC-2): keeping a list is not ordering.
 */
export function wishList(deps: BagViewSources, bags: BagHelpers) {
  /** Whose list this visitor reads and changes; a guest gets a bag (and its cookie) only to add. */
  async function ownerOf(ctx: Ctx, visitor: Visitor, create: boolean): Promise<{ owner: WishlistOwner | null; opened: OpenedBag }> {
    const opened = await bags.openBag(ctx, visitor, create);
    if (visitor.customerId) return { owner: { customerId: visitor.customerId }, opened };
    return { owner: opened.bag ? { bagId: opened.bag.id } : null, opened };
  }

  async function present(ctx: Ctx, owner: WishlistOwner | null, options: ShowOptions): Promise<WishlistView> {
    if (!owner) return { items: [] };
    const items = await repo.wishlistOf(ctx.tx, owner);
    const variantIds = items.flatMap((i) => (i.variant_id ? [i.variant_id] : []));
    const productIds = items.filter((i) => !i.variant_id).map((i) => i.product_id);
    const [variants, products, prices, stock] = await Promise.all([
      deps.catalog.variantsOnSale(ctx, variantIds, options),
      deps.catalog.productsOnSale(ctx, productIds, options),
      deps.pricing.pricesFor(ctx, variantIds, options.currency),
      deps.stock.stockOf(ctx, variantIds),
    ]);
    return {
      items: items.map((item) => {
        const piece = (item.variant_id ? variants.get(item.variant_id) : products.get(item.product_id)) ?? null;
        return {
          id: item.id, productId: item.product_id, variantId: item.variant_id, onSale: piece !== null, piece,
          price: item.variant_id ? (prices.get(item.variant_id) ?? null) : null,
          inStock: item.variant_id ? (stock.get(item.variant_id)?.available ?? 0) > 0 : null,
          addedAt: item.added_at.toISOString(),
        };
      }),
    };
  }

  /** Keeps a piece on sale on the list; keeping it twice keeps it once. */
  async function keep(ctx: Ctx, owner: WishlistOwner, thing: { productId: string; variantId: string | null }): Promise<void> {
    if ((await repo.countWishlist(ctx.tx, owner)) >= MAX_WISHLIST_ITEMS) throw CartErrors.wishlist_full({ detail: `A wish list holds up to ${MAX_WISHLIST_ITEMS} pieces.` });
    const row: WishlistItemRow = {
      id: newId('wish', ctx.clock.now().getTime()),
      customer_id: 'customerId' in owner ? owner.customerId : null,
      bag_id: 'bagId' in owner ? owner.bagId : null,
      product_id: thing.productId, variant_id: thing.variantId, item_key: wishlistKey(thing.productId, thing.variantId), added_at: ctx.clock.now(),
    };
    await repo.addWishlistItem(ctx.tx, row);
  }

  /** The piece the visitor asked for, found on sale: a variant, or a whole product. */
  async function thingOnSale(ctx: Ctx, input: { variantId?: string | undefined; productId?: string | undefined }, options: ShowOptions) {
    if (input.variantId) {
      const piece = (await deps.catalog.variantsOnSale(ctx, [input.variantId], options)).get(input.variantId);
      if (!piece) throw CartErrors.variant_not_found({ detail: `${input.variantId} is not a piece on sale.` });
      return { productId: piece.productId, variantId: input.variantId };
    }
    const piece = input.productId ? (await deps.catalog.productsOnSale(ctx, [input.productId], options)).get(input.productId) : undefined;
    if (!piece) throw CartErrors.product_not_found({ detail: `${input.productId ?? 'No product'} is not on sale.` });
    return { productId: piece.productId, variantId: null };
  }

  return {
    async wishlist(ctx: Ctx, visitor: Visitor, options: ShowOptions) {
      const { owner, opened } = await ownerOf(ctx, visitor, false);
      return { result: await present(ctx, owner, options), cookie: opened.cookie };
    },

    async addToWishlist(ctx: Ctx, visitor: Visitor, input: { variantId?: string | undefined; productId?: string | undefined }, options: ShowOptions) {
      const thing = await thingOnSale(ctx, input, options);
      const { owner, opened } = await ownerOf(ctx, visitor, true);
      await keep(ctx, owner!, thing);
      return { result: await present(ctx, owner, options), cookie: opened.cookie };
    },

    async removeFromWishlist(ctx: Ctx, visitor: Visitor, itemId: string, options: ShowOptions) {
      const { owner, opened } = await ownerOf(ctx, visitor, false);
      if (!owner || !(await repo.deleteWishlistItem(ctx.tx, owner, itemId))) throw CartErrors.wishlist_item_not_found();
      return { result: await present(ctx, owner, options), cookie: opened.cookie };
    },

    /** Takes a line out of the bag and keeps its variant on the wish list. */
    async moveLineToWishlist(ctx: Ctx, visitor: Visitor, lineId: string, options: ShowOptions): Promise<{ result: BagView; cookie: OpenedBag['cookie'] }> {
      const { owner, opened } = await ownerOf(ctx, visitor, false);
      if (!owner || !opened.bag) throw CartErrors.line_not_found();
      const line = await bags.ownLine(ctx, opened.bag, lineId);
      const piece = (await deps.catalog.variantsOnSale(ctx, [line.variant_id], options)).get(line.variant_id);
      // A piece no longer on sale cannot be kept for later: it only leaves the bag.
      if (piece) await keep(ctx, owner, { productId: piece.productId, variantId: line.variant_id });
      await repo.deleteLine(ctx.tx, opened.bag.id, line.id);
      return { result: await presentBag(ctx, deps, opened.bag, options), cookie: opened.cookie };
    },

    /** Puts a wish-list variant in the bag (one piece) and takes it off the list. */
    async moveWishlistItemToBag(ctx: Ctx, visitor: Visitor, itemId: string, options: ShowOptions): Promise<{ result: BagView; cookie: OpenedBag['cookie'] }> {
      const { owner, opened } = await ownerOf(ctx, visitor, true);
      const item = owner ? await repo.wishlistItem(ctx.tx, owner, itemId) : undefined;
      if (!owner || !item) throw CartErrors.wishlist_item_not_found();
      if (!item.variant_id) throw CartErrors.variant_required();
      const lines = await repo.linesOf(ctx.tx, opened.bag!.id);
      // Already in the bag: moving it again only takes it off the list.
      if (!lines.some((l) => l.variant_id === item.variant_id)) await bags.addToBag(ctx, opened.bag!, item.variant_id, 1, options);
      await repo.deleteWishlistItem(ctx.tx, owner, item.id);
      return { result: await presentBag(ctx, deps, opened.bag, options), cookie: opened.cookie };
    },
  };
}
