import { Outlet, useRouteLoaderData } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { currentSupplier } from "../../backstage/supplier-api.server";
import { BackstageErrorPage } from "../../components/backstage/backstage-error";
import { BackstageHeader } from "../../components/backstage/backstage-header";
import type { Route } from "./+types/shell";

export async function loader({ context, request }: Route.LoaderArgs) {
  const session = await currentSupplier(context, request);
  return { person: session ? { name: session.user.name, detail: session.organisation.name, csrfToken: session.csrfToken } : null };
}

export const headers = privatePageHeaders;

function ShellHeader() {
  const person = useRouteLoaderData<typeof loader>("supplier-shell")?.person ?? null;
  return <BackstageHeader area="backstage.supplier.area" homePath="/supplier" signOutPath="/supplier/sign-out" person={person} />;
}

/** The supplier portal's frame: the backstage's working look, with the supplier's own header. */
export default function SupplierShell() {
  return (
    <div className="backstage">
      <ShellHeader />
      <main id="main" className="backstage__main container" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <div className="backstage">
      <ShellHeader />
      <main id="main" className="backstage__main container" tabIndex={-1}>
        <BackstageErrorPage error={error} homePath="/supplier" backLabel="backstage.supplier.backHome" />
      </main>
    </div>
  );
}
