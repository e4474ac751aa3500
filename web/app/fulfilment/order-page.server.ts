import type { RouterContextProvider } from "react-router";
import { countryChoices, type CountryChoices } from "../account/address-countries";
import { money, orderView, type OrderView } from "../checkout/present.server";
import { requestPreferencesContext } from "../i18n/request-preferences";
import { refundDetailsView, type RefundDetailsView } from "../payments/refund-details.server";
import { exchangeChoices, type ExchangeChoice } from "./exchange.server";
import { loadParcels, type Viewer } from "./fulfilment-api.server";
import type { AfterSaleOrder } from "./fulfilment-types";
import type { PageLink } from "./page-link";
import { cancelOutcome, lineStates, parcelView, returnViews, type LineStateView, type MoneyOutcome, type ParcelView, type ReturnView } from "./present.server";

type Context = Readonly<RouterContextProvider>;

export interface PieceChoice {
  id: string;
  name: string;
  variant: string[];
}

/** A change just made, said once at the top of the page (from the redirect's query). */
export type AfterSaleNotice = { kind: "cancelled"; count: number; refunded: string | null } | { kind: "returned" | "tracked" | "moved" };

export interface OrderPageData {
  order: OrderView;
  page: PageLink;
  states: Record<string, LineStateView>;
  parcels: ParcelView[];
  returns: ReturnView[];
  /** Lines still offers: they may be cancelled (ORD-3). */
  cancellable: PieceChoice[];
  /** Delivered lines not already being returned. */
  returnable: PieceChoice[];
  /** The cancellation asked for, waiting for the customer's confirmation. */
  confirmCancel: { all: boolean; lineIds: string[]; pieces: string[]; outcome: MoneyOutcome } | null;
  returnOpen: boolean;
  exchange: Record<string, ExchangeChoice[]>;
  /** The parcel whose address form is open (the account only). */
  addressFor: string | null;
  countries: CountryChoices | null;
  canChangeAddress: boolean;
  notice: AfterSaleNotice | null;
  /** A refund of a transfer or of cash waiting for the account to pay it into (PAY-2). */
  refund: RefundDetailsView | null;
}

const pieceOf = (line: AfterSaleOrder["lines"][number]): PieceChoice => ({
  id: line.id, name: `${line.designer} — ${line.name}`, variant: [line.colour, line.size].filter((part): part is string => Boolean(part)),
});

function noticeOf(search: URLSearchParams, order: AfterSaleOrder, locale: Parameters<typeof money>[2]): AfterSaleNotice | null {
  const done = search.get("done");
  if (done === "returned" || done === "tracked" || done === "moved") return { kind: done };
  const count = Number(search.get("cancelled"));
  if (!Number.isSafeInteger(count) || count < 0 || !search.has("cancelled")) return null;
  // Only an amount the order could refund is shown: the query is the customer's own, but a link may be edited.
  const refunded = Number(search.get("refunded"));
  const shown = Number.isSafeInteger(refunded) && refunded > 0 && refunded <= order.total.amount ? money(refunded, order.total.currency, locale) : null;
  return { kind: "cancelled", count, refunded: shown };
}

/**
 * Everything an order page shows after the offer: each line's state, the parcels with their
 * timelines, the returns, and which after-sale form is open (from the URL, so every step works
 * without scripts: `?cancel=…` asks to confirm, `?return=1` opens the return form,
 * `?address=<parcel>` the address form).
 */
export async function orderPageData(context: Context, request: Request, order: AfterSaleOrder, viewer: Viewer, page: PageLink): Promise<OrderPageData> {
  const { locale } = context.get(requestPreferencesContext);
  const search = new URL(request.url).searchParams;
  const shipments = await loadParcels(context, request, order.id, viewer);
  const parcels = shipments.map((shipment) => parcelView(shipment, locale, order.lines));

  const offers = order.lines.filter((line) => line.status === "offer");
  const returning = new Set(order.returns.filter((r) => r.status !== "refused").flatMap((r) => r.lineIds));
  const returnable = order.lines.filter((line) => line.kind !== "service" && line.status === "contracted" && line.deliveredAt && !returning.has(line.id));
  const returnOpen = search.get("return") === "1" && returnable.length > 0;

  const asked = search.get("cancel");
  const all = asked === "all";
  const chosen = all ? offers : offers.filter((line) => (asked ?? "").split(",").includes(line.id));
  const confirmCancel = chosen.length > 0
    ? { all, lineIds: chosen.map((line) => line.id), pieces: chosen.map((line) => pieceOf(line).name), outcome: cancelOutcome(order, chosen.map((line) => line.id), locale) }
    : null;

  const canChangeAddress = viewer.kind === "customer";
  const addressFor = canChangeAddress ? (parcels.find((p) => p.inTransit && p.id === search.get("address"))?.id ?? null) : null;
  return {
    order: orderView(order, locale),
    page, states: lineStates(order, locale), parcels, returns: returnViews(order, locale),
    cancellable: offers.map(pieceOf), returnable: returnable.map(pieceOf), confirmCancel,
    returnOpen, exchange: returnOpen ? await exchangeChoices(context, returnable) : {},
    addressFor, countries: addressFor ? countryChoices(locale) : null, canChangeAddress,
    notice: noticeOf(search, order, locale),
    refund: await refundDetailsView(context, order.id, viewer, locale, search),
  };
}
