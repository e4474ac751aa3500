import type { RouterContextProvider } from "react-router";
import { catalogAnswer, readerParams } from "../catalogue/catalog-api.server";
import type { ProductDetail } from "../catalogue/catalog-types";
import type { AfterSaleLine } from "./fulfilment-types";

type Context = Readonly<RouterContextProvider>;

/** Another size or colour of the piece a line holds, as the exchange select offers it. */
export interface ExchangeChoice {
  variantId: string;
  colour: string | null;
  size: string | null;
}

/** The product a line was cut from, as the catalogue shows it now (null when it is gone). */
async function productOfLine(context: Context, line: AfterSaleLine): Promise<ProductDetail | null> {
  const product = await catalogAnswer<ProductDetail>(context, `/products/${encodeURIComponent(line.productSlug)}`, readerParams(context));
  return product.ok ? product.data : null;
}

/**
 * For each line that may be exchanged: the other sizes and colours of the same piece in stock
 * now. A line whose piece cannot be found, or has nothing else in stock, gets an empty list.
 */
export async function exchangeChoices(context: Context, lines: readonly AfterSaleLine[]): Promise<Record<string, ExchangeChoice[]>> {
  const entries = await Promise.all(
    lines.map(async (line) => {
      const product = await productOfLine(context, line);
      const others = (product?.variants ?? []).filter((v) => v.sku !== line.sku && v.available >= line.quantity);
      return [line.id, others.map((v) => ({ variantId: v.id, colour: v.colour, size: v.size }))] as const;
    }),
  );
  return Object.fromEntries(entries);
}
