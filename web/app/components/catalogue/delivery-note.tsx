import type { DeliveryEstimate } from "../../catalogue/views";
import { originKey } from "../../catalogue/labels";
import { useI18n } from "../../i18n/use-i18n";

/**
 * The delivery window to the visitor's zone from the best stock (CAT-4): "Delivery in 2–4 days",
 * and where it ships from when the goods cross a border, which is why they take longer.
 */
export function DeliveryNote({ delivery, className = "delivery" }: { delivery: DeliveryEstimate | null; className?: string }) {
  const { t } = useI18n();
  if (!delivery) return null;
  const estimate = delivery.daysMin !== delivery.daysMax
    ? t("catalogue.delivery.window", { min: delivery.daysMin, max: delivery.daysMax })
    : delivery.daysMax === 1
      ? t("catalogue.delivery.oneDay")
      : t("catalogue.delivery.days", { days: delivery.daysMax });
  return (
    <p className={className}>
      {estimate}
      {delivery.crossBorder ? (
        <span className="delivery__origin">
          {" · "}
          {t("catalogue.delivery.shipsFrom", { origin: t(originKey(delivery.shipsFrom)) })}
        </span>
      ) : null}
    </p>
  );
}
