import type { ProductView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";
import { SizeGuide } from "./size-guide";

/** The description, then what it is made of, how to care for it and where it was made. */
export function ProductDetails({ product, origin }: { product: ProductView; origin: string | null }) {
  const { t } = useI18n();
  const paragraphs = product.description.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const facts = [
    { key: "composition", label: t("product.details.composition"), value: product.composition },
    { key: "care", label: t("product.details.care"), value: product.care },
    { key: "origin", label: t("product.details.origin"), value: origin },
  ].filter((fact) => fact.value);
  return (
    <section className="product-details" aria-labelledby="product-details-heading">
      <h2 id="product-details-heading" className="product-details__heading">{t("product.details.heading")}</h2>
      {paragraphs.map((p, i) => <p key={i} className="product-details__text">{p}</p>)}
      {facts.length ? (
        <dl className="product-details__facts">
          {facts.map((fact) => (
            <div key={fact.key} className="product-details__fact">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <SizeGuide kind={product.sizeGuide} />
    </section>
  );
}
