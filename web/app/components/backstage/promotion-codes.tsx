import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";

export interface CodeRow {
  code: string;
  singleUse: boolean;
  active: boolean;
  /** When a single-use code was redeemed, in the reader's language. */
  used: string | null;
  usedOrderId: string | null;
}

type Refusal = { intent: string; errors: FormErrors } | undefined;

/** A code promotion's codes (orders linked for staff who may open them): who used the single-use ones, a shared code to add, a batch to make, one to withdraw. */
export function PromotionCodes({ csrfToken, codes, total, refusal, ordersLinked }: { csrfToken: string; codes: readonly CodeRow[]; total: number; refusal: Refusal; ordersLinked: boolean }) {
  const { t } = useI18n();
  const errorsOf = (intent: string) => (refusal?.intent === intent ? refusal.errors : undefined);
  return (
    <section className="catalogue-section" aria-labelledby="codes-heading">
      <h2 id="codes-heading" className="account-page__subheading">
        {t("backstage.pricing.codes.heading")}
      </h2>
      <FormAlert errors={errorsOf("withdrawCode")} />
      {codes.length === 0 ? (
        <p className="backstage-empty">{t("backstage.pricing.codes.none")}</p>
      ) : (
        <div className="backstage-table-wrap">
          <table className="backstage-table">
            <caption className="visually-hidden">{t("backstage.pricing.codes.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("backstage.pricing.codes.column.code")}</th>
                <th scope="col">{t("backstage.pricing.codes.column.kind")}</th>
                <th scope="col">{t("backstage.pricing.codes.column.state")}</th>
                <th scope="col">{t("backstage.pricing.codes.column.order")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("backstage.pricing.codes.column.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code.code} className={code.active && !code.used ? undefined : "backstage-table__row--muted"}>
                  <td className="promotion-code">{code.code}</td>
                  <td>{code.singleUse ? t("backstage.pricing.codes.singleUse") : t("backstage.pricing.codes.shared")}</td>
                  <td>{code.used ? t("backstage.pricing.codes.used", { date: code.used }) : code.active ? t("backstage.pricing.codes.active") : t("backstage.pricing.codes.withdrawn")}</td>
                  <td>
                    {code.usedOrderId && ordersLinked ? (
                      <Link to={`/admin/orders/${code.usedOrderId}`} className="text-link">
                        {code.usedOrderId}
                      </Link>
                    ) : (
                      (code.usedOrderId ?? "—")
                    )}
                  </td>
                  <td>
                    {code.active && !code.used ? (
                      <Form method="post">
                        <CsrfField token={csrfToken} />
                        <input type="hidden" name="code" value={code.code} />
                        <button type="submit" name="intent" value="withdrawCode" className="form-button form-button--quiet" aria-label={t("backstage.pricing.codes.withdrawCode", { code: code.code })}>
                          {t("backstage.pricing.codes.withdraw")}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > codes.length ? <p className="backstage-table__secondary">{t("backstage.pricing.codes.more", { shown: codes.length, total })}</p> : null}
      <div className="catalogue-variant__forms promotion-codes__forms">
        <Form method="post" className="catalogue-variant__form">
          <CsrfField token={csrfToken} />
          <p className="catalogue-variant__caption">{t("backstage.pricing.codes.addHeading")}</p>
          <FormAlert errors={errorsOf("addCode")} />
          <TextField id="code-shared" name="code" label={t("backstage.pricing.codes.code")} hint={t("backstage.pricing.codes.codeHint")} error={errorsOf("addCode")?.fields.code} maxLength={32} autoComplete="off" />
          <SubmitButton intent="addCode" variant="quiet">
            {t("backstage.pricing.codes.add")}
          </SubmitButton>
        </Form>
        <Form method="post" className="catalogue-variant__form">
          <CsrfField token={csrfToken} />
          <p className="catalogue-variant__caption">{t("backstage.pricing.codes.generateHeading")}</p>
          <FormAlert errors={errorsOf("generateCodes")} />
          <TextField id="code-count" name="generate" label={t("backstage.pricing.codes.count")} error={errorsOf("generateCodes")?.fields.generate} inputMode="numeric" defaultValue="10" />
          <TextField id="code-prefix" name="prefix" label={t("backstage.pricing.codes.prefix")} hint={t("backstage.pricing.codes.prefixHint")} error={errorsOf("generateCodes")?.fields.prefix} maxLength={12} autoComplete="off" />
          <SubmitButton intent="generateCodes" variant="quiet">
            {t("backstage.pricing.codes.generate")}
          </SubmitButton>
        </Form>
      </div>
    </section>
  );
}
