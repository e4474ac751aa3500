import { Link } from "react-router";
import { useI18n } from "../../i18n/use-i18n";

interface FeaturedDesigner {
  slug: string;
  name: string;
  localName: string | null;
  products: number;
}

/** The houses the shop is following this season (the catalogue's featured designers). */
export function FeaturedDesigners({ designers }: { designers: readonly FeaturedDesigner[] }) {
  const { t } = useI18n();
  if (designers.length === 0) return null;
  return (
    <section className="section section--ivory" aria-labelledby="designers-heading">
      <div className="container designers">
        <div className="designers__intro">
          <h2 id="designers-heading" className="section__heading">{t("home.designers.heading")}</h2>
          <p>{t("home.designers.intro")}</p>
          <Link to="/designers" className="text-link">{t("home.designers.viewAll")}</Link>
        </div>
        <ul className="designers__list">
          {designers.map((d) => (
            <li key={d.slug} className="designers__item">
              <Link to={`/designers/${d.slug}`} className="designers__link">
                <span className="designers__name">
                  {d.name}
                  {d.localName ? <span className="designers__local-name">{d.localName}</span> : null}
                </span>
                <span className="designers__note">{t("catalogue.designers.pieces", { count: d.products })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
