import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { heldBecauseKey, riskReasonText, waitText, type ReviewItem } from "../../backstage/payments";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton } from "../account/form-fields";
import { Fact } from "./fact";

type Payment = ReviewItem & { amountText: string; waitedMinutes: number };
type Refusal = { intent: "accept" | "cancel"; errors: FormErrors; reason: string } | undefined;

interface PaymentReviewProps {
  payment: Payment;
  threshold: number;
  csrfToken: string;
  /** The customer's page needs `customers.read`; without it the address is shown unlinked. */
  canOpenCustomers: boolean;
  refusal: Refusal;
}

/** One held card payment: what it is, why it was held, and the two decisions, each with its reason. */
export function PaymentReview({ payment, threshold, csrfToken, canOpenCustomers, refusal }: PaymentReviewProps) {
  const { t } = useI18n();
  const label = payment.orderNumber ?? payment.orderId;
  return (
    <article className="payment-review" aria-labelledby={`${payment.id}-heading`}>
      <h2 id={`${payment.id}-heading`} className="account-page__subheading">
        <Link to={`/admin/orders/${payment.orderId}`} className="text-link">
          {label}
        </Link>
      </h2>
      <dl className="backstage-facts">
        <Fact term={t("backstage.payments.reviews.amount")}>{payment.amountText}</Fact>
        <Fact term={t("backstage.payments.reviews.paidBy")}>
          {payment.email}
          <span className="backstage-table__secondary">
            {payment.customerId && canOpenCustomers ? (
              <Link to={`/admin/customers/${payment.customerId}`} className="text-link">
                {t("backstage.payments.reviews.customerLink")}
              </Link>
            ) : payment.customerId ? (
              t("backstage.payments.reviews.customerLink")
            ) : (
              t("backstage.payments.reviews.guest")
            )}
          </span>
        </Fact>
        {payment.card ? <Fact term={t("backstage.payments.reviews.card")}>{t("backstage.payments.reviews.cardNumber", { brand: payment.card.brand, last4: payment.card.last4 })}</Fact> : null}
        <Fact term={t("backstage.payments.reviews.score")}>
          {t("backstage.payments.reviews.scoreValue", { score: payment.riskScore, threshold })}
          <span className="backstage-table__secondary">{t(heldBecauseKey(payment.reviewReason))}</span>
        </Fact>
        <Fact term={t("backstage.payments.reviews.reasons")}>
          {payment.riskReasons.length === 0 ? (
            t("backstage.payments.reviews.noReasons")
          ) : (
            <ul className="payment-review__reasons">
              {payment.riskReasons.map((reason) => (
                <li key={reason}>{riskReasonText(t, reason)}</li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={t("backstage.payments.reviews.waiting")}>{waitText(t, payment.waitedMinutes)}</Fact>
      </dl>
      <div className="payment-review__decisions">
        <DecisionForm kind="accept" payment={payment} csrfToken={csrfToken} refusal={refusal?.intent === "accept" ? refusal : undefined} />
        <DecisionForm kind="cancel" payment={payment} csrfToken={csrfToken} refusal={refusal?.intent === "cancel" ? refusal : undefined} />
      </div>
    </article>
  );
}


const DECISION_TEXTS = {
  accept: { heading: "backstage.payments.reviews.acceptHeading", reason: "backstage.payments.reviews.acceptReason", hint: "backstage.payments.reviews.acceptHint", submit: "backstage.payments.reviews.accept" },
  cancel: { heading: "backstage.payments.reviews.cancelHeading", reason: "backstage.payments.reviews.cancelReason", hint: "backstage.payments.reviews.cancelHint", submit: "backstage.payments.reviews.cancel" },
} as const;

function DecisionForm({ kind, payment, csrfToken, refusal }: { kind: "accept" | "cancel"; payment: Payment; csrfToken: string; refusal: Refusal }) {
  const { t } = useI18n();
  const texts = DECISION_TEXTS[kind];
  const id = `${payment.id}-${kind}`;
  const reasonError = refusal?.errors.fields.reason;
  return (
    <Form method="post" className={kind === "cancel" ? "payment-review__form account-form--attention" : "payment-review__form"} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="catalogue-variant__caption">
        {t(texts.heading)}
      </h3>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="paymentId" value={payment.id} />
      <FormAlert errors={refusal?.errors} />
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-reason`}>
          {t(texts.reason)}
        </label>
        <p id={`${id}-reason-hint`} className="form-field__hint">
          {t(texts.hint)}
        </p>
        <textarea
          id={`${id}-reason`}
          name="reason"
          className="form-field__input form-field__textarea backstage-textarea--short"
          rows={2}
          minLength={3}
          maxLength={500}
          required
          defaultValue={refusal?.reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={[`${id}-reason-hint`, reasonError ? `${id}-reason-error` : ""].filter(Boolean).join(" ")}
        />
        <FieldError id={reasonError ? `${id}-reason-error` : undefined} error={reasonError} />
      </div>
      <SubmitButton intent={kind} variant={kind === "accept" ? "primary" : "quiet"}>
        {t(texts.submit)}
      </SubmitButton>
    </Form>
  );
}
