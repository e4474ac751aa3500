/**
 * Headers of every account page: the shell's (language, Vary), and never cached anywhere, since
 * the page is about one person (and may carry their session's CSRF token).
 */
export function privatePageHeaders({ parentHeaders }: { parentHeaders: Headers }): Headers {
  const headers = new Headers(parentHeaders);
  headers.set("Cache-Control", "private, no-store");
  return headers;
}
