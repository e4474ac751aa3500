import { createContext, useContext } from "react";

/**
 * The per-request Content-Security-Policy nonce. The Node server generates it,
 * sends it in the CSP header and hands it to us in this request header.
 */
export const CSP_NONCE_HEADER = "x-vitrine-csp-nonce";

/**
 * Provided by entry.server around the whole document so that root.tsx can
 * give it to <Scripts> and <ScrollRestoration>. It is deliberately NOT loader
 * data: loader data is serialized into the page for hydration and the nonce
 * must not travel further than the attributes that need it. On the client
 * the default (empty) applies; browsers hide nonces from the DOM anyway.
 */
export const CspNonceContext = createContext("");

export function useCspNonce(): string {
  return useContext(CspNonceContext);
}

/**
 * Accepts only base64/base64url characters, so a malformed header can never
 * become a broken attribute; anything else means "no nonce" and the page's
 * inline scripts will then (correctly) be blocked by the CSP.
 */
export function readCspNonce(request: Request): string {
  const value = request.headers.get(CSP_NONCE_HEADER)?.trim() ?? "";
  return /^[A-Za-z0-9+/_=-]+$/.test(value) ? value : "";
}
