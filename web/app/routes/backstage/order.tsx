import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { fulfilmentErrorsFrom, isOrderLineId, type Shipment } from "../../backstage/fulfilment";
import { isOrderId, isPaymentId, ordersErrorsFrom, type StaffOrder } from "../../backstage/orders";
import { staffOrderView } from "../../backstage/orders-present.server";
import { parseAmount } from "../../backstage/pricing";
import { changeAsStaff, loadStaffResource, requirePermission, type PageArgs } from "../../backstage/staff-api.server";
import { money } from "../../checkout/present.server";
import { FormNotice } from "../../components/account/form-fields";
import { CancelLinesForm, OrderParcels, RefundForm, type AfterSaleRefusal } from "../../components/backstage/order-after-sale";
import { OrderPayments } from "../../components/backstage/order-payments";
import { OrderServices, type ServicesRefusal } from "../../components/backstage/order-services";
import { OrderConsignee, OrderFacts, OrderHistory, OrderLinesTable, OrderTotals } from "../../components/backstage/order-sections";
import { translatorFromMatches } from "../../i18n/meta";
import { CURRENCY_EXPONENT, type CurrencyCode } from "../../i18n/money";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/order";
import { useBackstageArea } from "./signed-in";

const SAVED: Readonly<Record<string, PlainMessageKey>> = {
  transfer: "backstage.order.transferSaved",
  cancelled: "backstage.afterSale.cancelled",
  refunded: "backstage.afterSale.refunded",
  confirmed: "backstage.services.savedConfirmed",
  given: "backstage.services.savedGiven",
};

/** One order as staff work on it; the API writes the view to the audit log. */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "orders.manage");
  if (!isOrderId(params.id)) throw data(null, { status: 404 });
  const { locale } = context.get(requestPreferencesContext);
  const order = await loadStaffResource<StaffOrder>(args, `/admin/orders/${params.id}`);
  const { shipments } = await loadStaffResource<{ shipments: Shipment[] }>(args, `/admin/orders/${params.id}/shipments`);
  const currency = order.total.currency;
  const refundable = order.payments.filter((p) => p.captured.currency === currency).reduce((sum, p) => sum + p.captured.amount - p.refunded.amount, 0);
  const view = staffOrderView(order, locale);
  const saved = url.searchParams.get("saved") ?? "";
  return {
    order: view,
    saved: Object.hasOwn(SAVED, saved) ? SAVED[saved]! : null,
    services: {
      open: view.lines.filter((line) => line.kind === "service" && line.status === "offer").map((line) => ({ id: line.id, label: `${line.designer} — ${line.name}`, confirmedAt: null })),
      confirmed: view.lines.filter((line) => line.kind === "service" && line.status === "contracted" && !line.delivered).map((line) => ({ id: line.id, label: `${line.designer} — ${line.name}`, confirmedAt: line.statusAt })),
    },
    openLines: view.lines.filter((line) => line.status === "offer").map((line) => ({ id: line.id, label: `${line.designer} — ${line.name}`, detail: [...line.variant, line.total, line.location].join(" · ") })),
    refund: refundable > 0 ? { refundable: money(refundable, currency, locale), currency, idempotencyKey: crypto.randomUUID() } : null,
    parcels: shipments.map((s) => ({ id: s.id, number: s.number, status: s.status })),
    packAt: order.lines.find((line) => line.status === "offer" && line.kind !== "service")?.location.id ?? null,
  };
}

type TransferRefusal = { intent: "transfer-received"; paymentId: string; errors: FormErrors };

/**
 * A bank transfer seen on the shop's statement is recorded through the payments API; the order's
 * payment moves on, and the page shows it. Lines the shop cannot supply are cancelled (ORD-3), and
 * money refunded by the original method (PAY-2). A refusal is said beside its form.
 */
export async function action({ context, request, params, url }: Route.ActionArgs) {
  if (!isOrderId(params.id)) throw data(null, { status: 404 });
  const args: PageArgs = { context, request, url };
  const form = await request.formData();
  const intent = textField(form, "intent");
  if (intent === "cancel-lines" || intent === "refund") return afterSale(args, params.id, intent, form);
  if (intent === "confirm-services" || intent === "services-given") return services(args, params.id, intent, form);
  const paymentId = textField(form, "payment");
  if (intent !== "transfer-received" || !isPaymentId(paymentId)) throw data(null, { status: 400 });
  const result = await changeAsStaff(args, `/admin/payments/${paymentId}/transfer-received`, { method: "POST", csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/orders/${params.id}?saved=transfer`, 303);
  return data<TransferRefusal>({ intent, paymentId, errors: ordersErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

const isCurrency = (code: string): code is CurrencyCode => Object.hasOwn(CURRENCY_EXPONENT, code);

async function afterSale(args: PageArgs, orderId: string, intent: AfterSaleRefusal["intent"], form: FormData) {
  const lineIds = [...new Set(form.getAll("lineId"))].filter(isOrderLineId);
  const values = { reason: textField(form, "reason"), amount: textField(form, "amount"), lineIds };
  const refuse = (errors: FormErrors, status: number) => data<AfterSaleRefusal>({ intent, errors, values }, { status });
  const fields: FormErrors["fields"] = {};
  if (values.reason.length < 3) fields.reason = "backstage.afterSale.error.reason";
  if (intent === "cancel-lines") {
    if (lineIds.length === 0) fields.lineIds = "backstage.afterSale.error.noLines";
    if (Object.keys(fields).length > 0) return refuse({ form: "account.error.checkFields", fields }, 400);
    const result = await changeAsStaff(args, `/admin/orders/${orderId}/cancel-lines`, { method: "POST", body: { lineIds, reason: values.reason }, csrfToken: csrfOf(form) });
    if (result.ok) return redirect(`/admin/orders/${orderId}?saved=cancelled`, 303);
    return refuse(fulfilmentErrorsFrom(result.problem), refusalStatus(result.status));
  }
  const currency = textField(form, "currency");
  const key = textField(form, "idempotencyKey");
  if (!/^[\w-]{8,100}$/.test(key)) throw data(null, { status: 400 });
  const amount = parseAmount(values.amount, isCurrency(currency) ? currency : "HKD");
  if (!amount) fields.amount = "backstage.afterSale.error.amount";
  if (Object.keys(fields).length > 0) return refuse({ form: "account.error.checkFields", fields }, 400);
  const result = await changeAsStaff(args, `/admin/orders/${orderId}/refunds`, { method: "POST", body: { amount, reason: values.reason }, idempotencyKey: key, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/orders/${orderId}?saved=refunded`, 303);
  return refuse(fulfilmentErrorsFrom(result.problem), refusalStatus(result.status));
}

/** ORD-2: services are confirmed to the customer (their contract forms), then marked given. */
async function services(args: PageArgs, orderId: string, intent: ServicesRefusal["intent"], form: FormData) {
  const lineIds = [...new Set(form.getAll("lineId"))].filter(isOrderLineId);
  const values = { note: textField(form, "note"), lineIds };
  if (lineIds.length === 0) return data<ServicesRefusal>({ intent, errors: { form: "account.error.checkFields", fields: { lineIds: "backstage.afterSale.error.noLines" } }, values }, { status: 400 });
  const [path, body, saved] = intent === "confirm-services" ? ["confirm", { lineIds, note: values.note }, "confirmed"] : ["given", { lineIds }, "given"];
  const result = await changeAsStaff(args, `/admin/orders/${orderId}/services/${path}`, { method: "POST", body, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/orders/${orderId}?saved=${saved}`, 303);
  return data<ServicesRefusal>({ intent, errors: fulfilmentErrorsFrom(result.problem), values }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: loaderData ? t("backstage.order.title", { number: loaderData.order.number }) : t("backstage.orders.title") }, { name: "robots", content: "noindex" }];
};

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { permissions, csrfToken } = useBackstageArea();
  const { order, saved, openLines, refund, parcels, packAt, services } = loaderData;
  const transferRefused = actionData?.intent === "transfer-received" ? actionData : null;
  const afterSaleRefused = (intent: AfterSaleRefusal["intent"]) => (actionData?.intent === intent ? (actionData as AfterSaleRefusal) : undefined);
  return (
    <section className="backstage-page backstage-page--wide backstage-order" aria-labelledby="order-heading">
      <p className="order-detail__back">
        <Link to="/admin/orders" className="text-link">
          {t("backstage.order.back")}
        </Link>
      </p>
      <p className="eyebrow">{t("backstage.order.eyebrow")}</p>
      <h1 id="order-heading" className="backstage-page__heading">
        {t("backstage.order.heading", { number: order.number })}
      </h1>
      <p className="backstage-audit-note">{t("backstage.order.auditNote")}</p>
      {saved && !actionData ? <FormNotice>{t(saved)}</FormNotice> : null}
      <OrderFacts order={order} canOpenCustomer={permissions.includes("customers.read")} />
      <OrderLinesTable order={order} />
      <div className="backstage-order__columns">
        <OrderConsignee order={order} />
        <OrderTotals order={order} />
      </div>
      {services.open.length > 0 || services.confirmed.length > 0 ? (
        <OrderServices {...services} csrfToken={csrfToken} refused={actionData?.intent === "confirm-services" || actionData?.intent === "services-given" ? (actionData as ServicesRefusal) : undefined} />
      ) : null}
      <OrderParcels parcels={parcels} packAt={packAt} />
      <OrderPayments payments={order.payments} csrfToken={csrfToken} refused={transferRefused} />
      {openLines.length > 0 || refund ? (
        <section className="backstage-order__section" aria-labelledby="after-sale-heading">
          <h2 id="after-sale-heading" className="account-page__subheading">
            {t("backstage.afterSale.heading")}
          </h2>
          <div className="payment-review__decisions order-after-sale">
            {openLines.length > 0 ? <CancelLinesForm key={openLines.map((line) => line.id).join()} lines={openLines} csrfToken={csrfToken} refused={afterSaleRefused("cancel-lines")} /> : null}
            {refund ? <RefundForm key={refund.idempotencyKey} {...refund} csrfToken={csrfToken} refused={afterSaleRefused("refund")} /> : null}
          </div>
        </section>
      ) : null}
      <OrderHistory order={order} />
    </section>
  );
}

