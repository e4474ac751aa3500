import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createRequestHandler, type ServerBuild } from 'react-router';
import { pageSecurityPolicy } from './security.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../../../web', import.meta.url));
export const WEB_SERVER_BUILD = join(WEB_ROOT, 'build/server/index.js');

/** The header through which the renderer learns this response's CSP nonce. */
const NONCE_HEADER = 'x-vitrine-csp-nonce';

/**
 * Serves the React Router app: hashed assets from the client build with long caching, and every
 * other non-API request rendered on the server. In development Vite serves modules with hot
 * reload and the server build is loaded through it on each request.
 */
export async function registerWeb(app: FastifyInstance, options: { dev: boolean }): Promise<void> {
  await app.register(async (web) => {
    // Pages receive forms and other bodies untouched; React Router parses them itself.
    web.removeAllContentTypeParsers();
    web.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    let loadBuild: () => Promise<ServerBuild>;
    if (options.dev) {
      loadBuild = await mountVite(web);
    } else {
      if (!existsSync(WEB_SERVER_BUILD)) throw new Error(`No web build at ${WEB_SERVER_BUILD}: run "npm run build" (npm start does it for you).`);
      const build = (await import(pathToFileURL(WEB_SERVER_BUILD).href)) as ServerBuild;
      loadBuild = async () => build;
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
    const handle = createRequestHandler(loadBuild, options.dev ? 'development' : 'production');

    web.route({
      method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      url: '/*',
      schema: { hide: true },
      handler: async (request, reply) => sendWebResponse(reply, await handle(toWebRequest(request, reply))),
    });
  });
}

function toWebRequest(request: FastifyRequest, reply: FastifyReply): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === NONCE_HEADER) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  headers.set(NONCE_HEADER, pageSecurityPolicy(reply));
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

async function sendWebResponse(reply: FastifyReply, response: Response): Promise<FastifyReply> {
  reply.code(response.status);
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
  if (!response.body) return reply.send();
  return reply.send(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream));
}

async function mountVite(web: FastifyInstance): Promise<() => Promise<ServerBuild>> {
  const [{ createServer }, { default: middie }] = await Promise.all([import('vite'), import('@fastify/middie')]);
  const vite = await createServer({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), server: { middlewareMode: true, hmr: { server: web.server } }, appType: 'custom' });
  await web.register(middie);
  (web as FastifyInstance & { use(fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void }).use(vite.middlewares);
  web.addHook('onClose', () => vite.close());
  return () => vite.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>;
}
