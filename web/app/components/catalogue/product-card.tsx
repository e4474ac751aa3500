import { Link } from "react-router";
import type { CardView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";
import { DeliveryNote } from "./delivery-note";
import { PriceTag } from "./price-tag";

/**
 * One piece in a grid: its picture (sized, so nothing jumps, and lazy), the house, the name, the
 * price, and what a client must know before choosing it: sold out, the delivery window, and who
 * sells it when it is not the shop itself (CAT-3).
 */
export function ProductCard({ card, headingLevel = 3 }: { card: CardView; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = `/products/${card.slug}`;
  return (
    <article className={card.inStock ? "product-card" : "product-card product-card--sold-out"}>
      <div className="product-card__media">
        {card.image ? (
          <img
            className="product-card__image"
            src={card.image.url}
            width={card.image.width}
            height={card.image.height}
            alt=""
            loading="lazy"
            decoding="async"
          />
        ) : (
          <div className="product-card__image placeholder" />
        )}
        {card.inStock ? null : <p className="product-card__badge">{t("catalogue.stock.soldOut")}</p>}
      </div>
      <Heading className="product-card__title">
        {/* The whole card is the link's hit area (CSS); its name is designer and piece. */}
        <Link to={href} className="product-card__link" prefetch="intent">
          <span className="product-card__designer">{card.designer.name}</span>
          <span className="product-card__name">{card.name}</span>
        </Link>
      </Heading>
      <PriceTag price={card.price} />
      {card.inStock ? <DeliveryNote delivery={card.delivery} className="product-card__note delivery" /> : null}
      {card.seller.kind === "supplier" ? (
        <p className="product-card__note product-card__seller">{t("catalogue.seller.soldBy", { seller: card.seller.name })}</p>
      ) : null}
    </article>
  );
}

export function ProductGrid({ cards, label }: { cards: readonly CardView[]; label?: string }) {
  return (
    <ul className="product-grid" aria-label={label}>
      {cards.map((card) => (
        <li key={card.id} className="product-grid__item">
          <ProductCard card={card} />
        </li>
      ))}
    </ul>
  );
}
