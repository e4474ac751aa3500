import type { RouterContextProvider } from "react-router";
import { currentSession } from "../account/account-api.server";
import { apiJson } from "../api/server-api";
import { formatDateTime } from "../i18n/dates";
import type { Locale } from "../i18n/locales";
import { loadGuestOrder, type TransferInstructions } from "./checkout-api.server";
import type { Order } from "./checkout-types";
import { money } from "./present.server";

type Context = Readonly<RouterContextProvider>;

/**
 * An order the visitor may see: a guest's through the token of their link, a customer's through
 * their session. Null when neither opens it (the API answers 404 to anyone else's order).
 */
export async function orderForVisitor(context: Context, request: Request, orderId: string, token: string | null): Promise<Order | null> {
  if (token) return loadGuestOrder(context, orderId, token);
  if (!(await currentSession(context, request))) return null;
  const result = await apiJson<Order>(context, `/account/orders/${encodeURIComponent(orderId)}`);
  if (result.ok) return result.data;
  if (result.status === 404 || result.status === 400 || result.status === 401) return null;
  throw new Response(null, { status: 502 });
}

export interface TransferView {
  reference: string;
  bank: string | null;
  accountName: string | null;
  accountNumber: string | null;
  amount: string | null;
  payBy: string | null;
}

/** Bank transfer instructions with the amount and the date in the reader's language. */
export function transferView(instructions: TransferInstructions, locale: Locale): TransferView {
  const { details } = instructions;
  const text = (key: string) => (details[key] === undefined ? null : String(details[key]));
  const amount = Number(details.amount);
  const currency = text("currency");
  const payBy = text("payBy");
  return {
    reference: instructions.reference,
    bank: text("bank"),
    accountName: text("accountName"),
    accountNumber: text("accountNumber"),
    amount: currency && Number.isSafeInteger(amount) ? money(amount, currency, locale) : null,
    payBy: payBy && !Number.isNaN(Date.parse(payBy)) ? formatDateTime(new Date(payBy), locale) : payBy,
  };
}
