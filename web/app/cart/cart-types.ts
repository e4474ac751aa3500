import type { Price } from "../catalogue/catalog-types";
import type { PriceView } from "../catalogue/views";

/** A piece as the bag API describes it. */
export interface Piece {
  productId: string;
  slug: string;
  name: string;
  designer: string;
  image: string | null;
  variant: { id: string; sku: string; colour: string | null; size: string | null; material: string | null } | null;
}

export interface BagApi {
  id: string | null;
  lines: {
    id: string; variantId: string; quantity: number; onSale: boolean; piece: Piece | null; unitPrice: Price | null; lineTotal: number | null;
    priceChange: { before: number; now: number; currency: string; direction: "up" | "down" } | null; inStock: boolean; availabilityChanged: boolean;
  }[];
  codes: string[];
  itemCount: number;
  subtotal: { amount: number; currency: string; approximate: boolean };
  quote: {
    currency: string; discountTotal: number; total: number;
    delivery: { amount: number; free: boolean } | null;
    duties: { amount: number } | null;
    promotions: { name: string; code: string | null; applied: boolean; amount: number; reason: string | null }[];
  } | null;
}

export interface BagLineView {
  id: string;
  quantity: number;
  onSale: boolean;
  piece: Piece | null;
  unitPrice: PriceView | null;
  lineTotal: string | null;
  priceChange: { before: string; now: string; direction: "up" | "down" } | null;
  inStock: boolean;
  availabilityChanged: boolean;
}

export interface BagView {
  lines: BagLineView[];
  codes: string[];
  itemCount: number;
  subtotal: { text: string; approximate: boolean };
  /** Delivery: a formatted amount, null when free, undefined when not quoted. */
  quote: { discount: string | null; delivery: string | null | undefined; duties: string | null; total: string; promotions: { name: string; code: string | null; applied: boolean; amount: string | null; reason: string | null }[] } | null;
}

export interface WishlistApi {
  items: { id: string; productId: string; variantId: string | null; onSale: boolean; piece: Piece | null; price: Price | null; inStock: boolean | null }[];
}

export interface WishlistView {
  items: (Omit<WishlistApi["items"][number], "price"> & { price: PriceView | null })[];
}
