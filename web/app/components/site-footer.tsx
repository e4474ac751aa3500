import { Link, useRouteLoaderData } from "react-router";
import type { PlainMessageKey } from "../i18n/translate";
import { shopYear } from "../i18n/dates";
import { useI18n } from "../i18n/use-i18n";
import type { loader as rootLoader } from "../root";
import { PreferenceSwitchers } from "./preference-switchers";

interface FooterColumn {
  id: string;
  heading: PlainMessageKey;
  links: ReadonlyArray<{ to: string; label: PlainMessageKey }>;
}

const FOOTER_COLUMNS: readonly FooterColumn[] = [
  {
    id: "footer-customer-care",
    heading: "footer.customerCare.heading",
    links: [
      { to: "/help/contact", label: "footer.customerCare.contact" },
      { to: "/help/delivery", label: "footer.customerCare.delivery" },
      { to: "/help/returns", label: "footer.customerCare.returns" },
      { to: "/help/payment", label: "footer.customerCare.payment" },
      { to: "/help", label: "footer.customerCare.faq" },
    ],
  },
  {
    id: "footer-about",
    heading: "footer.about.heading",
    links: [
      { to: "/about", label: "footer.about.house" },
      { to: "/about/authenticity", label: "footer.about.authenticity" },
      { to: "/about/careers", label: "footer.about.careers" },
      { to: "/about/press", label: "footer.about.press" },
    ],
  },
  {
    id: "footer-legal",
    heading: "footer.legal.heading",
    links: [
      { to: "/legal/agreement", label: "footer.legal.agreement" },
      { to: "/legal/privacy", label: "footer.legal.privacy" },
      { to: "/legal/cookies", label: "footer.legal.cookies" },
      { to: "/legal/content-licence", label: "footer.legal.contentLicence" },
      // Consent must be as easy to change as to give: always one click away.
      { to: "/cookies", label: "footer.legal.cookieSettings" },
    ],
  },
];

export function SiteFooter() {
  const { t } = useI18n();
  const year = useCopyrightYear();
  return (
    <footer className="site-footer">
      <div className="site-footer__columns container">
        <nav aria-label={t("footer.label")} className="site-footer__nav">
          {FOOTER_COLUMNS.map((column) => (
            <section key={column.id} aria-labelledby={column.id} className="site-footer__column">
              <h2 id={column.id} className="site-footer__heading">
                {t(column.heading)}
              </h2>
              <ul className="site-footer__links">
                {column.links.map(({ to, label }) => (
                  <li key={to}>
                    <Link to={to}>{t(label)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <section aria-labelledby="footer-preferences" className="site-footer__column">
          <h2 id="footer-preferences" className="site-footer__heading">
            {t("footer.preferences.heading")}
          </h2>
          <PreferenceSwitchers />
        </section>
      </div>
      <div className="site-footer__base container">
        <p className="wordmark site-footer__wordmark">{t("brand.wordmark")}</p>
        <p className="site-footer__copyright">{t("footer.copyright", { year })}</p>
      </div>
    </footer>
  );
}

/** The year comes from the root loader so server and hydration agree. */
function useCopyrightYear(): number {
  return useRouteLoaderData<typeof rootLoader>("root")?.year ?? shopYear(new Date());
}
