import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { returnStatusKey, wordOf } from "../../backstage/fulfilment";
import type { ReturnView } from "../../backstage/fulfilment-present.server";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";
import { TextAreaField } from "./fulfilment-fields";
import { Fact } from "./fact";

export type ReturnRefusal = { target: string; intent: string; errors: FormErrors; values: Record<string, string> };

interface ReturnCardProps {
  item: ReturnView;
  csrfToken: string;
  refused: ReturnRefusal | undefined;
}

/** One return and the step it waits for: a decision, the parcel back, its arrival, then the refund or the exchange. */
export function ReturnCard({ item, csrfToken, refused }: ReturnCardProps) {
  const { t } = useI18n();
  const id = `return-${item.id}`;
  const refusalOf = (intent: string) => (refused?.intent === intent ? refused : undefined);
  return (
    <article className="payment-review" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="account-page__subheading">
        {t("backstage.returns.itemHeading", { date: item.requestedAt })}
      </h2>
      <dl className="backstage-facts">
        <Fact term={t("backstage.orders.field.status")}>
          <span className={`backstage-state backstage-state--return-${item.status}`}>{wordOf(t, returnStatusKey(item.status), item.status)}</span>
        </Fact>
        <Fact term={t("backstage.shipment.order")}>
          <Link to={`/admin/orders/${item.orderId}`} className="text-link">
            {item.orderNumber || t("backstage.refusals.openOrder")}
          </Link>
        </Fact>
        <Fact term={t("backstage.returns.pieces")}>{item.lineIds.length}</Fact>
        <Fact term={t("backstage.returns.reason")}>“{item.reason}”</Fact>
        <Fact term={t("backstage.returns.resolution")}>{t(item.resolution === "exchange" ? "backstage.returns.resolution.exchange" : "backstage.returns.resolution.refund")}</Fact>
        {item.decisionReason ? <Fact term={t("backstage.orders.decisionReason")}>{item.decisionReason}</Fact> : null}
        {item.carrier ? <Fact term={t("backstage.returns.travelsBack")}>{`${item.carrier} · ${item.trackingNumber ?? ""}`}</Fact> : null}
      </dl>
      {item.status === "requested" ? (
        <div className="payment-review__decisions">
          <DecisionForm kind="approve" item={item} csrfToken={csrfToken} refused={refusalOf("approve")} />
          <DecisionForm kind="refuse" item={item} csrfToken={csrfToken} refused={refusalOf("refuse")} />
        </div>
      ) : null}
      {item.status === "approved" || item.status === "in_transit" ? (
        <div className="payment-review__decisions">
          <TrackingForm item={item} csrfToken={csrfToken} refused={refusalOf("tracking")} />
          <StepButton item={item} csrfToken={csrfToken} intent="received" hint="backstage.returns.receivedHint" label="backstage.returns.received" refused={refusalOf("received")} />
        </div>
      ) : null}
      {item.status === "received" ? (
        <StepButton
          item={item}
          csrfToken={csrfToken}
          intent="resolve"
          hint={item.resolution === "exchange" ? "backstage.returns.exchangeHint" : "backstage.returns.refundHint"}
          label={item.resolution === "exchange" ? "backstage.returns.sendExchange" : "backstage.returns.refund"}
          refused={refusalOf("resolve")}
        />
      ) : null}
    </article>
  );
}


const DECISIONS = {
  approve: { heading: "backstage.returns.approveHeading", hint: "backstage.returns.approveHint", submit: "backstage.returns.approve" },
  refuse: { heading: "backstage.returns.refuseHeading", hint: "backstage.returns.refuseHint", submit: "backstage.returns.refuse" },
} as const;

function DecisionForm({ kind, item, csrfToken, refused }: { kind: "approve" | "refuse"; item: ReturnView; csrfToken: string; refused: ReturnRefusal | undefined }) {
  const { t } = useI18n();
  const texts = DECISIONS[kind];
  const id = `return-${item.id}-${kind}`;
  return (
    <Form method="post" className={kind === "refuse" ? "payment-review__form account-form--attention" : "payment-review__form"} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="catalogue-variant__caption">
        {t(texts.heading)}
      </h3>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="returnId" value={item.id} />
      <FormAlert errors={refused?.errors} />
      <TextAreaField id={`${id}-reason`} name="reason" label={t("backstage.returns.decisionReason")} hint={t(texts.hint)} minLength={3} required defaultValue={refused?.values.reason ?? ""} error={refused?.errors.fields.reason} />
      <SubmitButton intent={kind} variant={kind === "approve" ? "primary" : "quiet"}>
        {t(texts.submit)}
      </SubmitButton>
    </Form>
  );
}

function TrackingForm({ item, csrfToken, refused }: { item: ReturnView; csrfToken: string; refused: ReturnRefusal | undefined }) {
  const { t } = useI18n();
  const id = `return-${item.id}-tracking`;
  return (
    <Form method="post" className="payment-review__form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="catalogue-variant__caption">
        {t("backstage.returns.trackingHeading")}
      </h3>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="returnId" value={item.id} />
      <FormAlert errors={refused?.errors} />
      <TextField id={`${id}-carrier`} name="carrier" label={t("backstage.fulfilment.column.carrier")} defaultValue={refused?.values.carrier ?? item.carrier ?? ""} maxLength={60} required autoComplete="off" error={refused?.errors.fields.carrier} />
      <TextField id={`${id}-number`} name="trackingNumber" label={t("backstage.shipment.trackingNumber")} defaultValue={refused?.values.trackingNumber ?? item.trackingNumber ?? ""} maxLength={60} required autoComplete="off" error={refused?.errors.fields.trackingNumber} />
      <SubmitButton intent="tracking" variant="quiet">
        {t("backstage.returns.saveTracking")}
      </SubmitButton>
    </Form>
  );
}

interface StepButtonProps {
  item: ReturnView;
  csrfToken: string;
  intent: "received" | "resolve";
  hint: PlainMessageKey;
  label: PlainMessageKey;
  refused: ReturnRefusal | undefined;
}

function StepButton({ item, csrfToken, intent, hint, label, refused }: StepButtonProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="payment-review__form" aria-label={t(label)}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="returnId" value={item.id} />
      <p className="form-field__hint">{t(hint)}</p>
      <FormAlert errors={refused?.errors} />
      <SubmitButton intent={intent}>{t(label)}</SubmitButton>
    </Form>
  );
}
