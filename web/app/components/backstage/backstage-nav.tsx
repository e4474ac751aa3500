import { NavLink } from "react-router";
import type { BackstageSection } from "../../backstage/sections";
import { useI18n } from "../../i18n/use-i18n";

/** The side navigation: only the pages this staff member's role opens. */
export function BackstageNav({ sections }: { sections: readonly BackstageSection[] }) {
  const { t } = useI18n();
  return (
    <nav className="backstage-nav" aria-label={t("backstage.nav.label")}>
      <ul className="backstage-nav__list">
        {sections.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end={section.end ?? false} className="backstage-nav__link">
              {t(section.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
