import type { PriceView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";

/**
 * A price as the house shows it: a markdown with its former price struck through beside it, and
 * a converted price marked "≈" (the charge itself is in Hong Kong dollars).
 */
export function PriceTag({ price, from = false }: { price: PriceView | null; from?: boolean }) {
  const { t } = useI18n();
  if (!price) return <p className="price price--none">{t("catalogue.price.onRequest")}</p>;
  return (
    <p className={price.was ? "price price--reduced" : "price"}>
      {from ? <span className="price__from">{t("catalogue.price.from")} </span> : null}
      {price.approximate ? (
        <abbr className="price__approximate" title={t("catalogue.price.approximateTitle")}>
          ≈<span className="visually-hidden">{t("catalogue.price.approximately")}</span>
        </abbr>
      ) : null}
      <span className="price__now">{price.text}</span>
      {price.was ? (
        <>
          {" "}
          <s className="price__was">
            <span className="visually-hidden">{t("catalogue.price.was")} </span>
            {price.was}
          </s>
        </>
      ) : null}
    </p>
  );
}
