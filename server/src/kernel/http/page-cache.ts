import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A few seconds' memory of the storefront's public pages as a visitor without any cookie sees
 * them: such a visitor (a first visit, a crawler, a link preview) gets the same page as every
 * other one asking for the same address in the same language, so it is rendered once per
 * `ttlMs` and copied meanwhile. A request carrying any cookie (a session, a bag, a consent
 * decision, a currency) is always rendered for itself. CAT-1: a copy is never older than the
 * few seconds configured, so no price or availability is shown stale for longer.
 *
 * Each copy gets the nonce of its own response: the copy's nonce is replaced in the HTML, and
 * the Content-Security-Policy header carries the new one, so no two responses share a nonce.
 */
export interface PageCopy {
  status: number;
  headers: [string, string][];
  html: string;
  nonce: string;
}

/** What a rendering gave, buffered: sent as it is, and kept when it may be shared. */
export interface RenderedPage {
  status: number;
  headers: Headers;
  body: Buffer;
  nonce: string;
}

const PUBLIC_PREFIXES = ['/category/', '/designers', '/products/', '/search', '/new', '/legal', '/help', '/about'];
// Pages weigh 40–70 KB: a few hundred copies stay within some 20 MB.
const MAX_ENTRIES = 300;

export function createPageCache(ttlMs: number) {
  const entries = new Map<string, { copy: Promise<PageCopy | null>; expires: number }>();

  /** The key of a request whose page may be shared, or null when it must be rendered for itself. */
  function keyOf(request: FastifyRequest): string | null {
    if (ttlMs <= 0 || request.method !== 'GET' || request.headers.cookie || request.headers.authorization) return null;
    const path = request.url.split('?')[0]!;
    if (path.endsWith('.data') || !(path === '/' || PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix)))) return null;
    // What the page depends on without cookies: its address, the host its links are made for,
    // the language asked for and Global Privacy Control (the cookie banner's state).
    return [request.protocol, request.host, request.url, request.headers['accept-language'] ?? '', request.headers['sec-gpc'] ?? ''].join('\n');
  }

  function copyOf(page: RenderedPage): PageCopy | null {
    const cacheControl = page.headers.get('cache-control') ?? '';
    const shareable = page.status === 200 && page.headers.getSetCookie().length === 0 && !/private|no-store/.test(cacheControl)
      && (page.headers.get('content-type') ?? '').startsWith('text/html') && page.nonce !== '';
    if (!shareable) return null;
    return { status: page.status, headers: [...page.headers].filter(([name]) => name !== 'set-cookie'), html: page.body.toString('utf8'), nonce: page.nonce };
  }

  /**
   * Serves the page from a copy younger than `ttlMs`, or renders it (once, however many ask at
   * the same moment) and keeps a copy when it may be shared. `newNonce` sets this response's
   * Content-Security-Policy and returns its nonce.
   */
  async function serve(key: string, reply: FastifyReply, newNonce: () => string, render: () => Promise<RenderedPage>, send: (page: RenderedPage) => FastifyReply): Promise<FastifyReply> {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now) {
      const copy = await hit.copy;
      if (copy) {
        const nonce = newNonce();
        reply.header('x-page-cache', 'hit');
        return send({ status: copy.status, headers: new Headers(copy.headers), body: Buffer.from(copy.html.replaceAll(copy.nonce, nonce), 'utf8'), nonce });
      }
      return send(await render());
    }
    const rendering = render();
    const copy = rendering.then(copyOf);
    entries.delete(key);
    entries.set(key, { copy, expires: now + ttlMs });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    // A failed rendering is not remembered.
    copy.catch(() => entries.get(key)?.copy === copy && entries.delete(key));
    reply.header('x-page-cache', 'miss');
    return send(await rendering);
  }

  return { keyOf, serve, clear: () => entries.clear() };
}
