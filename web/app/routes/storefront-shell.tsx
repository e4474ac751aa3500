import { Outlet } from "react-router";
import { currentSession } from "../account/account-api.server";
import { firstNameOf } from "../account/names";
import { bagCount } from "../cart/cart-api.server";
import { loadCategoryTree } from "../catalogue/catalog-api.server";
import { CookieBanner } from "../components/cookie-consent/cookie-banner";
import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";
import type { Route } from "./+types/storefront-shell";

/** Departments in the header: the top categories with pieces on sale, in the shop's order. */
const DEPARTMENTS = 6;

/**
 * Who is signed in, for the header's Account link: only the first name leaves the server here.
 * Signed out (no session, or an expired one) is null. The header's departments come from the
 * catalogue; should it fail, the page still renders, with the fixed links only.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const [session, tree, bagItems] = await Promise.all([currentSession(context, request), loadCategoryTree(context).catch(() => []), bagCount(context, request)]);
  return {
    customer: session ? { firstName: firstNameOf(session.customer.name) } : null,
    // The mini-bag: pieces in the bag (a guest bag waiting to merge counted as it will be).
    bagItems,
    departments: tree.filter((c) => c.products > 0).slice(0, DEPARTMENTS).map(({ slug, name }) => ({ slug, name })),
  };
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
