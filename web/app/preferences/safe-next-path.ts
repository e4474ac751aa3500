const THROWAWAY_ORIGIN = "http://vitrine.invalid";

/** "//host" and "/\host" are protocol-relative URLs to another site. */
function leavesSite(path: string): boolean {
  return !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\");
}

/**
 * Where /preferences may send the client back to: only a path on this site
 * ("/bags?page=2"), never "//host", "/\host", "https://host" or "javascript:".
 * Anything doubtful becomes "/".
 */
export function safeNextPath(next: string | null): string {
  if (!next || leavesSite(next)) return "/";
  // Control characters (tabs, newlines) are stripped by URL parsers and could
  // turn "/\t/evil.example" into "//evil.example"; refuse them outright.
  if (/[\u0000-\u001f\u007f]/.test(next)) return "/";
  // Normalize against a throwaway origin, then check the result again:
  // dot segments can collapse "/..//evil.example" into "//evil.example".
  const url = new URL(next, THROWAWAY_ORIGIN);
  const path = url.pathname + url.search + url.hash;
  if (url.origin !== THROWAWAY_ORIGIN || leavesSite(path)) return "/";
  return path;
}
