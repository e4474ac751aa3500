import { redirect } from "react-router";
import { expireSessionCookies } from "../../account/account-api.server";
import { csrfOf, textField } from "../../account/forms";
import { apiJson, relayCookies } from "../../api/server-api";
import { isCustomerId } from "../../backstage/customers";
import type { Route } from "./+types/sign-out";

/** Signing out changes state, so it is a POST; a visit by link just goes to the account page. */
export function loader() {
  return redirect("/account");
}

/**
 * Ends this session at the API, which also clears the cookie. Already signed out (401) ends the
 * same way; a refused form (stale token) goes back to the account, still signed in. Ending a
 * staff view (ACC-6, the form names the customer viewed) takes the staff member back to the
 * customer's page in the backstage.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await apiJson(context, "/account/session", { method: "DELETE", csrfToken: csrfOf(form) });
  const viewOf = textField(form, "viewOf");
  if (viewOf !== "" && (result.ok || result.status === 401)) {
    const back = isCustomerId(viewOf) ? `/admin/customers/${viewOf}` : "/admin/customers";
    return redirect(back, { status: 303, headers: result.ok ? relayCookies(result.headers) : expireSessionCookies(request) });
  }
  if (!result.ok && result.status !== 401) return redirect("/account", 303);
  return redirect("/account/sign-in?notice=signed-out", { status: 303, headers: relayCookies(result.headers) });
}
