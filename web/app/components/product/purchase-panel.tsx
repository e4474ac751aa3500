import type { ReactNode } from "react";
import { Link } from "react-router";
import { originKey } from "../../catalogue/labels";
import { LOW_STOCK, type Selection } from "../../catalogue/variant-selection";
import type { PriceView, ProductView, VariantView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";
import { DeliveryNote } from "../catalogue/delivery-note";
import { PriceTag } from "../catalogue/price-tag";

/** The cheapest of these variants' prices; null when none is priced. */
function lowestPrice(variants: readonly VariantView[]): PriceView | null {
  let best: PriceView | null = null;
  for (const v of variants) if (v.price && (!best || v.price.amount < best.amount)) best = v.price;
  return best;
}

/**
 * What the chosen variant costs, whether it can be had, and when it would arrive; who sells and
 * who ships it (CAT-3, CAT-4). Before a size is chosen it speaks for the colour as a whole.
 */
export function PurchasePanel({ product, selection, children }: { product: ProductView; selection: Selection; children?: ReactNode }) {
  const { t } = useI18n();
  const { variant, candidates } = selection;
  const open = variant ? [variant] : candidates.length ? candidates : product.variants;
  const amounts = new Set(open.flatMap((v) => (v.price ? [v.price.amount] : [])));
  const shownPrice = variant ? variant.price : lowestPrice(open);
  const inStock = open.filter((v) => v.available > 0);
  const service = product.kind === "service";
  const delivery = service ? null : (variant ?? [...inStock].sort((a, b) => (a.delivery?.daysMax ?? 99) - (b.delivery?.daysMax ?? 99))[0])?.delivery ?? null;

  return (
    <div className="purchase">
      <PriceTag price={shownPrice} from={!variant && amounts.size > 1} />
      {shownPrice?.approximate ? <p className="purchase__note">{t("catalogue.price.approximateNote")}</p> : null}
      {children}
      <p className="purchase__stock" role="status">
        {stockMessage(t, variant, inStock.length > 0, selection.sizes.length > 1)}
      </p>
      {service ? <p className="purchase__delivery">{t("product.serviceNote")}</p> : null}
      {!service && inStock.length > 0 && (!variant || variant.available > 0) ? <DeliveryNote delivery={delivery} className="purchase__delivery delivery" /> : null}
      <dl className="purchase__facts">
        <div className="purchase__fact">
          <dt>{t("product.soldBy")}</dt>
          <dd>{product.seller.kind === "shop" ? product.seller.name : <>{product.seller.name} <span className="purchase__aside">{t("product.soldBy.supplierNote")}</span></>}</dd>
        </div>
        {delivery ? (
          <div className="purchase__fact">
            <dt>{t("product.shipsFrom")}</dt>
            <dd>{t(originKey(delivery.shipsFrom))}</dd>
          </div>
        ) : null}
        {variant ? (
          <div className="purchase__fact">
            <dt>{t("product.reference")}</dt>
            <dd>{variant.sku}</dd>
          </div>
        ) : null}
      </dl>
      <p className="purchase__more">
        <Link to={`/designers/${product.designer.slug}`} className="text-link">{t("product.moreFrom", { designer: product.designer.name })}</Link>
      </p>
    </div>
  );
}

function stockMessage(t: ReturnType<typeof useI18n>["t"], variant: VariantView | null, anyInStock: boolean, sizeToChoose: boolean): string {
  if (variant) {
    if (variant.available <= 0) return t("catalogue.stock.soldOut");
    if (variant.available <= LOW_STOCK) return variant.available === 1 ? t("product.stock.lastOne") : t("product.stock.few", { count: variant.available });
    return t("product.stock.inStock");
  }
  if (!anyInStock) return t("product.stock.soldOutColour");
  // The size picker already asks for a size; saying it twice would be noise.
  return sizeToChoose ? "" : t("product.stock.inStock");
}
