import { Link } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { permissionText, roleName } from "../../backstage/permissions";
import { sectionsFor } from "../../backstage/sections";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/overview";
import { useBackstageArea } from "./signed-in";

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.overview.title") }, { name: "robots", content: "noindex" }];
};

/** Who you are here, what your role lets you do, and the way to each page you may open. */
export default function BackstageOverview() {
  const { t } = useI18n();
  const { staff, permissions, totpEnrolmentRequired } = useBackstageArea();
  const links = sectionsFor(permissions, totpEnrolmentRequired).filter((section) => section.to !== "/admin");
  return (
    <section className="backstage-page" aria-labelledby="overview-heading">
      <p className="eyebrow">{t("backstage.overview.eyebrow")}</p>
      <h1 id="overview-heading" className="backstage-page__heading">
        {t("backstage.overview.greeting", { name: staff.name })}
      </h1>
      <dl className="backstage-facts">
        <div className="backstage-facts__row">
          <dt>{t("backstage.field.role")}</dt>
          <dd>{roleName(t, staff.role)}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("account.field.email")}</dt>
          <dd>{staff.email}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("backstage.field.authenticator")}</dt>
          <dd>{staff.totpEnrolled ? t("backstage.overview.totpOn") : t("backstage.overview.totpOff")}</dd>
        </div>
      </dl>

      <h2 className="backstage-page__subheading">{t("backstage.overview.permissionsHeading")}</h2>
      <ul className="backstage-permissions">
        {permissions.map((permission) => {
          const text = permissionText(permission);
          return <li key={permission}>{text ? t(text) : permission}</li>;
        })}
      </ul>

      <ul className="account-links">
        {links.map((section) => (
          <li key={section.to}>
            <Link to={section.to} className="account-links__link">
              <span className="account-links__title">{t(section.label)}</span>
              <span className="account-links__body">{t(section.description)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
