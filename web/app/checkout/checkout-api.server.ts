import type { RouterContextProvider } from "react-router";
import { apiJson } from "../api/server-api";
import { requestPreferencesContext } from "../i18n/request-preferences";
import type { DisplayCurrency } from "../i18n/money";
import { readCookie } from "../preferences/cookies";
import type { CheckoutDetails, CheckoutReview, Order, PaymentNext, PlacedOrder } from "./checkout-types";

type Context = Readonly<RouterContextProvider>;

/**
 * Currencies the shop keeps a price list for: an order is charged in one of them. A visitor
 * browsing in a converted currency (SGD, AUD) checks out in Hong Kong dollars, which is what
 * the card is charged in anyway.
 */
const LIST_CURRENCIES: ReadonlySet<DisplayCurrency> = new Set(["HKD", "CNY", "USD", "EUR", "GBP", "JPY"]);

export function checkoutCurrency(currency: DisplayCurrency): DisplayCurrency {
  return LIST_CURRENCIES.has(currency) ? currency : "HKD";
}

/** `?currency=…&locale=…` of the reader, the currency one the order can be charged in. */
export function viewQuery(context: Context): { currency: DisplayCurrency; query: string } {
  const { locale, currency } = context.get(requestPreferencesContext);
  const charged = checkoutCurrency(currency);
  return { currency: charged, query: new URLSearchParams({ currency: charged, locale }).toString() };
}

/**
 * The checkout as it stands, or null when this browser has no bag to check out (a guest
 * without the bag cookie, or a bag already placed). Other failures are the page's error.
 */
export async function loadCheckout(context: Context): Promise<CheckoutReview | null> {
  const result = await apiJson<CheckoutReview>(context, `/checkout?${viewQuery(context).query}`);
  if (result.ok) return result.data;
  if (result.status === 404) return null;
  throw new Response(null, { status: result.status >= 500 ? 502 : result.status });
}

/** Saves one step; the session's CSRF token (signed-in customers) goes with it. */
export function saveCheckout(context: Context, changes: CheckoutDetails, csrfToken: string | undefined) {
  return apiJson<CheckoutReview>(context, `/checkout?${viewQuery(context).query}`, { method: "PATCH", body: changes, ...(csrfToken ? { csrfToken } : {}) });
}

export interface PlaceOrderForm {
  reviewedTotal: number;
  currency: string;
  acceptedAgreementVersion: string | undefined;
  idempotencyKey: string;
  csrfToken: string | undefined;
}

/** Places the order as reviewed; the same idempotency key twice (a double click) places it once. */
export function placeOrder(context: Context, form: PlaceOrderForm) {
  const { locale } = context.get(requestPreferencesContext);
  const body = { reviewedTotal: form.reviewedTotal, currency: form.currency, locale, ...(form.acceptedAgreementVersion ? { acceptedAgreementVersion: form.acceptedAgreementVersion } : {}) };
  return apiJson<PlacedOrder>(context, "/checkout/orders", {
    method: "POST", body, idempotencyKey: form.idempotencyKey, ...(form.csrfToken ? { csrfToken: form.csrfToken } : {}),
  });
}

/** A guest's order through the token of the mailed link, or null when the link is not (or no longer) valid. */
export async function loadGuestOrder(context: Context, orderId: string, token: string): Promise<Order | null> {
  const result = await apiJson<Order>(context, `/orders/${encodeURIComponent(orderId)}?${new URLSearchParams({ token })}`);
  if (result.ok) return result.data;
  if (result.status === 404 || result.status === 400) return null;
  throw new Response(null, { status: 502 });
}

/** The token of a guest link (`…/orders/<id>?token=…`), to come back to the order. */
export function tokenOfGuestLink(link: string | null): string | null {
  return link ? new URL(link).searchParams.get("token") : null;
}

/**
 * Bank transfer instructions come once, with the placed order; the confirmation page is a
 * redirect away, so they travel in a short-lived cookie scoped to that page (nothing personal
 * in it: the shop's account, the amount and the transfer reference).
 */
const INSTRUCTIONS_COOKIE = "vitrine_pay_instructions";

export function instructionsCookie(orderId: string, payment: PaymentNext, secure: boolean): string | null {
  if (payment.kind !== "instructions") return null;
  const value = Buffer.from(JSON.stringify({ orderId, reference: payment.reference, details: payment.details })).toString("base64url");
  return `${INSTRUCTIONS_COOKIE}=${value}; Path=/checkout/complete; Max-Age=86400; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export interface TransferInstructions {
  reference: string;
  details: Record<string, string | number>;
}

export function readInstructions(request: Request, orderId: string): TransferInstructions | null {
  const raw = readCookie(request.headers.get("cookie"), INSTRUCTIONS_COOKIE);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { orderId?: unknown; reference?: unknown; details?: unknown };
    if (parsed.orderId !== orderId || typeof parsed.reference !== "string" || typeof parsed.details !== "object" || parsed.details === null) return null;
    return { reference: parsed.reference, details: parsed.details as Record<string, string | number> };
  } catch {
    return null;
  }
}
