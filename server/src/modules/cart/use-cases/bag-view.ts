import type { Ctx } from '../../../kernel/context.ts';
import type { Price } from '../../pricing/index.ts';
import { cartRepository as repo } from '../cart.repository.ts';
import { priceChange } from '../cart.rules.ts';
import type { BagLineRow, BagRow } from '../cart.tables.ts';
import type { BagQuote, CatalogPort, PieceOnSale, PricingPort, QuotePort, ShowOptions, StockPort } from '../cart.ports.ts';

export interface BagViewSources {
  catalog: CatalogPort;
  pricing: PricingPort;
  stock: StockPort;
  quote: QuotePort;
}

/** One line as the bag page shows it: the piece, its price now and then, its stock now and then (CAT-1). */
export interface BagLineView {
  id: string;
  variantId: string;
  quantity: number;
  /** False when the piece is no longer on sale: it cannot be ordered and should be removed. */
  onSale: boolean;
  piece: PieceOnSale | null;
  unitPrice: Price | null;
  lineTotal: number | null;
  priceWhenAdded: { amount: number; currency: string };
  priceChanged: boolean;
  priceChange: ReturnType<typeof priceChange>;
  available: number;
  inStock: boolean;
  availableWhenAdded: boolean;
  availabilityChanged: boolean;
  addedAt: string;
}

export interface BagView {
  id: string | null;
  currency: string;
  lines: BagLineView[];
  codes: string[];
  /** Pieces in the bag (the sum of quantities), as the header shows it. */
  itemCount: number;
  /** Lines on sale with a price, added up; `approximate` when shown in a converted currency. */
  subtotal: { amount: number; currency: string; approximate: boolean };
  /** Discounts, promotions, delivery and duties, when the shop can quote them. */
  quote: BagQuote | null;
}

/** The bag as the visitor sees it now: every line with live price and stock, and the quote. */
export async function presentBag(ctx: Ctx, sources: BagViewSources, bag: BagRow | undefined, options: ShowOptions): Promise<BagView> {
  if (!bag) return emptyBag(options.currency);
  const lines = await repo.linesOf(ctx.tx, bag.id);
  const variantIds = lines.map((l) => l.variant_id);
  const [pieces, prices, stock] = await Promise.all([
    sources.catalog.variantsOnSale(ctx, variantIds, options),
    sources.pricing.pricesFor(ctx, variantIds, options.currency),
    sources.stock.stockOf(ctx, variantIds),
  ]);
  const views = lines.map((line) => lineView(line, pieces.get(line.variant_id) ?? null, prices.get(line.variant_id) ?? null, stock.get(line.variant_id)?.available ?? 0));
  const priced = views.filter((v) => v.onSale && v.lineTotal !== null);
  const quote = await sources.quote(ctx, {
    bagId: bag.id,
    customerId: bag.customer_id,
    codes: bag.codes,
    lines: views.filter((v) => v.onSale).map((v) => ({ lineId: v.id, variantId: v.variantId, quantity: v.quantity })),
  }, options);
  return {
    id: bag.id,
    currency: options.currency,
    lines: views,
    codes: bag.codes,
    itemCount: views.reduce((sum, v) => sum + v.quantity, 0),
    subtotal: { amount: priced.reduce((sum, v) => sum + v.lineTotal!, 0), currency: options.currency, approximate: priced.some((v) => v.unitPrice!.approximate) },
    quote,
  };
}

export function emptyBag(currency: string): BagView {
  return { id: null, currency, lines: [], codes: [], itemCount: 0, subtotal: { amount: 0, currency, approximate: false }, quote: null };
}

function lineView(line: BagLineRow, piece: PieceOnSale | null, price: Price | null, available: number): BagLineView {
  const change = priceChange(price, { amount: Number(line.price_at_add), currency: line.currency_at_add });
  const inStock = available >= line.quantity;
  return {
    id: line.id,
    variantId: line.variant_id,
    quantity: line.quantity,
    onSale: piece !== null && price !== null,
    piece,
    unitPrice: price,
    lineTotal: price ? price.amount * line.quantity : null,
    priceWhenAdded: { amount: Number(line.price_at_add), currency: line.currency_at_add },
    priceChanged: change !== null,
    priceChange: change,
    available,
    inStock,
    availableWhenAdded: line.available_at_add,
    availabilityChanged: inStock !== line.available_at_add,
    addedAt: line.added_at.toISOString(),
  };
}
