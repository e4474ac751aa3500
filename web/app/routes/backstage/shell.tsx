import { Outlet, useRouteLoaderData } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { roleName } from "../../backstage/permissions";
import { currentStaff } from "../../backstage/staff-api.server";
import { BackstageErrorPage } from "../../components/backstage/backstage-error";
import { BackstageHeader } from "../../components/backstage/backstage-header";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/shell";

/** Who is signed in, for the header: name, role and the token of the sign-out form. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const session = await currentStaff(context, request);
  return { staff: session ? { name: session.staff.name, role: session.staff.role, csrfToken: session.csrfToken } : null };
}

// Every backstage page is about someone and may carry a CSRF token: never cached.
export const headers = privatePageHeaders;

function ShellHeader() {
  const { t } = useI18n();
  const staff = useRouteLoaderData<typeof loader>("backstage-shell")?.staff ?? null;
  const person = staff ? { name: staff.name, detail: roleName(t, staff.role), csrfToken: staff.csrfToken } : null;
  return <BackstageHeader area="backstage.header.area" homePath="/admin" signOutPath="/admin/sign-out" person={person} />;
}

/** The backstage's own frame: its header and the main landmark (no storefront header, footer or banner). */
export default function BackstageShell() {
  return (
    <div className="backstage">
      <ShellHeader />
      <main id="main" className="backstage__main" tabIndex={-1}>
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
        <BackstageErrorPage error={error} />
      </main>
    </div>
  );
}
