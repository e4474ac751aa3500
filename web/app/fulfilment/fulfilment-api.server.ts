import type { RouterContextProvider } from "react-router";
import { changeAccount, loadAccountResource } from "../account/account-api.server";
import { apiJson } from "../api/server-api";
import type { AfterSaleOrder, OrderReturn, PostalAddress, Shipment } from "./fulfilment-types";

type Context = Readonly<RouterContextProvider>;

/**
 * Who follows the order: the signed-in customer (changes carry the session's CSRF token), or a
 * guest through the token of the mailed link. A guest's calls pass on no cookie, so a customer
 * session in the same browser never turns the guest's change into the customer's.
 */
export type Viewer = { kind: "customer"; csrfToken?: string | undefined } | { kind: "guest"; token: string };

const enc = encodeURIComponent;
const tokenQuery = (token: string) => `?${new URLSearchParams({ token })}`;

/** The customer's own order (another customer's answers 404, as if it did not exist). */
export function loadCustomerOrder(context: Context, request: Request, orderId: string): Promise<AfterSaleOrder> {
  return loadAccountResource<AfterSaleOrder>(context, request, `/account/orders/${enc(orderId)}`);
}

/** A guest's order through their link; null when the link does not (or no longer) open it. */
export async function loadGuestAfterSaleOrder(context: Context, orderId: string, token: string): Promise<AfterSaleOrder | null> {
  const result = await apiJson<AfterSaleOrder>(context, `/orders/${enc(orderId)}${tokenQuery(token)}`, { onlyCookies: [] });
  if (result.ok) return result.data;
  if (result.status === 404 || result.status === 400) return null;
  throw new Response(null, { status: 502 });
}

/** The parcels of an order, each with its history. */
export async function loadParcels(context: Context, request: Request, orderId: string, viewer: Viewer): Promise<Shipment[]> {
  if (viewer.kind === "customer") {
    return (await loadAccountResource<{ shipments: Shipment[] }>(context, request, `/account/orders/${enc(orderId)}/shipments`)).shipments;
  }
  const result = await apiJson<{ shipments: Shipment[] }>(context, `/orders/${enc(orderId)}/shipments${tokenQuery(viewer.token)}`, { onlyCookies: [] });
  if (result.ok) return result.data.shipments;
  throw new Response(null, { status: result.status >= 500 ? 502 : result.status });
}

function change<T>(context: Context, request: Request, viewer: Viewer, path: string, body: unknown) {
  if (viewer.kind === "customer") return changeAccount<T>(context, request, path, { method: "POST", body, csrfToken: viewer.csrfToken });
  return apiJson<T>(context, `${path}${tokenQuery(viewer.token)}`, { method: "POST", body, onlyCookies: [] });
}

/** ORD-3: cancels the chosen lines not yet shipped, or every one of them when none is named. */
export function cancelLines(context: Context, request: Request, orderId: string, viewer: Viewer, lineIds: readonly string[] | null) {
  return change<{ cancelled: string[]; refunded: number }>(context, request, viewer, `/orders/${enc(orderId)}/cancel`, lineIds ? { lineIds } : {});
}

export interface ReturnRequest {
  lineIds: string[];
  reason: string;
  resolution: "refund" | "exchange";
  exchangeVariants?: Record<string, string>;
}

export function requestReturn(context: Context, request: Request, orderId: string, viewer: Viewer, body: ReturnRequest) {
  return change<OrderReturn>(context, request, viewer, `/orders/${enc(orderId)}/returns`, body);
}

/** How the returned pieces travel back, once the return is approved. */
export function sendReturnTracking(context: Context, request: Request, orderId: string, returnId: string, viewer: Viewer, body: { carrier: string; trackingNumber: string }) {
  return change<{ id: string; status: string }>(context, request, viewer, `/orders/${enc(orderId)}/returns/${enc(returnId)}/tracking`, body);
}

/** DEL-3 from the account: the parcel goes elsewhere while it travels. */
export function changeParcelAddress(context: Context, request: Request, shipmentId: string, csrfToken: string | undefined, address: PostalAddress) {
  return changeAccount<Shipment>(context, request, `/account/shipments/${enc(shipmentId)}/address`, { method: "POST", body: { address }, csrfToken });
}

/** The parcel as its consignee sees it through the link of the dispatch mail; null for a wrong link. */
export async function loadConsigneeParcel(context: Context, shipmentId: string, token: string): Promise<Shipment | null> {
  const result = await apiJson<Shipment>(context, `/deliveries/${enc(shipmentId)}${tokenQuery(token)}`, { onlyCookies: [] });
  if (result.ok) return result.data;
  if (result.status === 404 || result.status === 400) return null;
  throw new Response(null, { status: 502 });
}

/** DEL-3 through the consignee's link: recorded as the customer's own decision, and the customer is told. */
export function changeAddressAsConsignee(context: Context, shipmentId: string, token: string, address: PostalAddress) {
  return apiJson<Shipment>(context, `/deliveries/${enc(shipmentId)}/address${tokenQuery(token)}`, { method: "POST", body: { address }, onlyCookies: [] });
}
