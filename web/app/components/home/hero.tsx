import { Link } from "react-router";
import { useI18n } from "../../i18n/use-i18n";

/**
 * The opening statement. The "image" is a CSS composition: no photograph may
 * be fetched from another host, and none is needed to set the tone.
 */
export function Hero() {
  const { t } = useI18n();
  return (
    <section className="hero" aria-labelledby="hero-heading">
      <div className="hero__text">
        <p className="eyebrow">{t("home.hero.kicker")}</p>
        <h1 id="hero-heading" className="hero__headline">
          {t("home.hero.headline")}
        </h1>
        <p className="hero__subline">{t("home.hero.subline")}</p>
        <Link to="/new" className="button">
          {t("home.hero.cta")}
        </Link>
      </div>
      <div className="hero__visual placeholder placeholder--silk" aria-hidden="true" />
    </section>
  );
}
