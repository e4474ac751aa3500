/**
 * The preference cookies, `lang`, `currency` and `zone` (where to deliver). They hold plain values
 * (`lang=zh-Hant`, `currency=USD`, `zone=CN`) rather than react-router's signed/encoded
 * cookie format so that the Node server and the browser can read them too.
 * They are "necessary" cookies: written only when the client picks a value.
 */
export const LANG_COOKIE = "lang";
export const CURRENCY_COOKIE = "currency";
export const ZONE_COOKIE = "zone";

const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** Reads one cookie from a Cookie request header; undefined when absent. */
export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(";")) {
    const separator = pair.indexOf("=");
    if (separator === -1) continue;
    if (pair.slice(0, separator).trim() !== name) continue;
    const raw = pair.slice(separator + 1).trim().replace(/^"(.*)"$/, "$1");
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined; // A malformed value is treated as no choice at all.
    }
  }
  return undefined;
}

/**
 * Serializes a preference cookie. Only values from our own allow-lists reach
 * this function, so no escaping beyond encodeURIComponent is needed.
 * `Secure` is added when the request came over HTTPS; local HTTP development
 * would otherwise silently drop the cookie.
 */
export function serializePreferenceCookie(
  name: string,
  value: string,
  { secure }: { secure: boolean },
): string {
  const attributes = [
    `${name}=${encodeURIComponent(value)}`,
    "Path=/",
    `Max-Age=${ONE_YEAR_IN_SECONDS}`,
    "SameSite=Lax",
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}
