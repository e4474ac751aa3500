import { Form, Link } from "react-router";
import type { BagView } from "../../cart/cart-types";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField } from "../account/form-fields";

const REASONS: Readonly<Record<string, PlainMessageKey>> = {
  minimum_not_met: "cart.promotion.reason.minimum_not_met",
  excluded: "cart.promotion.reason.excluded",
  expired: "cart.promotion.reason.expired",
  not_started: "cart.promotion.reason.not_started",
  limit_reached: "cart.promotion.reason.limit_reached",
  not_eligible: "cart.promotion.reason.not_eligible",
  unknown_code: "cart.promotion.reason.unknown_code",
};

/** Codes, promotions applied and not (with why), subtotal, delivery, duties estimate and total; then checkout. */
export function BagSummary({ bag, csrfToken, codeRefusal }: { bag: BagView; csrfToken: string | null; codeRefusal: PlainMessageKey | null }) {
  const { t } = useI18n();
  const csrf = csrfToken ? <CsrfField token={csrfToken} /> : null;
  const quote = bag.quote;
  return (
    <aside className="bag-summary" aria-labelledby="bag-summary-heading">
      <h2 id="bag-summary-heading" className="bag-summary__heading">{t("cart.summary.heading")}</h2>
      <Form method="post" className="bag-summary__code">
        {csrf}
        <label htmlFor="bag-code" className="bag-line__label">{t("cart.codes.label")}</label>
        <input id="bag-code" name="code" className="bag-summary__code-input" autoComplete="off" aria-describedby={codeRefusal ? "bag-code-error" : undefined} />
        <button type="submit" name="intent" value="code" className="form-button form-button--quiet">{t("cart.codes.apply")}</button>
        {codeRefusal ? <p id="bag-code-error" className="bag-summary__error" role="alert">{t(codeRefusal)}</p> : null}
      </Form>
      {bag.codes.length ? (
        <Form method="post" className="bag-summary__codes">
          {csrf}
          {bag.codes.map((code) => (
            <button key={code} type="submit" name="removeCode" value={code} className="bag-action">
              {t("cart.codes.remove", { code })}
            </button>
          ))}
          <input type="hidden" name="intent" value="removeCode" />
        </Form>
      ) : null}
      {quote?.promotions.length ? (
        <ul className="bag-summary__promotions">
          {quote.promotions.map((p) => (
            <li key={`${p.name}-${p.code ?? ""}`} className={p.applied ? "bag-summary__promotion" : "bag-summary__promotion bag-summary__promotion--not-applied"}>
              {p.applied ? t("cart.promotion.applied", { name: p.name }) : t("cart.promotion.notApplied", { name: p.name, reason: t(REASONS[p.reason ?? ""] ?? "cart.promotion.reason.other") })}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="bag-summary__amounts">
        <div className="bag-summary__row"><dt>{t("cart.summary.subtotal")}</dt><dd>{bag.subtotal.text}</dd></div>
        {quote?.discount ? <div className="bag-summary__row"><dt>{t("cart.summary.discount")}</dt><dd>−{quote.discount}</dd></div> : null}
        {quote && quote.delivery !== undefined ? <div className="bag-summary__row"><dt>{t("cart.summary.delivery")}</dt><dd>{quote.delivery ?? t("cart.summary.deliveryFree")}</dd></div> : null}
        {quote ? <div className="bag-summary__row bag-summary__row--total"><dt>{t("cart.summary.total")}</dt><dd>{quote.total}</dd></div> : null}
        {quote?.duties ? <div className="bag-summary__row bag-summary__row--aside"><dt>{t("cart.summary.duties")}</dt><dd>{quote.duties}</dd></div> : null}
      </dl>
      {quote?.duties ? <p className="bag-summary__note">{t("cart.summary.dutiesNote")}</p> : null}
      {bag.subtotal.approximate ? <p className="bag-summary__note">{t("cart.summary.approximate")}</p> : null}
      <Link to="/checkout" className="form-button bag-summary__checkout">{t("cart.checkout")}</Link>
    </aside>
  );
}
