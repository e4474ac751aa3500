import { Link } from "react-router";
import type { CardView } from "../../catalogue/views";
import { useI18n } from "../../i18n/use-i18n";
import { ProductGrid } from "../catalogue/product-card";

/** The eight pieces most recently arrived, and the way to all of them. */
export function NewArrivals({ cards }: { cards: readonly CardView[] }) {
  const { t } = useI18n();
  if (cards.length === 0) return null;
  return (
    <section className="section container home-arrivals" aria-labelledby="arrivals-heading">
      <div className="section__header">
        <h2 id="arrivals-heading" className="section__heading">{t("home.arrivals.heading")}</h2>
        <Link to="/new" className="text-link">{t("home.arrivals.viewAll")}</Link>
      </div>
      <ProductGrid cards={cards} />
    </section>
  );
}
