import { data, redirect, type RouterContextProvider } from "react-router";
import { csrfOf, textField } from "../account/forms";
import { refusalStatus, type FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import { giveRefundDetails } from "../payments/refund-details.server";
import { cancelLines, changeParcelAddress, requestReturn, sendReturnTracking, type Viewer } from "./fulfilment-api.server";
import type { PostalAddress } from "./fulfilment-types";
import { pageUrl, type PageLink } from "./page-link";
import { afterSaleErrors } from "./problems";

type Context = Readonly<RouterContextProvider>;

export type AfterSaleIntent = "cancel" | "return" | "return-tracking" | "address" | "refund-details";

/** What a refused form comes back with: its messages, what was typed, and which parcel or return it was. */
export interface AfterSaleRefusal {
  intent: AfterSaleIntent;
  errors: FormErrors;
  targetId: string | null;
  values: Record<string, string | string[]>;
}

export const ADDRESS_FIELDS = ["line1", "line2", "city", "region", "postalCode", "countryCode"] as const;

/** The address form's fields as the API takes them: emptied optional ones as null. */
export function addressOf(form: FormData): PostalAddress {
  const text = (name: (typeof ADDRESS_FIELDS)[number]) => textField(form, name);
  return { line1: text("line1"), line2: text("line2") || null, city: text("city"), region: text("region") || null, postalCode: text("postalCode") || null, countryCode: text("countryCode") };
}

const idsOf = (form: FormData) => form.getAll("lineId").filter((value): value is string => typeof value === "string" && value !== "");

function refused(intent: AfterSaleIntent, result: { status: number; problem: ApiProblem }, targetId: string | null, values: AfterSaleRefusal["values"] = {}) {
  return data<AfterSaleRefusal>({ intent, errors: afterSaleErrors(result.problem), targetId, values }, { status: refusalStatus(result.status) });
}

function refusedHere(intent: AfterSaleIntent, form: FormErrors["form"], values: AfterSaleRefusal["values"] = {}) {
  return data<AfterSaleRefusal>({ intent, errors: { form, fields: {} }, targetId: null, values }, { status: 400 });
}

/**
 * The after-sale forms of an order page, told apart by `intent`. Each change ends in a redirect
 * to the page with a notice (so a reload does not send it again); a refusal renders the page
 * with the form still filled in. Cancelling takes two steps: choosing, then confirming.
 */
export async function orderPageAction(context: Context, request: Request, orderId: string, viewer: Viewer, page: PageLink) {
  const form = await request.formData();
  const who: Viewer = viewer.kind === "customer" ? { kind: "customer", csrfToken: csrfOf(form) } : viewer;
  const intent = textField(form, "intent");
  const back = (params: Record<string, string>) => redirect(pageUrl(page, params), 303);

  switch (intent) {
    case "cancel-all":
      return back({ cancel: "all" });
    case "cancel-chosen": {
      const lineIds = idsOf(form);
      return lineIds.length ? back({ cancel: lineIds.join(",") }) : refusedHere("cancel", "fulfilment.error.choosePieces");
    }
    case "cancel-confirm": {
      const lineIds = textField(form, "scope") === "all" ? null : idsOf(form);
      const result = await cancelLines(context, request, orderId, who, lineIds);
      if (!result.ok) return refused("cancel", result, null);
      return back({ cancelled: String(result.data.cancelled.length), refunded: String(result.data.refunded) });
    }
    case "return": {
      const lineIds = idsOf(form);
      const resolution = textField(form, "resolution") === "exchange" ? "exchange" : "refund";
      const exchangeVariants = Object.fromEntries(lineIds.map((id) => [id, textField(form, `exchange-${id}`)]).filter(([, variant]) => variant));
      const values = { lineId: lineIds, reason: textField(form, "reason"), resolution, ...Object.fromEntries(Object.entries(exchangeVariants).map(([id, v]) => [`exchange-${id}`, v])) };
      if (!lineIds.length) return refusedHere("return", "fulfilment.error.choosePieces", values);
      const body = { lineIds, reason: values.reason, resolution, ...(resolution === "exchange" ? { exchangeVariants } : {}) } as const;
      const result = await requestReturn(context, request, orderId, who, body);
      return result.ok ? back({ done: "returned" }) : refused("return", result, null, values);
    }
    case "return-tracking": {
      const returnId = textField(form, "returnId");
      const values = { carrier: textField(form, "carrier"), trackingNumber: textField(form, "trackingNumber") };
      const result = await sendReturnTracking(context, request, orderId, returnId, who, values);
      return result.ok ? back({ done: "tracked" }) : refused("return-tracking", result, returnId, values);
    }
    case "address": {
      const shipmentId = textField(form, "shipmentId");
      const address = addressOf(form);
      const values = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, textField(form, name)]));
      if (who.kind !== "customer") return refusedHere("address", "account.error.generic", values);
      const result = await changeParcelAddress(context, request, shipmentId, who.csrfToken, address);
      return result.ok ? back({ done: "moved" }) : refused("address", result, shipmentId, values);
    }
    case "refund-details":
      return giveRefundDetails(context, request, form, orderId, who, page);
    default:
      return refusedHere("cancel", "account.error.generic");
  }
}
