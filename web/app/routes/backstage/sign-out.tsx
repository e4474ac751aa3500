import { redirect } from "react-router";
import { csrfOf } from "../../account/forms";
import { relayCookies } from "../../api/server-api";
import { staffApi } from "../../backstage/staff-api.server";
import type { Route } from "./+types/sign-out";

/** Signing out changes state, so it is a POST; a visit by link just goes to the overview. */
export function loader() {
  return redirect("/admin");
}

/** Ends the staff session (the API clears the cookie); already signed out ends the same way. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await staffApi(context, "/admin/session", { method: "DELETE", csrfToken: csrfOf(form) });
  if (!result.ok && result.status !== 401) return redirect("/admin", 303);
  return redirect("/admin/sign-in?notice=signed-out", { status: 303, headers: relayCookies(result.headers) });
}
