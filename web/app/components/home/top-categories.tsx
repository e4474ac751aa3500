import { Link } from "react-router";
import type { Image } from "../../catalogue/catalog-types";
import { useI18n } from "../../i18n/use-i18n";

interface TopCategory {
  slug: string;
  name: string;
  products: number;
  image: Image | null;
}

/** The ways into the catalogue by kind of piece, each shown by its most sought-after one. */
export function TopCategories({ categories }: { categories: readonly TopCategory[] }) {
  const { t } = useI18n();
  if (categories.length === 0) return null;
  return (
    <section className="section container" aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="section__heading">{t("home.categories.heading")}</h2>
      <ul className="category-tiles">
        {categories.map((c) => (
          <li key={c.slug} className="category-tile">
            <div className="category-tile__media">
              {c.image ? (
                <img className="category-tile__image" src={c.image.url} width={c.image.width} height={c.image.height} alt="" loading="lazy" decoding="async" />
              ) : null}
            </div>
            <h3 className="category-tile__name">
              <Link to={`/category/${c.slug}`} className="category-tile__link">{c.name}</Link>
            </h3>
            <p className="category-tile__count">{t("catalogue.designers.pieces", { count: c.products })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
