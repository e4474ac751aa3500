import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { shipmentStatusKey, wordOf } from "../../backstage/fulfilment";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";
import { TextAreaField } from "./fulfilment-fields";

/** A refused after-sale form of the order page, with what was typed. */
export type AfterSaleRefusal = { intent: "cancel-lines" | "refund"; errors: FormErrors; values: { reason: string; amount: string; lineIds: string[] } };

interface CancelLinesProps {
  lines: readonly { id: string; label: string; detail: string }[];
  csrfToken: string;
  refused: AfterSaleRefusal | undefined;
}

/** ORD-3: lines the shop cannot supply, cancelled with a reason the customer is told; what was paid for them comes back. */
export function CancelLinesForm({ lines, csrfToken, refused }: CancelLinesProps) {
  const { t } = useI18n();
  const linesError = refused?.errors.fields.lineIds;
  return (
    <Form method="post" className="payment-review__form account-form--attention" aria-labelledby="cancel-lines-heading">
      <h3 id="cancel-lines-heading" className="backstage-order__minor-heading">
        {t("backstage.afterSale.cancelHeading")}
      </h3>
      <p className="form-field__hint">{t("backstage.afterSale.cancelHint")}</p>
      <CsrfField token={csrfToken} />
      <FormAlert errors={refused?.errors} />
      <fieldset className="form-fieldset" aria-describedby={linesError ? "cancel-lines-error" : undefined}>
        <legend className="form-field__label">{t("backstage.afterSale.cancelLines")}</legend>
        {lines.map((line) => (
          <div key={line.id} className="form-check">
            <input id={`cancel-${line.id}`} className="form-check__input" type="checkbox" name="lineId" value={line.id} defaultChecked={refused?.values.lineIds.includes(line.id)} />
            <label className="form-check__label" htmlFor={`cancel-${line.id}`}>
              <span className="backstage-table__primary">{line.label}</span>
              <span className="backstage-table__secondary">{line.detail}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <FieldError id={linesError ? "cancel-lines-error" : undefined} error={linesError} />
      <TextAreaField id="cancel-reason" name="reason" label={t("backstage.afterSale.reason")} hint={t("backstage.afterSale.cancelReasonHint")} minLength={3} required defaultValue={refused?.values.reason ?? ""} error={refused?.errors.fields.reason} />
      <SubmitButton intent="cancel-lines" variant="quiet">
        {t("backstage.afterSale.cancel")}
      </SubmitButton>
    </Form>
  );
}

interface RefundProps {
  /** "HK$1,200.00": the most that can still be refunded. */
  refundable: string;
  currency: string;
  idempotencyKey: string;
  csrfToken: string;
  refused: AfterSaleRefusal | undefined;
}

/**
 * PAY-2: part of what was captured, back by the original method. The key is made when the form
 * is shown: sent twice (a double click, a retried request), the refund is made once.
 */
export function RefundForm({ refundable, currency, idempotencyKey, csrfToken, refused }: RefundProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="payment-review__form" aria-labelledby="refund-heading">
      <h3 id="refund-heading" className="backstage-order__minor-heading">
        {t("backstage.afterSale.refundHeading")}
      </h3>
      <p className="form-field__hint">{t("backstage.afterSale.refundHint", { amount: refundable })}</p>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="currency" value={currency} />
      <FormAlert errors={refused?.errors} />
      <TextField id="refund-amount" name="amount" label={t("backstage.afterSale.amount", { currency })} inputMode="decimal" required autoComplete="off" defaultValue={refused?.values.amount ?? ""} error={refused?.errors.fields.amount} />
      <TextAreaField id="refund-reason" name="reason" label={t("backstage.afterSale.reason")} hint={t("backstage.afterSale.refundReasonHint")} minLength={3} required defaultValue={refused?.values.reason ?? ""} error={refused?.errors.fields.reason} />
      <SubmitButton intent="refund">{t("backstage.afterSale.refund")}</SubmitButton>
    </Form>
  );
}

interface ParcelsProps {
  parcels: readonly { id: string; number: string; status: string }[];
  /** The pick list of the warehouse this order's open lines wait at, when any does. */
  packAt: string | null;
}

/** The order's parcels being packed or on their way, each a link to its page; the pick list for the rest. */
export function OrderParcels({ parcels, packAt }: ParcelsProps) {
  const { t } = useI18n();
  return (
    <section className="backstage-order__section" aria-labelledby="order-parcels-heading">
      <h2 id="order-parcels-heading" className="account-page__subheading">
        {t("backstage.afterSale.parcels")}
      </h2>
      {parcels.length === 0 ? (
        <p className="form-field__hint">{t("backstage.afterSale.noOpenParcels")}</p>
      ) : (
        <ul className="parcel-lines">
          {parcels.map((parcel) => (
            <li key={parcel.id} className="parcel-lines__item">
              <Link to={`/admin/fulfilment/shipments/${parcel.id}`} className="text-link">
                {parcel.number}
              </Link>{" "}
              <span className={`backstage-state backstage-state--parcel-${parcel.status}`}>{wordOf(t, shipmentStatusKey(parcel.status), parcel.status)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="form-field__hint">{t("backstage.afterSale.closedParcels")}</p>
      {packAt ? (
        <p>
          <Link to={`/admin/fulfilment?${new URLSearchParams({ location: packAt })}`} className="text-link">
            {t("backstage.afterSale.pickList")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
