import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { colourName } from "../../catalogue/labels";
import type { ExchangeChoice } from "../../fulfilment/exchange.server";
import type { OrderPageData, PieceChoice } from "../../fulfilment/order-page.server";
import { pageUrl, type PageLink } from "../../fulfilment/page-link";
import type { ReturnView } from "../../fulfilment/present.server";
import { carrierName, resolutionLabel, returnStatusLabel } from "../../fulfilment/labels";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";

type Values = Record<string, string | string[]> | undefined;

interface ReturnFormProps {
  page: PageLink;
  csrfToken: string | null;
  pieces: PieceChoice[];
  exchange: Record<string, ExchangeChoice[]>;
  errors: FormErrors | undefined;
  values: Values;
}

/** The exchange's choice for one piece: the other sizes and colours of it in stock now. */
function ExchangeSelect({ piece, choices, chosen }: { piece: PieceChoice; choices: ExchangeChoice[]; chosen: string | undefined }) {
  const { t } = useI18n();
  const id = `exchange-${piece.id}`;
  if (choices.length === 0) return <p className="form-field__hint">{t("fulfilment.return.exchange.none", { piece: piece.name })}</p>;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {t("fulfilment.return.exchange.instead", { piece: piece.name })}
      </label>
      <select id={id} name={id} className="form-field__input form-field__select" defaultValue={chosen ?? ""}>
        <option value="">{t("fulfilment.return.exchange.choose")}</option>
        {choices.map((choice) => (
          <option key={choice.variantId} value={choice.variantId}>
            {[choice.colour ? colourName(t, choice.colour) : null, choice.size].filter(Boolean).join(" · ") || choice.variantId}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Asking to return delivered pieces: which, why, and a refund by the original payment method or
 * an exchange for another size or colour of the same piece. Staff answer; the status shows below.
 */
function ReturnForm({ page, csrfToken, pieces, exchange, errors, values }: ReturnFormProps) {
  const { t } = useI18n();
  const chosenIds = Array.isArray(values?.lineId) ? values.lineId : [];
  const text = (name: string) => (typeof values?.[name] === "string" ? (values[name] as string) : undefined);
  const resolution = text("resolution") ?? "refund";
  const reasonError = errors?.fields.reason;
  return (
    <Form method="post" action={pageUrl(page, { return: "1" })} id="return" className="account-form after-sale__form" aria-labelledby="return-heading">
      <h3 id="return-heading" className="after-sale__subheading">
        {t("fulfilment.return.formHeading")}
      </h3>
      <p className="after-sale__lead">{t("fulfilment.return.formLead")}</p>
      <FormAlert errors={errors} />
      {csrfToken ? <CsrfField token={csrfToken} /> : null}
      <fieldset className="form-fieldset">
        <legend className="form-field__label">{t("fulfilment.return.pieces")}</legend>
        {pieces.map((piece) => (
          <div key={piece.id} className="form-check">
            <input id={`return-${piece.id}`} className="form-check__input" type="checkbox" name="lineId" value={piece.id} defaultChecked={chosenIds.includes(piece.id) || pieces.length === 1} />
            <label className="form-check__label" htmlFor={`return-${piece.id}`}>
              {piece.name}
              {piece.variant.length ? <span className="after-sale__variant"> · {piece.variant.join(" · ")}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="form-field">
        <label className="form-field__label" htmlFor="return-reason">
          {t("fulfilment.return.reason")}
        </label>
        <textarea
          id="return-reason"
          name="reason"
          className="form-field__input form-field__textarea"
          required
          minLength={3}
          maxLength={500}
          defaultValue={text("reason")}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "return-reason-error" : undefined}
        />
        <FieldError id="return-reason-error" error={reasonError} />
      </div>
      <fieldset className="checkout-choice">
        <legend className="checkout-choice__legend">{t("fulfilment.return.resolution")}</legend>
        {(["refund", "exchange"] as const).map((option) => (
          <div key={option} className="checkout-choice__option">
            <input id={`return-${option}`} className="checkout-choice__input" type="radio" name="resolution" value={option} defaultChecked={resolution === option} />
            <label className="checkout-choice__label" htmlFor={`return-${option}`}>
              {t(resolutionLabel(option))}
            </label>
            <p className="checkout-choice__detail">{t(option === "refund" ? "fulfilment.return.refundDetail" : "fulfilment.return.exchangeDetail")}</p>
          </div>
        ))}
      </fieldset>
      <div className="after-sale__exchange">
        {pieces.map((piece) => (
          <ExchangeSelect key={piece.id} piece={piece} choices={exchange[piece.id] ?? []} chosen={text(`exchange-${piece.id}`)} />
        ))}
      </div>
      <div className="account-form__actions">
        <SubmitButton intent="return">{t("fulfilment.return.submit")}</SubmitButton>
        <Link to={pageUrl(page)} preventScrollReset className="form-button form-button--quiet">
          {t("fulfilment.return.close")}
        </Link>
      </div>
    </Form>
  );
}

/** Once approved, the customer sends the pieces back and says how they travel. */
function TrackingForm({ page, csrfToken, ret, errors, values }: { page: PageLink; csrfToken: string | null; ret: ReturnView; errors: FormErrors | undefined; values: Values }) {
  const { t } = useI18n();
  const prefix = `return-${ret.id}`;
  const text = (name: string) => (typeof values?.[name] === "string" ? (values[name] as string) : undefined);
  return (
    <Form method="post" action={pageUrl(page)} className="account-form after-sale__tracking" aria-labelledby={`${prefix}-tracking-heading`}>
      <p id={`${prefix}-tracking-heading`} className="after-sale__lead">
        {t("fulfilment.return.tracking.lead")}
      </p>
      <FormAlert errors={errors} />
      {csrfToken ? <CsrfField token={csrfToken} /> : null}
      <input type="hidden" name="returnId" value={ret.id} />
      <div className="address-form__row">
        <TextField id={`${prefix}-carrier`} name="carrier" label={t("fulfilment.return.tracking.carrier")} required maxLength={60} defaultValue={text("carrier")} error={errors?.fields.carrier} />
        <TextField id={`${prefix}-number`} name="trackingNumber" label={t("fulfilment.return.tracking.number")} required maxLength={60} defaultValue={text("trackingNumber")} error={errors?.fields.trackingNumber} />
      </div>
      <SubmitButton intent="return-tracking">{t("fulfilment.return.tracking.submit")}</SubmitButton>
    </Form>
  );
}

interface ReturnSectionProps {
  data: Pick<OrderPageData, "page" | "returns" | "returnable" | "returnOpen" | "exchange">;
  csrfToken: string | null;
  refusal: { intent: string; errors: FormErrors; targetId: string | null; values: Record<string, string | string[]> } | undefined;
}

/** Returns and exchanges: those asked for with their status, and the way to ask for one. */
export function ReturnSection({ data, csrfToken, refusal }: ReturnSectionProps) {
  const { t } = useI18n();
  const { page, returns, returnable, returnOpen, exchange } = data;
  if (returns.length === 0 && returnable.length === 0) return null;
  const formRefusal = refusal?.intent === "return" ? refusal : undefined;
  return (
    <section id="returns" className="after-sale" aria-labelledby="returns-heading">
      <h2 id="returns-heading" className="after-sale__heading">
        {t("fulfilment.return.heading")}
      </h2>
      {returns.length > 0 ? (
        <ul className="after-sale__returns" aria-label={t("fulfilment.return.listLabel")}>
          {returns.map((ret) => (
            <li key={ret.id} className="after-sale__return">
              <p className={`after-sale__return-status after-sale__return-status--${ret.status.replace(/_/g, "-")}`}>{t(returnStatusLabel(ret.status))}</p>
              <p className="after-sale__return-meta">
                {t("fulfilment.return.requestedOn", { date: ret.requestedAt })} · {t(resolutionLabel(ret.resolution))}
              </p>
              <ul className="after-sale__pieces">
                {ret.pieces.map((piece, index) => (
                  <li key={`${piece}-${index}`}>{piece}</li>
                ))}
              </ul>
              <p className="after-sale__return-reason">{t("fulfilment.return.yourReason", { reason: ret.reason })}</p>
              {ret.decisionReason ? <p className="after-sale__return-reason">{t("fulfilment.return.ourAnswer", { reason: ret.decisionReason })}</p> : null}
              {ret.carrier && ret.trackingNumber ? <p>{t("fulfilment.return.travelling", { carrier: carrierName(ret.carrier), number: ret.trackingNumber })}</p> : null}
              {ret.refund ? <p>{t("fulfilment.return.refunded", { amount: ret.refund })}</p> : null}
              {ret.status === "approved" ? (
                <TrackingForm page={page} csrfToken={csrfToken} ret={ret} errors={refusal?.intent === "return-tracking" && refusal.targetId === ret.id ? refusal.errors : undefined} values={refusal?.targetId === ret.id ? refusal.values : undefined} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {returnable.length > 0 ? (
        returnOpen ? (
          <ReturnForm page={page} csrfToken={csrfToken} pieces={returnable} exchange={exchange} errors={formRefusal?.errors} values={formRefusal?.values} />
        ) : (
          <p className="after-sale__open">
            <Link to={`${pageUrl(page, { return: "1" })}#return`} className="form-button form-button--quiet">
              {t("fulfilment.return.open")}
            </Link>
          </p>
        )
      ) : null}
    </section>
  );
}
