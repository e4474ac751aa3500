import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import type { OrderPageData } from "../../fulfilment/order-page.server";
import { pageUrl, type PageLink } from "../../fulfilment/page-link";
import type { MoneyOutcome } from "../../fulfilment/present.server";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton } from "../account/form-fields";

interface CancelSectionProps {
  page: PageLink;
  csrfToken: string | null;
  cancellable: OrderPageData["cancellable"];
  confirm: OrderPageData["confirmCancel"];
  errors: FormErrors | undefined;
}

/** PAY-2 in the customer's words: what becomes of the money for the pieces about to be cancelled. */
function MoneyOutcomeText({ outcome }: { outcome: MoneyOutcome }) {
  const { t } = useI18n();
  if (outcome.kind === "refund") return <>{t("fulfilment.cancel.money.refund", { amount: outcome.amount })}</>;
  if (outcome.kind === "cod") return <>{t("fulfilment.cancel.money.cod")}</>;
  if (outcome.kind === "released") return <>{t("fulfilment.cancel.money.released")}</>;
  return <>{t("fulfilment.cancel.money.unpaid")}</>;
}

/** The second step: the pieces named again, what happens to the money, and the confirming POST. */
function CancelConfirmation({ page, csrfToken, confirm }: { page: PageLink; csrfToken: string | null; confirm: NonNullable<OrderPageData["confirmCancel"]> }) {
  const { t } = useI18n();
  return (
    <Form method="post" action={pageUrl(page)} className="after-sale__confirm" aria-labelledby="cancel-question">
      <p id="cancel-question" className="after-sale__question" role="alert">
        {t(confirm.all ? "fulfilment.cancel.confirm.all" : "fulfilment.cancel.confirm.chosen")}
      </p>
      <ul className="after-sale__pieces">
        {confirm.pieces.map((piece, index) => (
          <li key={`${piece}-${index}`}>{piece}</li>
        ))}
      </ul>
      <p className="after-sale__money">
        <MoneyOutcomeText outcome={confirm.outcome} />
      </p>
      {csrfToken ? <CsrfField token={csrfToken} /> : null}
      {confirm.all ? <input type="hidden" name="scope" value="all" /> : confirm.lineIds.map((id) => <input key={id} type="hidden" name="lineId" value={id} />)}
      <div className="account-form__actions">
        <SubmitButton intent="cancel-confirm">{t("fulfilment.cancel.confirm.submit")}</SubmitButton>
        <Link to={pageUrl(page)} preventScrollReset className="form-button form-button--quiet">
          {t("fulfilment.cancel.confirm.keep")}
        </Link>
      </div>
    </Form>
  );
}

/**
 * ORD-3: pieces not yet shipped are still offers, and the customer may withdraw them: chosen
 * ones, or everything not yet shipped. Nothing is cancelled before the confirmation.
 */
export function CancelSection({ page, csrfToken, cancellable, confirm, errors }: CancelSectionProps) {
  const { t } = useI18n();
  if (cancellable.length === 0) return null;
  return (
    <section id="cancel" className="after-sale" aria-labelledby="cancel-heading">
      <h2 id="cancel-heading" className="after-sale__heading">
        {t("fulfilment.cancel.heading")}
      </h2>
      <p className="after-sale__lead">{t("fulfilment.cancel.lead")}</p>
      {confirm ? (
        <CancelConfirmation page={page} csrfToken={csrfToken} confirm={confirm} />
      ) : (
        <Form method="post" action={pageUrl(page)} className="after-sale__form" aria-labelledby="cancel-heading">
          <FormAlert errors={errors} />
          {csrfToken ? <CsrfField token={csrfToken} /> : null}
          <fieldset className="form-fieldset">
            <legend className="form-field__label">{t("fulfilment.cancel.choose")}</legend>
            {cancellable.map((piece) => (
              <div key={piece.id} className="form-check">
                <input id={`cancel-${piece.id}`} className="form-check__input" type="checkbox" name="lineId" value={piece.id} />
                <label className="form-check__label" htmlFor={`cancel-${piece.id}`}>
                  {piece.name}
                  {piece.variant.length ? <span className="after-sale__variant"> · {piece.variant.join(" · ")}</span> : null}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="account-form__actions">
            <SubmitButton intent="cancel-chosen" variant="quiet">
              {t("fulfilment.cancel.chosen")}
            </SubmitButton>
            <SubmitButton intent="cancel-all" variant="quiet">
              {t("fulfilment.cancel.all")}
            </SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}
