import { Outlet, redirect, useRouteLoaderData } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { sectionsFor } from "../../backstage/sections";
import { requireStaffSession, SECURITY_PATH } from "../../backstage/staff-api.server";
import { BackstageNav } from "../../components/backstage/backstage-nav";
import type { Route } from "./+types/signed-in";

export const BACKSTAGE_AREA_ID = "backstage-area";

/**
 * The signed-in backstage: one session look-up for every page (signed out: sign in and come
 * back). An owner without an authenticator is kept on the security page until one is enrolled.
 */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const session = await requireStaffSession({ context, request, url });
  if (session.totpEnrolmentRequired && url.pathname !== SECURITY_PATH) throw redirect(SECURITY_PATH);
  return {
    staff: session.staff,
    permissions: session.permissions,
    totpEnrolmentRequired: session.totpEnrolmentRequired,
    csrfToken: session.csrfToken,
  };
}

export const headers = privatePageHeaders;

/** The area's data, for the pages inside it (their forms carry its CSRF token). */
export function useBackstageArea() {
  const area = useRouteLoaderData<typeof loader>(BACKSTAGE_AREA_ID);
  if (!area) throw new Error("useBackstageArea() outside the backstage area");
  return area;
}

export default function BackstageArea({ loaderData }: Route.ComponentProps) {
  return (
    <div className="backstage-area container">
      <BackstageNav sections={sectionsFor(loaderData.permissions, loaderData.totpEnrolmentRequired)} />
      <div className="backstage-area__page">
        <Outlet />
      </div>
    </div>
  );
}
