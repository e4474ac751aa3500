import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createRequestHandler, RouterContextProvider, type RouterContext, type ServerBuild } from 'react-router';
import { createPageCache, type RenderedPage } from './page-cache.ts';
import { pageSecurityPolicy } from './security.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../../../web', import.meta.url));
export const WEB_SERVER_BUILD = join(WEB_ROOT, 'build/server/index.js');

/** The largest body a page accepts: a 5 MB image upload as multipart, with room to spare. */
const PAGE_BODY_LIMIT = 8 * 1024 * 1024;

/** The header through which the renderer learns this response's CSP nonce. */
const NONCE_HEADER = 'x-vitrine-csp-nonce';

/**
 * Serves the React Router app: hashed assets from the client build with long caching, and every
 * other non-API request rendered on the server. In development Vite serves modules with hot
 * reload and the server build is loaded through it on each request.
 */
export async function registerWeb(app: FastifyInstance, options: { dev: boolean; pageCacheMs: number }): Promise<void> {
  await app.register(async (web) => {
    // Pages receive forms and other bodies untouched; React Router parses them itself.
    web.removeAllContentTypeParsers();
    // Room for the backstage's uploads (an image up to 5 MB, a CSV) sent through a page's form,
    // as the API's own upload routes allow more than BODY_LIMIT_BYTES.
    const bodyLimit = Math.max(app.initialConfig.bodyLimit ?? 0, PAGE_BODY_LIMIT);
    web.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));

    let loadBuild: () => Promise<ServerBuild>;
    let build: ServerBuild | undefined;
    if (options.dev) {
      loadBuild = await mountVite(web);
    } else {
      if (!existsSync(WEB_SERVER_BUILD)) throw new Error(`No web build at ${WEB_SERVER_BUILD}: run "npm run build" (npm start does it for you).`);
      const loaded = (await import(pathToFileURL(WEB_SERVER_BUILD).href)) as ServerBuild;
      build = loaded;
      loadBuild = async () => loaded;
      await web.register(fastifyStatic, {
        root: join(WEB_ROOT, 'build/client'),
        wildcard: false,
        index: false,
        setHeaders(reply, path) {
          // File names under assets/ carry a content hash: they never change.
          reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
        },
      });
    }
    // Given the build itself, React Router flattens and ranks the routes once; given a function
    // (development, where Vite reloads modules), it does so on every request.
    const handle = build ? createRequestHandler(build, 'production') : createRequestHandler(loadBuild, 'development');

    const pageCache = createPageCache(options.dev ? 0 : options.pageCacheMs);
    web.route({
      method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      url: '/*',
      schema: { hide: true },
      handler: async (request, reply) => {
        const context = new RouterContextProvider();
        const key = ((await loadBuild()).entry.module as { apiContext?: RouterContext<ApiCall> }).apiContext;
        if (key) context.set(key, inProcessApi(app, request));
        const shared = pageCache.keyOf(request);
        if (!shared) return sendWebResponse(reply, await handle(toWebRequest(request, reply, pageSecurityPolicy(reply)), context));
        return pageCache.serve(shared, reply, () => pageSecurityPolicy(reply), async () => {
          const nonce = pageSecurityPolicy(reply);
          const response = await handle(toWebRequest(request, reply, nonce), context);
          return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()), nonce };
        }, (page) => sendPage(reply, page));
      },
    });
  });
}

type ApiCall = (path: string, init?: { method?: string; body?: unknown; contentType?: string; csrfToken?: string; idempotencyKey?: string; onlyCookies?: readonly string[] }) => Promise<Response>;

/** A body as inject takes it: bytes (an upload, a CSV) as they are, anything else as JSON. */
function injectPayload(body: unknown): string | Buffer | object {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return body as object;
}

/**
 * Headers of the visitor's request that the API needs to see as its own. Host included: the API
 * compares a change's Origin with the host it was sent to, as it does for a direct request.
 */
const FORWARDED = ['host', 'cookie', 'user-agent', 'accept-language', 'origin', 'referer', 'sec-gpc'] as const;

/**
 * The API as pages call it: in-process through Fastify's inject, as the visitor (their cookies,
 * address, language and Origin), so sessions, CSRF checks and rate limits apply exactly as they
 * do for any client of the public API.
 */
function inProcessApi(app: FastifyInstance, request: FastifyRequest): ApiCall {
  return async (path, init = {}) => {
    const headers: Record<string, string> = { 'x-request-id': request.id };
    for (const name of FORWARDED) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (init.csrfToken) headers['x-csrf-token'] = init.csrfToken;
    if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
    if (init.contentType) headers['content-type'] = init.contentType;
    if (init.onlyCookies && headers.cookie) {
      const kept = headers.cookie.split(/;\s*/).filter((pair) => init.onlyCookies!.includes(pair.split('=')[0]!));
      if (kept.length) headers.cookie = kept.join('; ');
      else delete headers.cookie;
    }
    const response = await app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: `/api${path}`,
      headers,
      remoteAddress: request.ip,
      ...(init.body !== undefined ? { payload: injectPayload(init.body) } : {}),
    });
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) responseHeaders.append(name, String(one));
    }
    return new Response(response.statusCode === 204 ? null : new Uint8Array(response.rawPayload), { status: response.statusCode, headers: responseHeaders });
  };
}

function toWebRequest(request: FastifyRequest, reply: FastifyReply, nonce: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === NONCE_HEADER) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  headers.set(NONCE_HEADER, nonce);
  headers.set('x-request-id', request.id);
  const controller = new AbortController();
  reply.raw.on('close', () => controller.abort());
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && Buffer.isBuffer(request.body);
  return new Request(`${request.protocol}://${request.host}${request.url}`, {
    method: request.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: request.body as Buffer, duplex: 'half' } : {}),
  } as RequestInit);
}

function sendHead(reply: FastifyReply, status: number, headers: Headers): void {
  reply.code(status);
  for (const [name, value] of headers) {
    if (name !== 'set-cookie') reply.header(name, value);
  }
  const cookies = headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
}

async function sendWebResponse(reply: FastifyReply, response: Response): Promise<FastifyReply> {
  sendHead(reply, response.status, response.headers);
  if (!response.body) return reply.send();
  return reply.send(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream));
}

function sendPage(reply: FastifyReply, page: RenderedPage): FastifyReply {
  sendHead(reply, page.status, page.headers);
  return reply.send(page.body);
}

async function mountVite(web: FastifyInstance): Promise<() => Promise<ServerBuild>> {
  const [{ createServer }, { default: middie }] = await Promise.all([import('vite'), import('@fastify/middie')]);
  const vite = await createServer({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), server: { middlewareMode: true, hmr: { server: web.server } }, appType: 'custom' });
  await web.register(middie);
  (web as FastifyInstance & { use(fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void }).use(vite.middlewares);
  web.addHook('onClose', () => vite.close());
  return () => vite.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>;
}
