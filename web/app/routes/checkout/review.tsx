import { data, Form, Link, redirect, redirectDocument, type ShouldRevalidateFunctionArgs } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { refusalStatus } from "../../account/problems";
import { relayCookies } from "../../api/server-api";
import { instructionsCookie, placeOrder, tokenOfGuestLink } from "../../checkout/checkout-api.server";
import { checkoutRefusal } from "../../checkout/checkout-problems";
import { deadlineText, deliveryMethodLabel, paymentMethodLabel } from "../../checkout/labels";
import { CheckoutPromotions, CheckoutTotals } from "../../components/checkout/checkout-totals";
import { OrderLines } from "../../components/checkout/order-lines";
import { CsrfField, SubmitButton } from "../../components/account/form-fields";
import { ConsigneeAddress } from "../../components/checkout/consignee-address";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/review";
import { useCheckoutArea } from "./checkout-area";

/**
 * Step 4 (ORD-1): everything the order will be, before it is placed. Each render carries a new
 * idempotency key in the form, so a double submit of this form places one order, while a review
 * shown again (after a refusal, say) places afresh.
 */
export function loader() {
  return { idempotencyKey: crypto.randomUUID() };
}

/**
 * A refused order (409: the total moved) must show the new review and a new idempotency key:
 * React Router would otherwise keep the page as it was after a 4xx from the action.
 */
export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus === 409 ? true : defaultShouldRevalidate;
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const accepted = form.get("acceptAgreement") === "on" ? textField(form, "agreementVersion") : "";
  const result = await placeOrder(context, {
    reviewedTotal: Number(textField(form, "reviewedTotal")),
    currency: textField(form, "currency"),
    acceptedAgreementVersion: accepted || undefined,
    idempotencyKey: textField(form, "idempotencyKey"),
    csrfToken: csrfOf(form),
  });
  if (!result.ok) {
    return data({ code: result.problem?.code ?? null, refusal: checkoutRefusal(result.problem) }, { status: refusalStatus(result.status) });
  }
  const { order, payment, guestLink } = result.data;
  const headers = relayCookies(result.headers);
  // The card provider's page is not one of ours: leave the app for it with a full page load.
  if (payment.kind === "redirect") return redirectDocument(payment.url, { status: 303, headers });
  const cookie = instructionsCookie(order.id, payment, new URL(request.url).protocol === "https:");
  if (cookie) headers.append("Set-Cookie", cookie);
  const token = tokenOfGuestLink(guestLink);
  const query = token ? `?${new URLSearchParams({ token })}` : result.data.replayed ? `?${new URLSearchParams({ number: order.number })}` : "";
  return redirect(`/checkout/complete/${order.id}${query}`, { status: 303, headers });
}

export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("checkout.title") }, { name: "robots", content: "noindex" }];

export default function ReviewStep({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { checkout, csrfToken } = useCheckoutArea();
  if (!checkout) return null;
  const { view, details } = checkout;
  const payment = checkout.paymentMethods.find((m) => m.method === details.paymentMethod);
  const refusal = actionData?.refusal;
  return (
    <section className="checkout-review" aria-labelledby="review-heading">
      <h2 id="review-heading" className="checkout__step-heading">
        {t("checkout.review.heading")}
      </h2>
      <p className="checkout__lead">{t("checkout.review.lead")}</p>
      {refusal ? (
        <div className="checkout-refusal" role="alert">
          {actionData?.code === "orders.price_changed" ? <h3 className="checkout-refusal__heading">{t("checkout.review.priceChangedHeading")}</h3> : null}
          <p className="checkout-refusal__body">{t(refusal.message)}</p>
          {refusal.fixAt ? (
            <Link to={refusal.fixAt} className="text-link">
              {t("checkout.refused.fix")}
            </Link>
          ) : null}
        </div>
      ) : null}
      {checkout.missing.length > 0 ? (
        <p className="form-alert">
          {t("checkout.review.missing")} <Link to="/checkout">{t("checkout.continue")}</Link>
        </p>
      ) : null}
      <OrderLines lines={view.lines} label={t("checkout.summary.heading")} />
      <div className="checkout-review__facts">
        <section className="checkout-review__fact" aria-labelledby="review-contact">
          <h3 id="review-contact" className="checkout-section__heading">
            {t("checkout.review.contact")}
          </h3>
          <p className="checkout-review__text">{details.email}</p>
          {details.phone ? <p className="checkout-review__text">{details.phone}</p> : null}
          <Link to="/checkout/contact" className="text-link">{t("checkout.change")}</Link>
        </section>
        {view.consignee ? (
          <section className="checkout-review__fact" aria-labelledby="review-address">
            <h3 id="review-address" className="checkout-section__heading">
              {t("checkout.review.deliverTo")}
            </h3>
            <ConsigneeAddress consignee={view.consignee} />
            <Link to="/checkout/address" className="text-link">{t("checkout.change")}</Link>
          </section>
        ) : null}
        <section className="checkout-review__fact" aria-labelledby="review-delivery">
          <h3 id="review-delivery" className="checkout-section__heading">
            {t("checkout.review.deliveryPayment")}
          </h3>
          <p className="checkout-review__text">{t(deliveryMethodLabel(view.delivery?.method ?? details.deliveryMethod ?? "standard"))}</p>
          {details.paymentMethod ? (
            <p className="checkout-review__text">
              {t(paymentMethodLabel(details.paymentMethod))}
              {payment ? ` — ${deadlineText(t, payment.deadlineMinutes)}` : null}
            </p>
          ) : null}
          <Link to="/checkout/delivery" className="text-link">{t("checkout.change")}</Link>
        </section>
      </div>
      <CheckoutPromotions promotions={view.promotions} />
      <CheckoutTotals review={view} />
      <Form method="post" className="checkout-place" aria-labelledby="review-heading">
        {csrfToken ? <CsrfField token={csrfToken} /> : null}
        <input type="hidden" name="reviewedTotal" value={view.totalMinor} />
        <input type="hidden" name="currency" value={view.currency} />
        <input type="hidden" name="idempotencyKey" value={loaderData.idempotencyKey} />
        {checkout.agreementVersion ? (
          <div className="form-check">
            <input type="hidden" name="agreementVersion" value={checkout.agreementVersion} />
            <input id="accept-agreement" className="form-check__input" type="checkbox" name="acceptAgreement" value="on" required />
            <label className="form-check__label" htmlFor="accept-agreement">
              {t("checkout.review.agreement", { version: checkout.agreementVersion })}
            </label>
            <p className="form-field__hint">
              <Link to="/legal/agreement" target="_blank" rel="noopener">
                {t("checkout.review.agreementLink")}
              </Link>
            </p>
          </div>
        ) : null}
        <p className="checkout-place__note">{t("checkout.review.placeNote", { total: view.total })}</p>
        <div className="account-form__actions">
          <SubmitButton>{t("checkout.review.place")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
