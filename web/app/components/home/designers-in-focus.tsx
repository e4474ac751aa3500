import { Link } from "react-router";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";

/** Placeholder houses until the catalogue provides the season's selection. */
const DESIGNERS: ReadonlyArray<{ slug: string; name: PlainMessageKey; note: PlainMessageKey }> = [
  { slug: "maison-aurele", name: "home.designers.1.name", note: "home.designers.1.note" },
  { slug: "atelier-koen", name: "home.designers.2.name", note: "home.designers.2.note" },
  { slug: "casa-verdelli", name: "home.designers.3.name", note: "home.designers.3.note" },
  { slug: "hollis-and-wren", name: "home.designers.4.name", note: "home.designers.4.note" },
  { slug: "studio-lumen", name: "home.designers.5.name", note: "home.designers.5.note" },
  { slug: "orsini-fratelli", name: "home.designers.6.name", note: "home.designers.6.note" },
];

export function DesignersInFocus() {
  const { t } = useI18n();
  return (
    <section className="section section--ivory" aria-labelledby="designers-heading">
      <div className="container designers">
        <div className="designers__intro">
          <h2 id="designers-heading" className="section__heading">
            {t("home.designers.heading")}
          </h2>
          <p>{t("home.designers.intro")}</p>
          <Link to="/designers" className="text-link">
            {t("home.designers.viewAll")}
          </Link>
        </div>
        <ul className="designers__list">
          {DESIGNERS.map(({ slug, name, note }) => (
            <li key={slug} className="designers__item">
              <Link to={`/designers/${slug}`} className="designers__link">
                <span className="designers__name">{t(name)}</span>
                <span className="designers__note">{t(note)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
