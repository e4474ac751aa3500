import type { Ctx } from '../../kernel/context.ts';
import type { VariantStock, Zone } from '../inventory/index.ts';
import type { Price } from '../pricing/index.ts';

export type Locale = 'en' | 'zh-Hant' | 'zh-Hans';

/** How the bag is shown: language, currency and delivery zone of the visitor. */
export interface ShowOptions {
  locale: Locale;
  currency: string;
  zone: Zone;
}

/** A piece on sale as the bag and the wish list show it (the catalogue's own words). */
export interface PieceOnSale {
  productId: string;
  slug: string;
  name: string;
  designer: string;
  /** The picture in the variant's colour, else the product's first. */
  image: string | null;
  /** The variant, when the piece is one variant; null for a whole product on a wish list. */
  variant: { id: string; sku: string; colour: string | null; size: string | null; material: string | null } | null;
}

/** What cart reads from the catalogue: only pieces on sale now; anything else is absent from the answer. */
export interface CatalogPort {
  variantsOnSale(ctx: Ctx, variantIds: readonly string[], options: ShowOptions): Promise<Map<string, PieceOnSale>>;
  productsOnSale(ctx: Ctx, productIds: readonly string[], options: ShowOptions): Promise<Map<string, PieceOnSale>>;
}

export interface PricingPort {
  pricesFor(ctx: Ctx, variantIds: readonly string[], currency: string): Promise<Map<string, Price | null>>;
}

export interface StockPort {
  stockOf(ctx: Ctx, variantIds: readonly string[]): Promise<Map<string, VariantStock>>;
}

/** The bag as the quote needs it: lines, owner and codes. */
export interface BagToQuote {
  bagId: string;
  customerId: string | null;
  codes: readonly string[];
  lines: readonly { lineId: string; variantId: string; quantity: number }[];
}

/** The pricing module's quote, as the bag shows it (discounts, promotions, delivery, duties). */
export interface BagQuote {
  currency: string;
  lines: { lineId: string; variantId: string; unitPrice: number; quantity: number; subtotal: number; discount: number; total: number }[];
  subtotal: number;
  discountTotal: number;
  delivery: { method: string; amount: number; freeFrom: number | null; free: boolean } | null;
  duties: { amount: number; estimate: true; note: string } | null;
  total: number;
  promotions: { promotionId: string; name: string; code: string | null; applied: boolean; amount: number; reason: string | null }[];
  unavailable: { lineId: string; variantId: string; reason: 'no_price' }[];
}

/**
 * Prices the bag with its promotions, delivery and duties estimate. Bound in modules.ts: it
 * answers null while the shop has no quote to give (the bag then shows its subtotal only).
 */
export type QuotePort = (ctx: Ctx, bag: BagToQuote, options: ShowOptions) => Promise<BagQuote | null>;
