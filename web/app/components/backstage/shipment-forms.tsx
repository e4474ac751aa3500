import { useEffect, useState } from "react";
import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { EXEMPT_REASONS, ID_DOCUMENTS, NEEDS_REASON, reasonKey, RECEIVERS, receiverKey, documentKey, SHOP_REASONS, STEP_KINDS, eventKindKey, wordOf } from "../../backstage/fulfilment";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";
import { SelectField, TextAreaField } from "./fulfilment-fields";

/** A refused form of this page: which one, why, and what was typed. */
export type ShipmentRefusal = { intent: string; errors: FormErrors; values: Record<string, string> };

interface FormProps {
  csrfToken: string;
  refusal: ShipmentRefusal | undefined;
}

/** The parcel leaves (ORD-2): carrier and tracking number, and the window promised if the carrier gives one. */
export function DispatchForm({ csrfToken, refusal }: FormProps) {
  const { t } = useI18n();
  const field = (name: string) => refusal?.errors.fields[name];
  const value = (name: string) => refusal?.values[name] ?? "";
  return (
    <Form method="post" className="shipment-form" aria-labelledby="dispatch-heading">
      <h2 id="dispatch-heading" className="account-page__subheading">
        {t("backstage.shipment.dispatchHeading")}
      </h2>
      <p className="form-field__hint">{t("backstage.shipment.dispatchHint")}</p>
      <CsrfField token={csrfToken} />
      <FormAlert errors={refusal?.errors} />
      <TextField id="dispatch-carrier" name="carrier" label={t("backstage.fulfilment.column.carrier")} hint={t("backstage.shipment.carrierHint")} defaultValue={value("carrier")} maxLength={60} required autoComplete="off" error={field("carrier")} />
      <TextField id="dispatch-tracking" name="trackingNumber" label={t("backstage.shipment.trackingNumber")} defaultValue={value("trackingNumber")} maxLength={60} required autoComplete="off" error={field("trackingNumber")} />
      <div className="shipment-form__pair">
        <TextField id="dispatch-from" name="estimatedFrom" type="date" label={t("backstage.shipment.expectedFrom")} defaultValue={value("estimatedFrom")} error={field("estimatedFrom")} />
        <TextField id="dispatch-to" name="estimatedTo" type="date" label={t("backstage.shipment.expectedTo")} defaultValue={value("estimatedTo")} error={field("estimatedTo")} />
      </div>
      <SubmitButton intent="dispatch">{t("backstage.shipment.dispatch")}</SubmitButton>
    </Form>
  );
}

/** Unpacking puts the lines back on the pick list; nothing was captured yet. */
export function UnpackForm({ csrfToken, refusal }: FormProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="shipment-form shipment-form--quiet" aria-labelledby="unpack-heading">
      <h3 id="unpack-heading" className="catalogue-variant__caption">
        {t("backstage.shipment.unpackHeading")}
      </h3>
      <p className="form-field__hint">{t("backstage.shipment.unpackHint")}</p>
      <CsrfField token={csrfToken} />
      <FormAlert errors={refusal?.errors} />
      <SubmitButton intent="unpack" variant="quiet">
        {t("backstage.shipment.unpack")}
      </SubmitButton>
    </Form>
  );
}

interface StepFormProps extends FormProps {
  idCheckRequired: boolean;
  proxy: string | null;
}

/**
 * One step of the delivery, made for a phone at the door: one column, large targets. Without
 * scripts every field shows and only those of the chosen step are sent; with them, the fields
 * of the other steps fold away once a step is chosen.
 */
export function StepForm({ csrfToken, refusal, idCheckRequired, proxy }: StepFormProps) {
  const { t } = useI18n();
  const value = (name: string) => refusal?.values[name] ?? "";
  const field = (name: string) => refusal?.errors.fields[name];
  const [kind, setKind] = useState(value("kind"));
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  const problem = NEEDS_REASON.includes(kind);
  const delivered = kind === "delivered";
  const idRequired = scripted && delivered && idCheckRequired;
  return (
    <Form method="post" className="shipment-step" aria-labelledby="step-heading">
      <h2 id="step-heading" className="account-page__subheading">
        {t("backstage.shipment.stepHeading")}
      </h2>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="idCheckRequired" value={idCheckRequired ? "yes" : "no"} />
      <FormAlert errors={refusal?.errors} />
      <SelectField id="step-kind" name="kind" label={t("backstage.shipment.stepKind")} defaultValue={value("kind")} required error={field("kind")} onChange={(event) => setKind(event.currentTarget.value)}>
        <option value="">{t("backstage.shipment.choose")}</option>
        {STEP_KINDS.map((step) => (
          <option key={step} value={step}>
            {wordOf(t, eventKindKey(step), step)}
          </option>
        ))}
      </SelectField>
      <fieldset className="shipment-step__group" hidden={scripted && !problem}>
        <legend className="shipment-step__legend">{t("backstage.shipment.problemLegend")}</legend>
        <SelectField id="step-reason" name="reason" label={t("backstage.shipment.reason")} hint={t("backstage.shipment.reasonHint")} defaultValue={value("reason")} required={scripted && problem} error={field("reason")}>
          <option value="">{t("backstage.shipment.choose")}</option>
          <optgroup label={t("backstage.shipment.exemptReasons")}>
            {EXEMPT_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {wordOf(t, reasonKey(reason), reason)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("backstage.shipment.shopReasons")}>
            {SHOP_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {wordOf(t, reasonKey(reason), reason)}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TextAreaField id="step-note" name="note" label={t("backstage.shipment.note")} defaultValue={value("note")} error={field("note")} />
      </fieldset>
      <fieldset className="shipment-step__group" hidden={scripted && !delivered}>
        <legend className="shipment-step__legend">{t("backstage.shipment.deliveredLegend")}</legend>
        <SelectField id="step-receiver" name="receiverKind" label={t("backstage.shipment.receiverKind")} defaultValue={value("receiverKind")} required={scripted && delivered} error={field("receiverKind")}>
          <option value="">{t("backstage.shipment.choose")}</option>
          {RECEIVERS.filter((receiver) => receiver !== "proxy" || proxy).map((receiver) => (
            <option key={receiver} value={receiver}>
              {receiver === "proxy" && proxy ? t("backstage.shipment.proxyNamed", { name: proxy }) : wordOf(t, receiverKey(receiver), receiver)}
            </option>
          ))}
        </SelectField>
        <TextField id="step-receiver-name" name="receiverName" label={t("backstage.shipment.receiverName")} defaultValue={value("receiverName")} maxLength={200} required={scripted && delivered} autoComplete="off" error={field("receiverName")} />
        <fieldset className="shipment-step__group shipment-step__group--id">
          <legend className="shipment-step__legend">
            {t("backstage.shipment.idCheckLegend")}{" "}
            {idCheckRequired ? <span className="fulfilment-badge">{t("backstage.shipment.idCheckNeeded")}</span> : <span className="form-field__hint">{t("backstage.shipment.idCheckOptional")}</span>}
          </legend>
          <TextField id="step-checked-by" name="checkedBy" label={t("backstage.shipment.checkedBy")} defaultValue={value("checkedBy")} maxLength={200} required={idRequired} autoComplete="off" error={field("checkedBy")} />
          <SelectField id="step-document" name="idDocument" label={t("backstage.shipment.document")} defaultValue={value("idDocument")} required={idRequired} error={field("idDocument")}>
            <option value="">{t("backstage.shipment.choose")}</option>
            {ID_DOCUMENTS.map((document) => (
              <option key={document} value={document}>
                {wordOf(t, documentKey(document), document)}
              </option>
            ))}
          </SelectField>
          <TextField id="step-id-number" name="idNumber" label={t("backstage.shipment.documentNumber")} hint={t("backstage.shipment.documentNumberHint")} maxLength={40} required={idRequired} autoComplete="off" error={field("idNumber")} />
        </fieldset>
      </fieldset>
      <SubmitButton intent="step">{t("backstage.shipment.record")}</SubmitButton>
    </Form>
  );
}

/** DEL-4: the consignee, through customer service, names someone else to receive the parcel. */
export function ProxyForm({ csrfToken, refusal, current }: FormProps & { current: string | null }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="shipment-form" aria-labelledby="proxy-heading">
      <h2 id="proxy-heading" className="account-page__subheading">
        {t("backstage.shipment.proxyHeading")}
      </h2>
      <p className="form-field__hint">{current ? t("backstage.shipment.proxyCurrent", { name: current }) : t("backstage.shipment.proxyHint")}</p>
      <CsrfField token={csrfToken} />
      <FormAlert errors={refusal?.errors} />
      <TextField id="proxy-name" name="name" label={t("backstage.shipment.proxyName")} defaultValue={refusal?.values.name ?? ""} maxLength={200} required autoComplete="off" error={refusal?.errors.fields.name} />
      <SubmitButton intent="proxy" variant="quiet">
        {t("backstage.shipment.authorise")}
      </SubmitButton>
    </Form>
  );
}

/** DEL-6: the consignee refused the parcel; staff classify it afterwards on the refusals page. */
export function RefusalForm({ csrfToken, refusal }: FormProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="shipment-form account-form--attention" aria-labelledby="refused-heading">
      <h2 id="refused-heading" className="account-page__subheading">
        {t("backstage.shipment.refusedHeading")}
      </h2>
      <p className="form-field__hint">{t("backstage.shipment.refusedHint")}</p>
      <CsrfField token={csrfToken} />
      <FormAlert errors={refusal?.errors} />
      <TextAreaField id="refused-reason" name="statedReason" label={t("backstage.shipment.statedReason")} defaultValue={refusal?.values.statedReason ?? ""} error={refusal?.errors.fields.statedReason} />
      <SubmitButton intent="refused" variant="quiet">
        {t("backstage.shipment.recordRefusal")}
      </SubmitButton>
    </Form>
  );
}
