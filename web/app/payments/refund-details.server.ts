import { data, redirect, type RouterContextProvider } from "react-router";
import { changeAccount } from "../account/account-api.server";
import { textField } from "../account/forms";
import { formErrorsFrom, refusalStatus, type FormErrors } from "../account/problems";
import { apiJson, type ApiProblem } from "../api/server-api";
import { money } from "../checkout/present.server";
import type { Viewer } from "../fulfilment/fulfilment-api.server";
import { pageUrl, type PageLink } from "../fulfilment/page-link";
import type { Locale } from "../i18n/locales";
import type { PlainMessageKey } from "../i18n/translate";

type Context = Readonly<RouterContextProvider>;

/** GET/PUT /api/orders/:id/refund-details: the account number only ever comes back by its ending. */
interface RefundDetailsState {
  needed: boolean;
  amount: number;
  currency: string | null;
  given: { accountHolder: string; bankName: string; accountNumberEnding: string; bankCode: string | null } | null;
}

/** What the order page shows of a refund paid out by hand (PAY-2); null when none waits. */
export interface RefundDetailsView {
  needed: boolean;
  amount: string;
  given: RefundDetailsState["given"];
  /** The form is shown: details are needed, or the customer asked to change them. */
  formOpen: boolean;
  /** The details were just saved (from the redirect's query). */
  saved: boolean;
}

export const REFUND_FIELDS = ["accountHolder", "bankName", "accountNumber", "bankCode"] as const;

const enc = encodeURIComponent;
const pathOf = (orderId: string, viewer: Viewer) => `/orders/${enc(orderId)}/refund-details${viewer.kind === "guest" ? `?${new URLSearchParams({ token: viewer.token })}` : ""}`;

/**
 * Whether a refund of the order waits for the account to pay it into. The order itself has
 * loaded already: should this answer fail, the page is still worth showing, without the section.
 */
export async function refundDetailsView(context: Context, orderId: string, viewer: Viewer, locale: Locale, search: URLSearchParams): Promise<RefundDetailsView | null> {
  const result = await apiJson<RefundDetailsState>(context, pathOf(orderId, viewer), viewer.kind === "guest" ? { onlyCookies: [] } : undefined);
  if (!result.ok || !result.data.currency) return null;
  const state = result.data;
  return {
    needed: state.needed,
    amount: money(state.amount, state.currency!, locale),
    given: state.given,
    formOpen: state.needed || search.get("refund") === "change",
    saved: search.get("refund") === "saved",
  };
}

const FIELD_MESSAGES: Readonly<Record<(typeof REFUND_FIELDS)[number], PlainMessageKey>> = {
  accountHolder: "refund.error.accountHolder",
  bankName: "refund.error.bankName",
  accountNumber: "refund.error.accountNumber",
  bankCode: "refund.error.bankCode",
};

/** A refusal in the form's words: each refused field says what it expects; business refusals say why. */
export function refundDetailsErrors(problem: ApiProblem | null | undefined): FormErrors {
  if (problem?.code === "payments.refund_details_not_needed") return { form: "refund.error.notNeeded", fields: {} };
  if (problem?.code === "payments.order_not_found") return { form: "refund.error.orderNotFound", fields: {} };
  const errors = formErrorsFrom(problem);
  for (const field of REFUND_FIELDS) {
    if (errors.fields[field] && errors.fields[field] !== "account.error.required") errors.fields[field] = FIELD_MESSAGES[field];
  }
  return errors;
}

/**
 * The form of "Where should we pay your refund?": saved, the page comes back with a confirmation
 * showing the account's ending; refused, the form comes back filled in as typed, with the reasons.
 */
export async function giveRefundDetails(context: Context, request: Request, form: FormData, orderId: string, viewer: Viewer, page: PageLink) {
  const values = Object.fromEntries(REFUND_FIELDS.map((name) => [name, textField(form, name)]));
  const body = { accountHolder: values.accountHolder, bankName: values.bankName, accountNumber: values.accountNumber, bankCode: values.bankCode || null };
  const result = viewer.kind === "customer"
    ? await changeAccount<RefundDetailsState>(context, request, pathOf(orderId, viewer), { method: "PUT", body, csrfToken: viewer.csrfToken })
    : await apiJson<RefundDetailsState>(context, pathOf(orderId, viewer), { method: "PUT", body, onlyCookies: [] });
  if (result.ok) return redirect(`${pageUrl(page, { refund: "saved" })}#refund-details`, 303);
  return data({ intent: "refund-details" as const, errors: refundDetailsErrors(result.problem), targetId: null, values }, { status: refusalStatus(result.status) });
}
