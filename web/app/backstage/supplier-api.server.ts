import { redirect, type RouterContextProvider } from "react-router";
import { apiJson, type ApiCall } from "../api/server-api";
import { safeNextPath } from "../preferences/safe-next-path";
import { carriesCookie, type PageArgs } from "./staff-api.server";

/** The supplier session cookie (plain over HTTP, `__Host-` over HTTPS); supplier calls forward only it. */
export const SUPPLIER_COOKIES = ["vitrine_supplier", "__Host-vitrine_supplier"] as const;

type Context = Readonly<RouterContextProvider>;

export interface SupplierSession {
  user: { id: string; organisationId: string; email: string; name: string; status: string };
  organisation: { id: string; name: string; status: string };
  csrfToken: string;
  expiresAt: string;
}

export function supplierApi<T>(context: Context, path: string, init: Omit<NonNullable<Parameters<ApiCall>[1]>, "onlyCookies"> = {}) {
  return apiJson<T>(context, path, { ...init, onlyCookies: SUPPLIER_COOKIES });
}

const sessionsOfRequest = new WeakMap<Context, Promise<SupplierSession | null>>();

/** The signed-in supplier user, or null; one look-up per page request. Loaders only. */
export function currentSupplier(context: Context, request: Request): Promise<SupplierSession | null> {
  let session = sessionsOfRequest.get(context);
  if (!session) {
    session = carriesCookie(request, SUPPLIER_COOKIES)
      ? supplierApi<SupplierSession>(context, "/supplier/session").then((result) => (result.ok ? result.data : null))
      : Promise.resolve(null);
    sessionsOfRequest.set(context, session);
  }
  return session;
}

export async function requireSupplierSession({ context, request, url }: PageArgs): Promise<SupplierSession> {
  const session = await currentSupplier(context, request);
  if (!session) {
    throw redirect(`/supplier/sign-in?${new URLSearchParams({ next: safeNextPath(url.pathname + url.search) })}`);
  }
  return session;
}

/** After signing in: the portal page asked for, else the portal's home. */
export function afterSupplierSignIn(next: string | null): string {
  const path = next ? safeNextPath(next) : "/supplier";
  return /^\/supplier(?:[/?#]|$)/.test(path) && !path.startsWith("/supplier/sign-") ? path : "/supplier";
}
