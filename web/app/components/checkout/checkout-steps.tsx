import { Link } from "react-router";
import type { CheckoutStep } from "../../checkout/checkout-types";
import { useI18n } from "../../i18n/use-i18n";

export const CHECKOUT_STEPS: readonly CheckoutStep[] = ["contact", "address", "delivery", "review"];

const LABELS = {
  contact: "checkout.step.contact",
  address: "checkout.step.address",
  delivery: "checkout.step.delivery",
  review: "checkout.step.review",
} as const;

/** Where the customer is in the checkout; steps already reachable are links back to them. */
export function CheckoutSteps({ current, reachable }: { current: CheckoutStep | null; reachable: ReadonlySet<CheckoutStep> }) {
  const { t } = useI18n();
  return (
    <nav className="checkout-steps" aria-label={t("checkout.steps.label")}>
      <ol className="checkout-steps__list">
        {CHECKOUT_STEPS.map((step, index) => (
          <li key={step} className="checkout-steps__item">
            {reachable.has(step) && step !== current ? (
              <Link to={`/checkout/${step}`} className="checkout-steps__link">
                <span className="checkout-steps__number">{index + 1}</span> {t(LABELS[step])}
              </Link>
            ) : (
              <span className="checkout-steps__link" aria-current={step === current ? "step" : undefined}>
                <span className="checkout-steps__number">{index + 1}</span> {t(LABELS[step])}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
