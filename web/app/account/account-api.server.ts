import { redirect, type RouterContextProvider } from "react-router";
import { apiJson, type ApiCall } from "../api/server-api";
import { safeNextPath } from "../preferences/safe-next-path";
import { readCookie } from "../preferences/cookies";

/**
 * The session cookie the API sets on sign-in (HttpOnly; the web app only checks it is there):
 * plain over HTTP, `__Host-` prefixed over HTTPS.
 */
const SESSION_COOKIES = ["vitrine_session", "__Host-vitrine_session"] as const;

export interface CustomerProfile {
  id: string;
  email: string;
  emailVerified: boolean;
  name: string;
  phone: string | null;
  birthDate: string | null;
  locale: string;
  state: string;
  restriction: string | null;
}

export interface SessionInfo {
  customer: CustomerProfile;
  /** Echoed with every change made with this session (the `_csrf` field of our forms). */
  csrfToken: string;
  pendingAcceptances: { kind: string; version: string }[];
  /** A staff member's read-only view of the account (ACC-6): every change is refused. */
  staffView: boolean;
}

type Context = Readonly<RouterContextProvider>;

// One look-up per page request: the shell (for the header) and the account pages both ask.
const sessionsOfRequest = new WeakMap<Context, Promise<SessionInfo | null>>();

/**
 * Who is signed in, or null. A visitor without the session cookie is not asked about at all
 * (most page views), and any answer but 200 (expired session, API trouble) reads as signed out.
 * Only for loaders: an action may change the session, so it must not read a remembered answer.
 */
export function currentSession(context: Context, request: Request): Promise<SessionInfo | null> {
  let session = sessionsOfRequest.get(context);
  if (!session) {
    session = SESSION_COOKIES.some((name) => readCookie(request.headers.get("cookie"), name) !== undefined)
      ? apiJson<SessionInfo>(context, "/account/session").then((result) => (result.ok ? result.data : null))
      : Promise.resolve(null);
    sessionsOfRequest.set(context, session);
  }
  return session;
}

/** The signed-in customer's session, or a redirect to sign in and come back here. */
export async function requireSession(context: Context, request: Request): Promise<SessionInfo> {
  const session = await currentSession(context, request);
  if (!session) throw redirect(signInPath(request));
  return session;
}

/**
 * The page a request is for. A client-side navigation asks for its data at `/account/profile.data`
 * (`/_.data` for `/`), perhaps with `?_routes=…` (React Router's single fetch): the page is what
 * the address bar shows, as React Router itself normalises it.
 */
export function pagePathOf(request: Request): string {
  const url = new URL(request.url);
  const pathname = url.pathname.endsWith("/_.data") ? url.pathname.slice(0, -"_.data".length) : url.pathname.replace(/\.data$/, "");
  url.searchParams.delete("_routes");
  return pathname + url.search;
}

/** `/account/sign-in?next=<this page>`, with the page checked as a path of this site. */
export function signInPath(request: Request): string {
  return `/account/sign-in?${new URLSearchParams({ next: safeNextPath(pagePathOf(request)) })}`;
}

/**
 * GETs an account resource for a page. Signed out (401) means "sign in first"; any other failure
 * is the page's error (the shell's error boundary explains it calmly).
 */
export async function loadAccountResource<T>(context: Context, request: Request, path: string): Promise<T> {
  const result = await apiJson<T>(context, path);
  if (result.ok) return result.data;
  if (result.status === 401) throw redirect(signInPath(request));
  throw new Response(null, { status: result.status >= 500 ? 502 : result.status });
}

/**
 * Set-Cookie headers that drop this browser's customer session cookie. Used to leave a staff view
 * (ACC-6): the API refuses every change made with it, ending it included, and it lapses by itself.
 */
export function expireSessionCookies(request: Request): Headers {
  const headers = new Headers();
  for (const name of SESSION_COOKIES) {
    if (readCookie(request.headers.get("cookie"), name) === undefined) continue;
    const secure = name.startsWith("__Host-") ? "; Secure" : "";
    headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`);
  }
  return headers;
}

/** Where to go after signing in: the `next` asked for when it is a path of this site, else the account. */
export function afterSignIn(next: string | null): string {
  const path = next ? safeNextPath(next) : "/";
  // safeNextPath answers "/" for anything doubtful; the account is the better landing then.
  return path === "/" && next !== "/" ? "/account" : path;
}

/**
 * A change made with the session (the form's CSRF token passed on). Signed out meanwhile (401),
 * the visitor is sent to sign in and brought back to the page; other refusals are the caller's.
 */
export async function changeAccount<T = unknown>(context: Context, request: Request, path: string, init: NonNullable<Parameters<ApiCall>[1]>) {
  const result = await apiJson<T>(context, path, init);
  if (!result.ok && result.status === 401) throw redirect(signInPath(request), 303);
  return result;
}
