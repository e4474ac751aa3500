import { Form, Link, useLocation } from "react-router";
import { LOCALE_ENDONYM, SUPPORTED_LOCALES } from "../../i18n/locales";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField } from "../account/form-fields";

export interface SignedInPerson {
  name: string;
  /** The role, or the organisation: who they are here. */
  detail: string;
  csrfToken: string;
}

interface BackstageHeaderProps {
  /** "Backstage" or "Supplier portal", beside the house name. */
  area: PlainMessageKey;
  homePath: string;
  signOutPath: string;
  person: SignedInPerson | null;
}

/**
 * The working header of the backstage and the supplier portal: the house name and the area, who is
 * signed in, sign out, and the language. Deliberately unlike the storefront's: nobody should
 * mistake one for the other.
 */
export function BackstageHeader({ area, homePath, signOutPath, person }: BackstageHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="backstage-header">
      <div className="backstage-header__bar container">
        <Link to={homePath} className="backstage-header__brand">
          <span className="wordmark backstage-header__wordmark">{t("brand.wordmark")}</span>
          <span className="backstage-header__area">{t(area)}</span>
        </Link>
        <div className="backstage-header__tools">
          <LanguageLinks />
          {person ? (
            <div className="backstage-header__person">
              <p className="backstage-header__who">
                <span className="backstage-header__name">{person.name}</span>
                <span className="backstage-header__detail">{person.detail}</span>
              </p>
              <Form method="post" action={signOutPath} className="backstage-header__sign-out">
                <CsrfField token={person.csrfToken} />
                <button type="submit" className="backstage-header__button">
                  {t("backstage.header.signOut")}
                </button>
              </Form>
            </div>
          ) : null}
        </div>
      </div>
    </header>
  );
}

/** The languages as plain links to /preferences (works without scripts; comes back to this page). */
function LanguageLinks() {
  const { locale, t } = useI18n();
  const location = useLocation();
  const next = location.pathname + location.search;
  return (
    <nav className="backstage-languages" aria-label={t("switcher.language.label")}>
      <ul className="backstage-languages__list">
        {SUPPORTED_LOCALES.map((option) => (
          <li key={option}>
            <a
              className="backstage-languages__link"
              href={`/preferences?${new URLSearchParams({ lang: option, next })}`}
              hrefLang={option}
              lang={option}
              rel="nofollow"
              aria-current={option === locale ? "true" : undefined}
            >
              {LOCALE_ENDONYM[option]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
