import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from "react-dom/server";
import { ServerRouter, type EntryContext, type RouterContextProvider } from "react-router";
import { CspNonceContext, readCspNonce } from "./security/csp-nonce";

// The server reads this key from the build to hand each request its in-process API client.
export { apiContext } from "./api/server-api";

/** How long deferred data may stream before pending boundaries are rejected. */
export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  _loadContext: RouterContextProvider,
): Response | Promise<Response> {
  // HEAD must not have a body (RFC 9110); skip rendering altogether.
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }

  // The Node server owns the CSP header; it tells us the nonce it put there.
  const nonce = readCspNonce(request);
  const userAgent = request.headers.get("user-agent");
  // Crawlers (and SPA-mode builds) get the complete document in one piece;
  // people get the shell as soon as it is ready and the rest streamed.
  const readyEvent: keyof RenderToPipeableStreamOptions =
    (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // Abort a little after streamTimeout so rejected boundaries can flush.
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(
      () => abort(),
      streamTimeout + 1000,
    );

    const { pipe, abort } = renderToPipeableStream(
      // The nonce goes to three places: this context (root passes it to
      // <Scripts>/<ScrollRestoration>), ServerRouter (its own streamed data
      // scripts) and React's render options (React's inline runtime scripts).
      <CspNonceContext value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce || undefined} />
      </CspNonceContext>,
      {
        nonce: nonce || undefined,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough({
            final(callback) {
              // Release the timer so the closure is not retained.
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          pipe(body);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell is ready are logged by react-router when
          // the promise rejects; log only those that happen while streaming.
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}
