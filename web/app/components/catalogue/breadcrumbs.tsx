import { Link } from "react-router";
import { useI18n } from "../../i18n/use-i18n";

/** The way back up: home, then each level above the page. */
export function Breadcrumbs({ trail }: { trail: ReadonlyArray<{ href: string; name: string }> }) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumbs" aria-label={t("catalogue.breadcrumbs.label")}>
      <ol className="breadcrumbs__list">
        <li><Link to="/">{t("catalogue.breadcrumbs.home")}</Link></li>
        {trail.map((step) => (
          <li key={step.href}><Link to={step.href}>{step.name}</Link></li>
        ))}
      </ol>
    </nav>
  );
}
