import type { ReactNode } from "react";
import type { LineView } from "../../checkout/present.server";
import { lineStatusLabel } from "../../checkout/labels";
import { useI18n } from "../../i18n/use-i18n";

/**
 * The pieces of an order or a checkout (ORD-1): what each is (designer, name, colour, size,
 * material), how many, the unit price, its discount and its total; on a placed order, each
 * line's own status, since each piece's contract forms when it ships (`statusOf` tells it in
 * more words, with its dates, where the page knows them).
 */
export function OrderLines({ lines, label, statusOf }: { lines: readonly LineView[]; label: string; statusOf?: ((lineId: string) => ReactNode) | undefined }) {
  const { t } = useI18n();
  return (
    <ul className="order-lines" aria-label={label}>
      {lines.map((line) => (
        <li key={line.id} className="order-line">
          {line.image ? <img className="order-line__image" src={line.image} alt="" width={96} height={120} loading="lazy" /> : <span className="order-line__image order-line__image--none" />}
          <div className="order-line__what">
            <p className="order-line__designer">{line.designer}</p>
            <p className="order-line__name">{line.name}</p>
            {line.variant.length > 0 ? <p className="order-line__variant">{line.variant.join(" · ")}</p> : null}
            <p className="order-line__quantity">{t("checkout.summary.quantity", { count: line.quantity })}</p>
            <p className="order-line__note">
              {t("checkout.summary.reference", { sku: line.sku })}
              {line.seller ? ` · ${t("checkout.summary.soldBy", { seller: line.seller })}` : null}
            </p>
            {statusOf ? statusOf(line.id) : line.status ? <p className="order-line__status">{t(lineStatusLabel(line.status))}</p> : null}
          </div>
          <dl className="order-line__money">
            <div className="order-line__row">
              <dt>{t("checkout.summary.unitPrice")}</dt>
              <dd>{line.unitPrice ?? t("checkout.summary.noPrice")}</dd>
            </div>
            {line.discount ? (
              <div className="order-line__row order-line__row--discount">
                <dt>{t("checkout.summary.discount")}</dt>
                <dd>−{line.discount}</dd>
              </div>
            ) : null}
            {line.total ? (
              <div className="order-line__row order-line__row--total">
                <dt>{t("checkout.summary.lineTotal")}</dt>
                <dd>{line.total}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
