import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { intentStatusKey, methodKey, operationKey, outcomeKey } from "../../backstage/orders";
import type { PaymentView } from "../../backstage/orders-present.server";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton } from "../account/form-fields";

interface OrderPaymentsProps {
  payments: readonly PaymentView[];
  csrfToken: string;
  /** A refused "transfer received", for the payment it was about. */
  refused: { paymentId: string; errors: FormErrors } | null;
}

/**
 * The order's payments: amounts authorised, captured and refunded, the card as brand and last
 * four digits only (PAY-4), the fraud score and its reasons (PAY-3), and every provider call.
 */
export function OrderPayments({ payments, csrfToken, refused }: OrderPaymentsProps) {
  const { t } = useI18n();
  return (
    <section className="backstage-order__section" aria-labelledby="order-payments-heading">
      <h2 id="order-payments-heading" className="account-page__subheading">
        {t("backstage.orders.payments")}
      </h2>
      {payments.length === 0 ? <p className="form-field__hint">{t("backstage.orders.noPayments")}</p> : null}
      {payments.map((payment) => (
        <Payment key={payment.id} payment={payment} csrfToken={csrfToken} errors={refused?.paymentId === payment.id ? refused.errors : undefined} />
      ))}
    </section>
  );
}

function Payment({ payment, csrfToken, errors }: { payment: PaymentView; csrfToken: string; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const word = (key: PlainMessageKey | undefined, code: string) => (key ? t(key) : code);
  const headingId = `payment-${payment.id}`;
  const rows: [string, string][] = [
    [t("backstage.orders.field.status"), word(intentStatusKey(payment.status), payment.status)],
    [t("backstage.orders.amount"), payment.amount],
    [t("backstage.orders.authorised"), payment.authorised],
    [t("backstage.orders.captured"), payment.captured],
    [t("backstage.orders.refunded"), payment.refunded],
    ...(payment.card ? [[t("backstage.orders.card"), payment.card] as [string, string]] : []),
    ...(payment.transferReference ? [[t("backstage.orders.transferReference"), payment.transferReference] as [string, string]] : []),
    ...(payment.deadlineAt ? [[t("backstage.orders.deadline"), payment.deadlineAt] as [string, string]] : []),
    [t("backstage.orders.risk"), payment.riskReasons.length > 0 ? `${payment.riskScore} · ${payment.riskReasons.join(", ")}` : String(payment.riskScore)],
    ...([
      [t("backstage.orders.reviewReason"), payment.reviewReason],
      [t("backstage.orders.decisionReason"), payment.decisionReason],
      [t("backstage.orders.failureReason"), payment.failureReason],
    ].filter(([, value]) => value) as [string, string][]),
    ...(payment.latePayment ? [[t("backstage.orders.latePayment"), t("backstage.orders.latePaymentExplained")] as [string, string]] : []),
  ];
  return (
    <article className="backstage-order__payment" aria-labelledby={headingId}>
      <h3 id={headingId} className="backstage-order__minor-heading">
        {t("backstage.orders.paymentHeading", { method: word(methodKey(payment.method), payment.method), date: payment.createdAt })}
      </h3>
      <dl className="backstage-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="backstage-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {payment.method === "bank_transfer" && payment.status === "pending" ? (
        <Form method="post" className="backstage-inline-form" aria-label={t("backstage.orders.transferReceived")}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="payment" value={payment.id} />
          <p className="form-field__hint">{t("backstage.orders.transferReceivedHint", { reference: payment.transferReference ?? "", amount: payment.amount })}</p>
          <SubmitButton intent="transfer-received">{t("backstage.orders.transferReceived")}</SubmitButton>
          <FormAlert errors={errors} />
        </Form>
      ) : null}
      {payment.status === "review" ? (
        <p className="backstage-warning">
          {t("backstage.orders.heldForReview")}{" "}
          <Link to="/admin/payments/reviews" className="text-link">
            {t("backstage.orders.reviewQueue")}
          </Link>
        </p>
      ) : null}
      <table className="backstage-table">
        <caption className="backstage-order__caption">{t("backstage.orders.operations")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.orders.column.when")}</th>
            <th scope="col">{t("backstage.orders.column.operation")}</th>
            <th scope="col">{t("backstage.orders.amount")}</th>
            <th scope="col">{t("backstage.orders.column.outcome")}</th>
          </tr>
        </thead>
        <tbody>
          {payment.operations.length === 0 ? (
            <tr className="backstage-table__row--muted">
              <td colSpan={4}>{t("backstage.orders.noOperations")}</td>
            </tr>
          ) : (
            payment.operations.map((operation) => (
              <tr key={operation.id}>
                <td>{operation.at}</td>
                <td>{word(operationKey(operation.kind), operation.kind)}</td>
                <td>{operation.amount}</td>
                <td>
                  {word(outcomeKey(operation.outcome), operation.outcome)}
                  {operation.failureReason ? <span className="backstage-table__secondary">{operation.failureReason}</span> : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </article>
  );
}
