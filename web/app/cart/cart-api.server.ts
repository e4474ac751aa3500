import { type RouterContextProvider } from "react-router";
import { apiJson, type ApiProblem } from "../api/server-api";
import { readerParams } from "../catalogue/catalog-api.server";
import { formatAmount, presentPrice } from "../catalogue/present.server";
import { requestPreferencesContext } from "../i18n/request-preferences";
import { readCookie } from "../preferences/cookies";
import type { BagApi, BagView, WishlistApi, WishlistView } from "./cart-types";

type Context = Readonly<RouterContextProvider>;

/** The guest bag cookie (HttpOnly; the web app only checks it is there), plain or `__Host-`. */
const BAG_COOKIES = ["vitrine_bag", "__Host-vitrine_bag"] as const;
const SESSION_COOKIES = ["vitrine_session", "__Host-vitrine_session"] as const;

/** Whether this visitor may have a bag at all: a guest bag cookie or a customer session. */
export function mayHaveBag(request: Request): boolean {
  const cookies = request.headers.get("cookie");
  return [...BAG_COOKIES, ...SESSION_COOKIES].some((name) => readCookie(cookies, name) !== undefined);
}

/** Pieces in the bag for the header; 0 for a visitor without cookies (never asked) or on any trouble. */
export async function bagCount(context: Context, request: Request): Promise<number> {
  if (!mayHaveBag(request)) return 0;
  const result = await apiJson<{ itemCount: number }>(context, "/bag/count");
  return result.ok ? result.data.itemCount : 0;
}

/**
 * Calls a bag or wish-list route as the visitor (their cookies, their session's CSRF token), in
 * their language, currency and zone. The answer's Set-Cookie (a new guest bag, a merged one
 * cleared) must reach the browser: callers relay `headers`.
 */
export function bagCall<T>(context: Context, path: string, init: { method?: string; body?: unknown; csrfToken?: string | undefined } = {}) {
  const { csrfToken, ...rest } = init;
  return apiJson<T>(context, `${path}?${readerParams(context)}`, { ...rest, ...(csrfToken ? { csrfToken } : {}) });
}

export function presentBag(context: Context, bag: BagApi): BagView {
  const { locale } = context.get(requestPreferencesContext);
  const money = (amount: number, currency: string) => formatAmount(amount, currency, locale);
  return {
    lines: bag.lines.map((line) => ({
      id: line.id,
      quantity: line.quantity,
      onSale: line.onSale,
      piece: line.piece,
      unitPrice: presentPrice(line.unitPrice, locale),
      lineTotal: line.lineTotal === null || !line.unitPrice ? null : money(line.lineTotal, line.unitPrice.currency),
      priceChange: line.priceChange ? { before: money(line.priceChange.before, line.priceChange.currency), now: money(line.priceChange.now, line.priceChange.currency), direction: line.priceChange.direction } : null,
      inStock: line.inStock,
      availabilityChanged: line.availabilityChanged,
    })),
    codes: bag.codes,
    itemCount: bag.itemCount,
    subtotal: { text: money(bag.subtotal.amount, bag.subtotal.currency), approximate: bag.subtotal.approximate },
    quote: bag.quote
      ? {
          discount: bag.quote.discountTotal > 0 ? money(bag.quote.discountTotal, bag.quote.currency) : null,
          delivery: bag.quote.delivery ? (bag.quote.delivery.free ? null : money(bag.quote.delivery.amount, bag.quote.currency)) : undefined,
          duties: bag.quote.duties ? money(bag.quote.duties.amount, bag.quote.currency) : null,
          total: money(bag.quote.total, bag.quote.currency),
          promotions: bag.quote.promotions.map((p) => ({ name: p.name, code: p.code, applied: p.applied, amount: p.applied ? money(p.amount, bag.quote!.currency) : null, reason: p.reason })),
        }
      : null,
  };
}

export function presentWishlist(context: Context, list: WishlistApi): WishlistView {
  const { locale } = context.get(requestPreferencesContext);
  return { items: list.items.map((item) => ({ ...item, price: presentPrice(item.price, locale) })) };
}

/** The message key for a refused bag change: the API's code when the dictionary has one. */
export function refusalOf(problem: ApiProblem): string {
  return problem.code?.startsWith("cart.") ? problem.code : "cart.error.generic";
}
