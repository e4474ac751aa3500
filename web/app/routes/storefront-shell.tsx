import { Outlet } from "react-router";
import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";

/** Header, main landmark and footer shared by every storefront page. */
export default function StorefrontShell() {
  return (
    <div className="shell">
      <SiteHeader />
      {/* id="main" is the skip link's target; tabIndex lets it take focus. */}
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
