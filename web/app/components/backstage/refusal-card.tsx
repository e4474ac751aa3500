import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { JUSTIFICATIONS, justificationKey, wordOf } from "../../backstage/fulfilment";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton } from "../account/form-fields";
import { SelectField } from "./fulfilment-fields";

export interface RefusalItem {
  id: string;
  shipmentId: string;
  shipmentNumber: string;
  orderId: string;
  value: string;
  consignee: string;
  customerId: string | null;
  statedReason: string | null;
  refusedAt: string;
}

export type ClassifyRefusal = { target: string; errors: FormErrors; justification: string };

interface RefusalCardProps {
  refusal: RefusalItem;
  csrfToken: string;
  canOpenCustomers: boolean;
  /** "3 unjustified refusals within 12 months": said beside the decision that counts. */
  limitText: string;
  refused: ClassifyRefusal | undefined;
}

/** One refused parcel (DEL-6): what the consignee said, and the decision whether it counts against the customer. */
export function RefusalCard({ refusal, csrfToken, canOpenCustomers, limitText, refused }: RefusalCardProps) {
  const { t } = useI18n();
  const id = `refusal-${refusal.id}`;
  return (
    <article className="payment-review" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="account-page__subheading">
        <Link to={`/admin/fulfilment/shipments/${refusal.shipmentId}`} className="text-link">
          {refusal.shipmentNumber}
        </Link>
      </h2>
      <dl className="backstage-facts">
        <div className="backstage-facts__row">
          <dt>{t("backstage.refusals.refusedAt")}</dt>
          <dd>{refusal.refusedAt}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("backstage.shipment.statedReason")}</dt>
          <dd>{refusal.statedReason ? `“${refusal.statedReason}”` : t("backstage.refusals.noReasonStated")}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("backstage.orders.column.consignee")}</dt>
          <dd>
            {refusal.consignee} · {refusal.value}
            <span className="backstage-table__secondary">
              <Link to={`/admin/orders/${refusal.orderId}`} className="text-link">
                {t("backstage.refusals.openOrder")}
              </Link>
              {refusal.customerId && canOpenCustomers ? (
                <>
                  {" · "}
                  <Link to={`/admin/customers/${refusal.customerId}`} className="text-link">
                    {t("backstage.orders.customerAccount")}
                  </Link>
                </>
              ) : refusal.customerId ? null : (
                ` · ${t("backstage.orders.guest")}`
              )}
            </span>
          </dd>
        </div>
      </dl>
      <FormAlert errors={refused?.errors} />
      <div className="payment-review__decisions">
        <Form method="post" className="payment-review__form" aria-labelledby={`${id}-justified`}>
          <h3 id={`${id}-justified`} className="catalogue-variant__caption">
            {t("backstage.refusals.justifiedHeading")}
          </h3>
          <p className="form-field__hint">{t("backstage.refusals.justifiedHint")}</p>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="refusalId" value={refusal.id} />
          <SelectField id={`${id}-justification`} name="justification" label={t("backstage.refusals.justification")} defaultValue={refused?.justification ?? ""} required error={refused?.errors.fields.justification}>
            <option value="">{t("backstage.shipment.choose")}</option>
            {JUSTIFICATIONS.map((justification) => (
              <option key={justification} value={justification}>
                {wordOf(t, justificationKey(justification), justification)}
              </option>
            ))}
          </SelectField>
          <SubmitButton intent="justified" variant="quiet">
            {t("backstage.refusals.justified")}
          </SubmitButton>
        </Form>
        <Form method="post" className="payment-review__form account-form--attention" aria-labelledby={`${id}-unjustified`}>
          <h3 id={`${id}-unjustified`} className="catalogue-variant__caption">
            {t("backstage.refusals.unjustifiedHeading")}
          </h3>
          <p className="form-field__hint">{t("backstage.refusals.unjustifiedHint", { limit: limitText })}</p>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="refusalId" value={refusal.id} />
          <SubmitButton intent="unjustified" variant="quiet">
            {t("backstage.refusals.unjustified")}
          </SubmitButton>
        </Form>
      </div>
    </article>
  );
}
