import { createContext, type RouterContextProvider } from "react-router";

/**
 * How loaders and actions reach the shop's API: the Node server hands each request a function
 * that runs an API call in-process (no network hop), carrying the visitor's cookies, address,
 * language and Origin, so the API authenticates and authorises exactly as for any client.
 */
export type ApiCall = (
  path: string,
  init?: {
    method?: string;
    /** JSON unless `contentType` is given: then the body (text or bytes) is sent as it is. */
    body?: unknown;
    contentType?: string;
    csrfToken?: string;
    /** Sent as `Idempotency-Key`: a retried change with the same key is done once (placing an order). */
    idempotencyKey?: string;
    /** Forward only these of the visitor's cookies (default: all), for calls that must not act as the signed-in customer. */
    onlyCookies?: readonly string[];
  },
) => Promise<Response>;

export const apiContext = createContext<ApiCall>();

export function api(context: Readonly<RouterContextProvider>): ApiCall {
  return context.get(apiContext);
}

/** Calls the API and reads its JSON; `ok` false carries the problem document. */
export async function apiJson<T>(
  context: Readonly<RouterContextProvider>,
  path: string,
  init?: Parameters<ApiCall>[1],
): Promise<{ ok: true; status: number; data: T; headers: Headers } | { ok: false; status: number; problem: ApiProblem; headers: Headers }> {
  const response = await api(context)(path, init);
  const body = response.status === 204 ? null : await response.json();
  return response.ok
    ? { ok: true, status: response.status, data: body as T, headers: response.headers }
    : { ok: false, status: response.status, problem: body as ApiProblem, headers: response.headers };
}

export interface ApiProblem {
  code: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
  [extra: string]: unknown;
}

/** The Set-Cookie headers of an API response, to hand on to the browser (sign-in, sign-out). */
export function relayCookies(from: Headers, to: Headers = new Headers()): Headers {
  for (const cookie of from.getSetCookie()) to.append("Set-Cookie", cookie);
  return to;
}
