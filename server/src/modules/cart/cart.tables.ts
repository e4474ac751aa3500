import type { ColumnType, Insertable, Selectable } from 'kysely';

export type BagStatus = 'active' | 'ordered' | 'merged';

/** A bag: a guest's (found by the hash of its cookie's token) or a customer's; one active bag per customer. */
export interface BagsTable {
  id: string;
  customer_id: string | null;
  /** SHA-256 of the guest cookie's token; null once a customer owns the bag. */
  guest_token_hash: string | null;
  status: BagStatus;
  /** Promotion codes the customer entered, in the order entered (upper case). */
  codes: ColumnType<string[], string, string>;
  /** The order placed from this bag (checkout sets it with the status 'ordered'). */
  order_id: string | null;
  /** The customer bag a guest bag was merged into. */
  merged_into: string | null;
  created_at: Date;
  updated_at: Date;
}

/** One line per variant per bag, with what the customer saw when adding it (CAT-1). */
export interface BagLinesTable {
  id: string;
  bag_id: string;
  variant_id: string;
  quantity: number;
  price_at_add: ColumnType<bigint, bigint | number, bigint | number>;
  currency_at_add: string;
  available_at_add: boolean;
  added_at: Date;
  updated_at: Date;
}

/** A wish-list item: a product, or one variant of it; a customer's, or a guest bag's until sign-in. */
export interface WishlistItemsTable {
  id: string;
  customer_id: string | null;
  bag_id: string | null;
  product_id: string;
  variant_id: string | null;
  /** `<product>:<variant or empty>`: one item per thing per owner (unique with each owner column). */
  item_key: string;
  added_at: Date;
}

export interface CartTables {
  'cart.bags': BagsTable;
  'cart.bag_lines': BagLinesTable;
  'cart.wishlist_items': WishlistItemsTable;
}

export type BagRow = Selectable<BagsTable>;
export type BagLineRow = Selectable<BagLinesTable>;
export type NewBagLine = Insertable<BagLinesTable>;
export type WishlistItemRow = Selectable<WishlistItemsTable>;
