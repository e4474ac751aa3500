import { Outlet } from "react-router";
import { currentSession } from "../account/account-api.server";
import { firstNameOf } from "../account/names";
import { CookieBanner } from "../components/cookie-consent/cookie-banner";
import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";
import type { Route } from "./+types/storefront-shell";

/**
 * Who is signed in, for the header's Account link: only the first name leaves the server here.
 * Signed out (no session, or an expired one) is null.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const session = await currentSession(context, request);
  return { customer: session ? { firstName: firstNameOf(session.customer.name) } : null };
}

/** Header, main landmark and footer shared by every storefront page. */
export default function StorefrontShell() {
  return (
    <div className="shell">
      {/* First after the skip link, so keyboard users reach the choice early. */}
      <CookieBanner />
      <SiteHeader />
      {/* id="main" is the skip link's target; tabIndex lets it take focus. */}
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
