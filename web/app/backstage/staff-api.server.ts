import { data, redirect, type RouterContextProvider } from "react-router";
import { apiJson, type ApiCall } from "../api/server-api";
import { readCookie } from "../preferences/cookies";
import { safeNextPath } from "../preferences/safe-next-path";
import type { Permission } from "./permissions";

/**
 * The staff session cookie as the API names it: plain over HTTP, `__Host-` prefixed over HTTPS.
 * Backstage calls forward only these, so a customer or supplier session in the same browser can
 * never decide who acts (the API takes the first session cookie that resolves).
 */
export const STAFF_COOKIES = ["vitrine_staff", "__Host-vitrine_staff"] as const;

/** Where an owner without an authenticator is kept until one is enrolled. */
export const SECURITY_PATH = "/admin/security";

type Context = Readonly<RouterContextProvider>;
/** What loaders and actions are given: `url` is the page's own address (without `.data` and the like). */
export interface PageArgs {
  context: Context;
  request: Request;
  url: URL;
}
type CallInit = Omit<NonNullable<Parameters<ApiCall>[1]>, "onlyCookies">;

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: string;
  status: "active" | "disabled";
  totpEnrolled: boolean;
  createdAt: string;
}

export interface StaffSession {
  staff: StaffMember;
  permissions: string[];
  totpEnrolmentRequired: boolean;
  /** Echoed with every change (the `_csrf` field of the backstage's forms). */
  csrfToken: string;
  expiresAt: string;
}

/** An API call made as the signed-in staff member, and only as them. */
export function staffApi<T>(context: Context, path: string, init: CallInit = {}) {
  return apiJson<T>(context, path, { ...init, onlyCookies: STAFF_COOKIES });
}

export function carriesCookie(request: Request, names: readonly string[]): boolean {
  const header = request.headers.get("cookie");
  return names.some((name) => readCookie(header, name) !== undefined);
}

// One look-up per page request: the shell, the area and the page all ask.
const sessionsOfRequest = new WeakMap<Context, Promise<StaffSession | null>>();

/** The signed-in staff member, or null (no cookie: not asked; any answer but 200: signed out). Loaders only. */
export function currentStaff(context: Context, request: Request): Promise<StaffSession | null> {
  let session = sessionsOfRequest.get(context);
  if (!session) {
    session = carriesCookie(request, STAFF_COOKIES)
      ? staffApi<StaffSession>(context, "/admin/session").then((result) => (result.ok ? result.data : null))
      : Promise.resolve(null);
    sessionsOfRequest.set(context, session);
  }
  return session;
}

/** `/admin/sign-in?next=<this page>`, the page checked as a path of this site. */
export function backstageSignInPath(url: URL): string {
  return `/admin/sign-in?${new URLSearchParams({ next: safeNextPath(url.pathname + url.search) })}`;
}

/** Where to go after signing in: the backstage page asked for, else the overview. */
export function afterStaffSignIn(next: string | null): string {
  const path = next ? safeNextPath(next) : "/admin";
  return /^\/admin(?:[/?#]|$)/.test(path) ? path : "/admin";
}

export async function requireStaffSession({ context, request, url }: PageArgs): Promise<StaffSession> {
  const session = await currentStaff(context, request);
  if (!session) throw redirect(backstageSignInPath(url));
  return session;
}

/**
 * The session of a staff member allowed on this page. Signed out: sign in and come back; an owner
 * still to enrol an authenticator: the security page; a role without the permission: 403.
 */
export async function requirePermission(args: PageArgs, permission: Permission): Promise<StaffSession> {
  const session = await requireStaffSession(args);
  if (session.totpEnrolmentRequired) throw redirect(SECURITY_PATH);
  if (!session.permissions.includes(permission)) throw data(null, { status: 403 });
  return session;
}

/** GETs a backstage resource for a page; 401 sends to sign in, other failures are the page's error. */
export async function loadStaffResource<T>({ context, url }: PageArgs, path: string): Promise<T> {
  const result = await staffApi<T>(context, path);
  if (result.ok) return result.data;
  if (result.status === 401) throw redirect(backstageSignInPath(url));
  throw data(null, { status: result.status >= 500 ? 502 : result.status });
}

/** A change made as staff (CSRF token passed on); signed out meanwhile, sign in again and come back. */
export async function changeAsStaff<T = unknown>({ context, url }: PageArgs, path: string, init: CallInit) {
  const result = await staffApi<T>(context, path, init);
  if (!result.ok && result.status === 401) throw redirect(backstageSignInPath(url), 303);
  return result;
}
