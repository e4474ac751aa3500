import { data, Form, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { refusalStatus } from "../../account/problems";
import { saveCheckout } from "../../checkout/checkout-api.server";
import { stepErrorsFrom } from "../../checkout/checkout-problems";
import type { DeliveryMethod, PaymentMethod } from "../../checkout/checkout-types";
import { deadlineText, deliveryMethodLabel, paymentMethodLabel } from "../../checkout/labels";
import { CsrfField, FormAlert, SubmitButton } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/delivery";
import { useCheckoutArea } from "./checkout-area";

const DELIVERY_METHODS: readonly DeliveryMethod[] = ["standard", "express"];
const isDeliveryMethod = (value: string): value is DeliveryMethod => (DELIVERY_METHODS as readonly string[]).includes(value);
const isPaymentMethod = (value: string): value is PaymentMethod => ["card", "bank_transfer", "cod"].includes(value);

/** Step 3: how the parcel travels and how the customer pays, each payment method with its deadline (PAY-1). */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const deliveryMethod = textField(form, "deliveryMethod");
  const paymentMethod = textField(form, "paymentMethod");
  const changes = { ...(isDeliveryMethod(deliveryMethod) ? { deliveryMethod } : {}), ...(isPaymentMethod(paymentMethod) ? { paymentMethod } : {}) };
  const result = await saveCheckout(context, changes, csrfOf(form));
  if (result.ok) return redirect(result.data.missing.length === 0 ? "/checkout/review" : "/checkout", 303);
  return data({ errors: stepErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const meta: Route.MetaFunction = ({ matches }) => [{ title: translatorFromMatches(matches).t("checkout.title") }, { name: "robots", content: "noindex" }];

export default function DeliveryStep({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { checkout, csrfToken } = useCheckoutArea();
  if (!checkout) return null;
  if (!checkout.zone) {
    return (
      <section aria-labelledby="delivery-heading">
        <h2 id="delivery-heading" className="checkout__step-heading">
          {t("checkout.delivery.heading")}
        </h2>
        <p className="form-alert">{t("checkout.delivery.needAddress")}</p>
        <Link to="/checkout/address" className="button">
          {t("checkout.step.address")}
        </Link>
      </section>
    );
  }
  const quoted = checkout.view.delivery;
  const chosenDelivery = checkout.details.deliveryMethod ?? (quoted && isDeliveryMethod(quoted.method) ? quoted.method : "standard");
  const chosenPayment = checkout.details.paymentMethod ?? checkout.paymentMethods[0]?.method;
  const priceOf = (method: DeliveryMethod) => {
    const option = checkout.view.deliveryOptions.find((o) => o.method === method);
    if (!option) return t("checkout.delivery.priceOnChoice");
    return option.free ? t("checkout.delivery.free") : t("checkout.delivery.price", { amount: option.amount });
  };
  return (
    <section aria-labelledby="delivery-heading">
      <h2 id="delivery-heading" className="checkout__step-heading">
        {t("checkout.delivery.heading")}
      </h2>
      <Form method="post" className="account-form" aria-labelledby="delivery-heading">
        <FormAlert errors={actionData?.errors} />
        {csrfToken ? <CsrfField token={csrfToken} /> : null}
        <fieldset className="checkout-choice">
          <legend className="checkout-choice__legend">{t("checkout.delivery.legend")}</legend>
          {DELIVERY_METHODS.map((method) => (
            <div key={method} className="checkout-choice__option">
              <input id={`delivery-${method}`} className="checkout-choice__input" type="radio" name="deliveryMethod" value={method} defaultChecked={method === chosenDelivery} aria-describedby={`delivery-${method}-price`} />
              <label className="checkout-choice__label" htmlFor={`delivery-${method}`}>
                {t(deliveryMethodLabel(method))}
              </label>
              <p id={`delivery-${method}-price`} className="checkout-choice__detail">
                {priceOf(method)}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset className="checkout-choice">
          <legend className="checkout-choice__legend">{t("checkout.payment.legend")}</legend>
          {checkout.paymentMethods.map(({ method, deadlineMinutes }) => (
            <div key={method} className="checkout-choice__option">
              <input id={`payment-${method}`} className="checkout-choice__input" type="radio" name="paymentMethod" value={method} required defaultChecked={method === chosenPayment} aria-describedby={`payment-${method}-deadline`} />
              <label className="checkout-choice__label" htmlFor={`payment-${method}`}>
                {t(paymentMethodLabel(method))}
              </label>
              <p id={`payment-${method}-deadline`} className="checkout-choice__detail">
                {deadlineText(t, deadlineMinutes)}
                {method === "card" ? ` — ${t("checkout.payment.cardNote")}` : null}
              </p>
            </div>
          ))}
          <p className="form-field__hint">{t("checkout.payment.deadlineNote")}</p>
        </fieldset>
        <div className="account-form__actions">
          <SubmitButton>{t("checkout.continue")}</SubmitButton>
          <Link to="/checkout/address" className="form-button form-button--quiet">
            {t("checkout.back")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
