import { sql, type Kysely } from 'kysely';
import type { BagLineRow, BagRow, CartTables, NewBagLine, WishlistItemRow } from './cart.tables.ts';

type Db = Kysely<CartTables>;

/** Who owns a wish list: a customer, or a guest's bag until they sign in. */
export type WishlistOwner = { customerId: string } | { bagId: string };

const ownerColumn = (owner: WishlistOwner) => ('customerId' in owner ? (['customer_id', owner.customerId] as const) : (['bag_id', owner.bagId] as const));

/** All SQL of the cart module. Every query on lines and items names the owning bag or customer. */
export const cartRepository = {
  async activeBagOfCustomer(db: Db, customerId: string, lock: boolean): Promise<BagRow | undefined> {
    return db.selectFrom('cart.bags').selectAll()
      .where('customer_id', '=', customerId).where('status', '=', 'active')
      .$if(lock, (q) => q.forUpdate())
      .executeTakeFirst();
  },

  async bagByGuestToken(db: Db, tokenHash: string, lock: boolean): Promise<BagRow | undefined> {
    return db.selectFrom('cart.bags').selectAll().where('guest_token_hash', '=', tokenHash).$if(lock, (q) => q.forUpdate()).executeTakeFirst();
  },

  async lockBag(db: Db, bagId: string): Promise<BagRow | undefined> {
    return db.selectFrom('cart.bags').selectAll().where('id', '=', bagId).forUpdate().executeTakeFirst();
  },

  async insertGuestBag(db: Db, bag: { id: string; tokenHash: string; at: Date }): Promise<BagRow> {
    return db.insertInto('cart.bags')
      .values({ id: bag.id, customer_id: null, guest_token_hash: bag.tokenHash, status: 'active', codes: '[]', order_id: null, merged_into: null, created_at: bag.at, updated_at: bag.at })
      .returningAll().executeTakeFirstOrThrow();
  },

  /** Creates the customer's active bag unless another request just did; either way returns it, locked. */
  async ensureCustomerBag(db: Db, bag: { id: string; customerId: string; at: Date }): Promise<BagRow> {
    await db.insertInto('cart.bags')
      .values({ id: bag.id, customer_id: bag.customerId, guest_token_hash: null, status: 'active', codes: '[]', order_id: null, merged_into: null, created_at: bag.at, updated_at: bag.at })
      // The predicate is literal SQL: PostgreSQL matches it against the partial index only as written, never through parameters.
      .onConflict((oc) => oc.column('customer_id').where(sql<boolean>`status = 'active' and customer_id is not null`).doNothing())
      .execute();
    return (await cartRepository.activeBagOfCustomer(db, bag.customerId, true))!;
  },

  async setCodes(db: Db, bagId: string, codes: readonly string[], at: Date): Promise<void> {
    await db.updateTable('cart.bags').set({ codes: JSON.stringify(codes), updated_at: at }).where('id', '=', bagId).execute();
  },

  async markMerged(db: Db, guestBagId: string, intoBagId: string, at: Date): Promise<void> {
    await db.updateTable('cart.bags').set({ status: 'merged', merged_into: intoBagId, updated_at: at }).where('id', '=', guestBagId).execute();
  },

  async markOrdered(db: Db, bagId: string, orderId: string, at: Date): Promise<void> {
    await db.updateTable('cart.bags').set({ status: 'ordered', order_id: orderId, updated_at: at }).where('id', '=', bagId).execute();
  },

  async touchBag(db: Db, bagId: string, at: Date): Promise<void> {
    await db.updateTable('cart.bags').set({ updated_at: at }).where('id', '=', bagId).execute();
  },

  async linesOf(db: Db, bagId: string): Promise<BagLineRow[]> {
    return db.selectFrom('cart.bag_lines').selectAll().where('bag_id', '=', bagId).orderBy('added_at').orderBy('id').execute();
  },

  async lineOf(db: Db, bagId: string, lineId: string): Promise<BagLineRow | undefined> {
    return db.selectFrom('cart.bag_lines').selectAll().where('bag_id', '=', bagId).where('id', '=', lineId).executeTakeFirst();
  },

  async insertLine(db: Db, line: NewBagLine): Promise<void> {
    await db.insertInto('cart.bag_lines').values(line).execute();
  },

  async updateLine(db: Db, bagId: string, lineId: string, change: { quantity: number; available_at_add?: boolean; at: Date }): Promise<void> {
    await db.updateTable('cart.bag_lines')
      .set({ quantity: change.quantity, updated_at: change.at, ...(change.available_at_add === undefined ? {} : { available_at_add: change.available_at_add }) })
      .where('bag_id', '=', bagId).where('id', '=', lineId).execute();
  },

  async deleteLine(db: Db, bagId: string, lineId: string): Promise<boolean> {
    const result = await db.deleteFrom('cart.bag_lines').where('bag_id', '=', bagId).where('id', '=', lineId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },

  async wishlistOf(db: Db, owner: WishlistOwner): Promise<WishlistItemRow[]> {
    const [column, value] = ownerColumn(owner);
    return db.selectFrom('cart.wishlist_items').selectAll().where(column, '=', value).orderBy('added_at', 'desc').orderBy('id', 'desc').execute();
  },

  async wishlistItem(db: Db, owner: WishlistOwner, itemId: string): Promise<WishlistItemRow | undefined> {
    const [column, value] = ownerColumn(owner);
    return db.selectFrom('cart.wishlist_items').selectAll().where(column, '=', value).where('id', '=', itemId).executeTakeFirst();
  },

  async countWishlist(db: Db, owner: WishlistOwner): Promise<number> {
    const [column, value] = ownerColumn(owner);
    const row = await db.selectFrom('cart.wishlist_items').select(sql<bigint>`count(*)`.as('n')).where(column, '=', value).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Adds the item unless the owner already has it; returns the item either way. */
  async addWishlistItem(db: Db, item: WishlistItemRow): Promise<WishlistItemRow> {
    const column = item.customer_id ? 'customer_id' : 'bag_id';
    await db.insertInto('cart.wishlist_items').values(item).onConflict((oc) => oc.columns([column, 'item_key']).doNothing()).execute();
    return db.selectFrom('cart.wishlist_items').selectAll().where(column, '=', (item.customer_id ?? item.bag_id)!).where('item_key', '=', item.item_key).executeTakeFirstOrThrow();
  },

  async deleteWishlistItem(db: Db, owner: WishlistOwner, itemId: string): Promise<boolean> {
    const [column, value] = ownerColumn(owner);
    const result = await db.deleteFrom('cart.wishlist_items').where(column, '=', value).where('id', '=', itemId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },

  /** Hands a guest bag's wish list to the customer, skipping what they already keep. */
  async moveWishlistToCustomer(db: Db, bagId: string, customerId: string): Promise<void> {
    await sql`update cart.wishlist_items g set customer_id = ${customerId}, bag_id = null
      where g.bag_id = ${bagId}
        and not exists (select 1 from cart.wishlist_items c where c.customer_id = ${customerId} and c.item_key = g.item_key)`.execute(db);
    await db.deleteFrom('cart.wishlist_items').where('bag_id', '=', bagId).execute();
  },
};
