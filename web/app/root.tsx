import type { ReactNode } from "react";
import { data, Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import type { Route } from "./+types/root";
import { ErrorPage } from "./components/error-page";
import { resolveCookieConsentState } from "./consent/consent-state.server";
import { shopYear } from "./i18n/dates";
import { translatorFromMatches } from "./i18n/meta";
import { requestPreferencesContext, resolveRequestPreferences } from "./i18n/request-preferences";
import { useI18n } from "./i18n/use-i18n";
import { useCspNonce } from "./security/csp-nonce";
import storefrontStylesheetUrl from "./styles/storefront.css?url";
import stylesheetUrl from "./styles/vitrine.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesheetUrl },
  { rel: "stylesheet", href: storefrontStylesheetUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const middleware: Route.MiddlewareFunction[] = [resolveRequestPreferences];

/**
 * Hands the reader's language, currency and delivery zone (resolved by the middleware from
 * the `lang`/`currency`/`zone` cookies, else Accept-Language, else en/HKD) to the
 * UI; every component reads them through useI18n(). The copyright year is
 * computed here so the server render and hydration agree on it.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale, currency, zone } = context.get(requestPreferencesContext);
  // Whether to ask for cookie consent (PRV-6), under which notice, and with GPC.
  const cookieConsent = await resolveCookieConsentState(request, context);
  return data(
    { locale, currency, zone, year: shopYear(new Date()), cookieConsent },
    // The page differs by cookie, Accept-Language and GPC: caches must know.
    { headers: { "Content-Language": locale, Vary: "Accept-Language, Cookie, Sec-GPC" } },
  );
}

export function headers({ loaderHeaders, errorHeaders }: Route.HeadersArgs) {
  return errorHeaders ?? loaderHeaders;
}

/** Fallback title for pages (such as error pages) without their own meta. */
export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [
    { title: t("meta.error.title") },
    { name: "description", content: t("meta.error.description") },
  ];
};

/** The HTML document around every page, including error pages. */
export function Layout({ children }: { children: ReactNode }) {
  const { locale, t } = useI18n();
  // Empty in the browser; `undefined` then lets react-router use its own.
  const nonce = useCspNonce() || undefined;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links nonce={nonce} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("a11y.skipToContent")}
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function Root() {
  return <Outlet />;
}

/**
 * Last line of defence: errors the storefront shell could not contain. It
 * renders without header and footer (they may be what failed), inside a
 * <main id="main"> so the skip link still lands somewhere.
 */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <main id="main" tabIndex={-1}>
      <ErrorPage error={error} showWordmark />
    </main>
  );
}
