import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { pageUrl, type PageLink } from "../../fulfilment/page-link";
import { useI18n } from "../../i18n/use-i18n";
import type { RefundDetailsView } from "../../payments/refund-details.server";
import { CsrfField, FormAlert, FormNotice, SubmitButton, TextField } from "../account/form-fields";

interface RefundDetailsSectionProps {
  refund: RefundDetailsView | null;
  page: PageLink;
  csrfToken: string | null;
  refusal: { errors: FormErrors; values: Record<string, string | string[]> } | undefined;
}

/** The account the refund goes to, as far as the customer sees it again: never the full number. */
function GivenAccount({ refund }: { refund: RefundDetailsView }) {
  const { t } = useI18n();
  const given = refund.given!;
  const text = t("refund.given", { amount: refund.amount, holder: given.accountHolder, bank: given.bankName, ending: given.accountNumberEnding });
  return refund.saved ? <FormNotice>{text}</FormNotice> : <p className="after-sale__money">{text}</p>;
}

/**
 * PAY-2: a refund of a bank transfer or of cash is paid out by the shop's staff, into the account
 * the customer names here. Shown while such a refund waits; a plain form, so it works without
 * scripts. Once given, the account is shown by its ending, and may be changed until paid.
 */
export function RefundDetailsSection({ refund, page, csrfToken, refusal }: RefundDetailsSectionProps) {
  const { t } = useI18n();
  if (!refund) return null;
  const showForm = refund.formOpen || refusal !== undefined;
  const typed = (name: string) => (typeof refusal?.values[name] === "string" ? (refusal.values[name] as string) : undefined);
  const value = (name: "accountHolder" | "bankName" | "bankCode") => typed(name) ?? refund.given?.[name] ?? undefined;
  const errors = refusal?.errors;
  return (
    <section id="refund-details" className="after-sale" aria-labelledby="refund-details-heading">
      <h2 id="refund-details-heading" className="after-sale__heading">
        {t("refund.heading")}
      </h2>
      {refund.needed ? <p className="after-sale__lead">{t("refund.lead", { amount: refund.amount })}</p> : null}
      {refund.given && !refund.needed ? <GivenAccount refund={refund} /> : null}
      {showForm ? (
        <Form method="post" action={`${pageUrl(page)}#refund-details`} className="account-form after-sale__form" aria-labelledby="refund-details-heading">
          <FormAlert errors={errors} />
          {csrfToken ? <CsrfField token={csrfToken} /> : null}
          <TextField id="refund-holder" name="accountHolder" label={t("refund.field.holder")} required maxLength={140} autoComplete="name" defaultValue={value("accountHolder")} error={errors?.fields.accountHolder} />
          <TextField id="refund-bank" name="bankName" label={t("refund.field.bank")} required maxLength={140} defaultValue={value("bankName")} error={errors?.fields.bankName} />
          <TextField
            id="refund-number"
            name="accountNumber"
            label={t("refund.field.number")}
            hint={t("refund.field.numberHint")}
            required
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            defaultValue={typed("accountNumber")}
            error={errors?.fields.accountNumber}
          />
          <TextField id="refund-code" name="bankCode" label={t("refund.field.code")} hint={t("refund.field.codeHint")} maxLength={40} autoComplete="off" spellCheck={false} defaultValue={value("bankCode")} error={errors?.fields.bankCode} />
          <p className="after-sale__lead">{t("refund.privacy")}</p>
          <div className="account-form__actions">
            <SubmitButton intent="refund-details">{t("refund.submit")}</SubmitButton>
            {refund.needed ? null : (
              <Link to={`${pageUrl(page)}#refund-details`} preventScrollReset className="form-button form-button--quiet">
                {t("refund.keep")}
              </Link>
            )}
          </div>
        </Form>
      ) : (
        <p className="after-sale__open">
          <Link to={`${pageUrl(page, { refund: "change" })}#refund-details`} preventScrollReset className="form-button form-button--quiet">
            {t("refund.change")}
          </Link>
        </p>
      )}
    </section>
  );
}
