import { Link } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { readInstructions } from "../../checkout/checkout-api.server";
import { paymentMethodLabel, paymentStatusLabel } from "../../checkout/labels";
import { orderForVisitor, transferView } from "../../checkout/orders.server";
import { orderView, type OrderView } from "../../checkout/present.server";
import { OrderLines } from "../../components/checkout/order-lines";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/complete";

/**
 * /checkout/complete/<order>: where placing an order lands, and where the card provider sends
 * the customer back (`outcome` says what it did; the order's payment status follows its signed
 * notice, which may come a moment later). Guests carry the token of their link.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const search = new URL(request.url).searchParams;
  const token = search.get("token");
  const order = await orderForVisitor(context, request, params.orderId, token);
  const instructions = readInstructions(request, params.orderId);
  return {
    order: order ? orderView(order, locale) : null,
    // A retried placing of a guest's order cannot give its link again: the number still reassures.
    number: search.get("number"),
    outcome: search.get("outcome"),
    transfer: instructions ? transferView(instructions, locale) : null,
    followLink: order ? (token ? `/orders/${order.id}?${new URLSearchParams({ token })}` : `/account/orders/${order.id}`) : null,
  };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("checkout.complete.title") }, { name: "robots", content: "noindex" }];

/** What the customer should know about paying, from the method, the status and what the card page said. */
function paymentMessage(order: OrderView, outcome: string | null): PlainMessageKey | null {
  if (order.paymentMethod === "cod") return "checkout.complete.cod";
  if (order.paymentMethod !== "card") return null;
  if (order.paymentStatus === "authorised") return "checkout.complete.cardAuthorised";
  if (order.paymentStatus === "review") return "checkout.complete.cardReview";
  if (order.paymentStatus === "failed" || outcome === "failed") return "checkout.complete.cardFailed";
  return "checkout.complete.cardWaiting";
}

export default function CheckoutComplete({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { order, number, outcome, transfer, followLink } = loaderData;
  if (!order) {
    return (
      <div className="checkout container">
        <h1 className="checkout__heading">{t("checkout.complete.heading")}</h1>
        {number ? (
          <p className="checkout-complete__number">
            {t("checkout.complete.number")} <strong>{number}</strong>
          </p>
        ) : null}
        <p className="checkout__lead">{t("checkout.complete.placedNoLink")}</p>
        <p className="checkout-complete__meaning">{t("checkout.complete.meaning")}</p>
      </div>
    );
  }
  const message = paymentMessage(order, outcome);
  const waitingForPayment = order.paymentStatus === "pending" || order.paymentStatus === "failed";
  return (
    <div className="checkout container">
      <h1 className="checkout__heading">{t("checkout.complete.heading")}</h1>
      <p className="checkout-complete__number">
        {t("checkout.complete.number")} <strong className="checkout-complete__order-number">{order.number}</strong>
      </p>
      <p className="checkout-complete__meaning">{t("checkout.complete.meaning")}</p>
      <p className="checkout__lead">{t("checkout.complete.email", { email: order.email })}</p>

      <section className="checkout-complete__payment" aria-labelledby="complete-payment-heading">
        <h2 id="complete-payment-heading" className="checkout-section__heading">
          {t("checkout.complete.payment")}
        </h2>
        <p className="checkout-complete__status">
          {t(paymentMethodLabel(order.paymentMethod))} — {t(paymentStatusLabel(order.paymentStatus))}
        </p>
        {message ? <p className="checkout__lead">{t(message)}</p> : null}
        {order.paymentMethod === "bank_transfer" && transfer ? <TransferInstructions transfer={transfer} /> : null}
        {waitingForPayment && order.paymentDeadline ? <p className="form-field__hint">{t("checkout.complete.payBy", { date: order.paymentDeadline })}</p> : null}
      </section>

      <OrderLines lines={order.lines} label={t("orders.detail.pieces")} />
      <p className="checkout-complete__total">
        {t("checkout.totals.total")} <strong>{order.total}</strong>
      </p>
      <div className="account-form__actions">
        {followLink ? (
          <Link to={followLink} className="button">
            {t("checkout.complete.follow")}
          </Link>
        ) : null}
        <Link to="/" className="form-button form-button--quiet">
          {t("checkout.complete.continue")}
        </Link>
      </div>
      {followLink?.startsWith("/orders/") ? <p className="form-field__hint">{t("checkout.complete.followGuest")}</p> : null}
    </div>
  );
}

function TransferInstructions({ transfer }: { transfer: NonNullable<Route.ComponentProps["loaderData"]["transfer"]> }) {
  const { t } = useI18n();
  const rows: [PlainMessageKey, string | null][] = [
    ["checkout.complete.transfer.reference", transfer.reference],
    ["checkout.complete.transfer.amount", transfer.amount],
    ["checkout.complete.transfer.bank", transfer.bank],
    ["checkout.complete.transfer.accountName", transfer.accountName],
    ["checkout.complete.transfer.accountNumber", transfer.accountNumber],
    ["checkout.complete.transfer.payBy", transfer.payBy],
  ];
  return (
    <section className="checkout-transfer" aria-labelledby="transfer-heading">
      <h3 id="transfer-heading" className="checkout-section__heading">
        {t("checkout.complete.transferHeading")}
      </h3>
      <p className="checkout__lead">{t("checkout.complete.transferLead")}</p>
      <dl className="checkout-transfer__list">
        {rows
          .filter((row): row is [PlainMessageKey, string] => row[1] !== null)
          .map(([label, value]) => (
            <div key={label} className="checkout-transfer__row">
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
