import { useLocation } from "react-router";
import { LOCALE_ENDONYM, SUPPORTED_LOCALES } from "../i18n/locales";
import { DISPLAY_CURRENCIES } from "../i18n/money";
import { DELIVERY_ZONES } from "../i18n/zones";
import { useI18n } from "../i18n/use-i18n";

/** /preferences?lang=zh-Hant&next=/current/page — the resource route's input. */
function preferenceHref(choice: { lang: string } | { currency: string } | { zone: string }, next: string): string {
  return `/preferences?${new URLSearchParams({ ...choice, next })}`;
}

/**
 * Language, currency and "ship to" switchers as plain links to the /preferences resource
 * route: they work without JavaScript and bring the client back to the page
 * they were on. Plain <a> (not <Link>) because the target is not a page but
 * a cookie-setting redirect that must be a full document request.
 */
export function PreferenceSwitchers() {
  const { locale, currency, zone, t } = useI18n();
  const location = useLocation();
  const next = location.pathname + location.search;

  return (
    <div className="preferences">
      <div className="preferences__group">
        <h3 className="preferences__label" id="language-switcher-label">
          {t("switcher.language.label")}
        </h3>
        <ul className="preferences__options" aria-labelledby="language-switcher-label">
          {SUPPORTED_LOCALES.map((option) => (
            <li key={option}>
              <a
                className="preferences__option"
                href={preferenceHref({ lang: option }, next)}
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
      </div>
      <div className="preferences__group">
        <h3 className="preferences__label" id="currency-switcher-label">
          {t("switcher.currency.label")}
        </h3>
        <ul className="preferences__options" aria-labelledby="currency-switcher-label">
          {DISPLAY_CURRENCIES.map((option) => (
            <li key={option}>
              <a
                className="preferences__option"
                href={preferenceHref({ currency: option }, next)}
                rel="nofollow"
                aria-current={option === currency ? "true" : undefined}
                title={t(`currency.${option}`)}
              >
                {option}
                <span className="visually-hidden"> {t(`currency.${option}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div className="preferences__group">
        <h3 className="preferences__label" id="zone-switcher-label">
          {t("switcher.zone.label")}
        </h3>
        <ul className="preferences__options" aria-labelledby="zone-switcher-label">
          {DELIVERY_ZONES.map((option) => (
            <li key={option}>
              <a
                className="preferences__option"
                href={preferenceHref({ zone: option }, next)}
                rel="nofollow"
                aria-current={option === zone ? "true" : undefined}
              >
                {t(`zone.${option}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
