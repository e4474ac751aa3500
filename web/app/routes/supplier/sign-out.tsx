import { redirect } from "react-router";
import { csrfOf } from "../../account/forms";
import { relayCookies } from "../../api/server-api";
import { supplierApi } from "../../backstage/supplier-api.server";
import type { Route } from "./+types/sign-out";

/** Signing out is a POST; a visit by link goes to the portal's home. */
export function loader() {
  return redirect("/supplier");
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await supplierApi(context, "/supplier/session", { method: "DELETE", csrfToken: csrfOf(form) });
  if (!result.ok && result.status !== 401) return redirect("/supplier", 303);
  return redirect("/supplier/sign-in?notice=signed-out", { status: 303, headers: relayCookies(result.headers) });
}
