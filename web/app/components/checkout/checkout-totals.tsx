import type { ReviewView } from "../../checkout/present.server";
import { promotionReasonLabel } from "../../checkout/labels";
import { useI18n } from "../../i18n/use-i18n";

/**
 * The money of a checkout: subtotal, discounts, delivery, the duties estimate (shown apart and
 * said to be an estimate that Vitrine does not charge) and the total to pay.
 */
export function CheckoutTotals({ review }: { review: ReviewView }) {
  const { t } = useI18n();
  return (
    <div className="checkout-totals">
      <dl className="checkout-totals__list">
        <div className="checkout-totals__row">
          <dt>{t("checkout.totals.subtotal")}</dt>
          <dd>{review.subtotal}</dd>
        </div>
        {review.discountTotal ? (
          <div className="checkout-totals__row checkout-totals__row--discount">
            <dt>{t("checkout.totals.discount")}</dt>
            <dd>−{review.discountTotal}</dd>
          </div>
        ) : null}
        <div className="checkout-totals__row">
          <dt>{t("checkout.totals.delivery")}</dt>
          <dd>{review.delivery ? (review.delivery.free ? t("checkout.totals.deliveryFree") : review.delivery.amount) : t("checkout.totals.deliveryPending")}</dd>
        </div>
        <div className="checkout-totals__row checkout-totals__row--total">
          <dt>{t("checkout.totals.total")}</dt>
          <dd className="checkout-totals__total">{review.total}</dd>
        </div>
      </dl>
      {review.delivery?.freeFrom && !review.delivery.free ? <p className="checkout-totals__note">{t("checkout.totals.freeFrom", { amount: review.delivery.freeFrom })}</p> : null}
      {review.duties ? (
        <div className="checkout-duties">
          <p className="checkout-duties__amount">
            <span>{t("checkout.totals.duties")}</span> <span>{review.duties}</span>
          </p>
          <p className="checkout-duties__note">{t("checkout.totals.dutiesNote")}</p>
        </div>
      ) : null}
      {review.unavailable > 0 ? <p className="form-alert">{t("checkout.totals.unavailable")}</p> : null}
    </div>
  );
}

/** Which promotions applied and which did not, each with the reason in words. */
export function CheckoutPromotions({ promotions }: { promotions: ReviewView["promotions"] }) {
  const { t } = useI18n();
  if (promotions.length === 0) return null;
  return (
    <section className="checkout-promotions" aria-labelledby="checkout-promotions-heading">
      <h3 id="checkout-promotions-heading" className="checkout-section__heading">
        {t("checkout.promotions.heading")}
      </h3>
      <ul className="checkout-promotions__list">
        {promotions.map((promotion) => (
          <li key={`${promotion.name}-${promotion.code ?? ""}`} className={promotion.applied ? "checkout-promotion" : "checkout-promotion checkout-promotion--not-applied"}>
            <span className="checkout-promotion__name">
              {promotion.name}
              {promotion.code ? ` (${promotion.code})` : null}
            </span>
            <span className="checkout-promotion__outcome">
              {promotion.applied
                ? `${t("checkout.promotions.applied")}${promotion.amount ? `: −${promotion.amount}` : ""}`
                : `${t("checkout.promotions.notApplied")}: ${t(promotionReasonLabel(promotion.reason))}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
