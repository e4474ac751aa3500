import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { RequestErrors } from './kernel/errors.ts';
import { newId } from './kernel/ids.ts';
import { registerHealth } from './kernel/http/health.ts';
import { createLogger } from './kernel/http/logger.ts';
import { registerMetrics } from './kernel/http/metrics.ts';
import { registerOpenApi } from './kernel/http/openapi.ts';
import { platformRoutes } from './kernel/http/platform-routes.ts';
import { registerProblemHandlers } from './kernel/http/problem.ts';
import { Problem } from './kernel/http/schemas.ts';
import { registerSecurityHeaders } from './kernel/http/security.ts';
import { registerWeb } from './kernel/http/web.ts';
import { registerSessions } from './kernel/http/sessions.ts';
import { registerModuleRoutes, registerSiteRoutes, sessionAudiences } from './modules.ts';
import { gpcSupportRoute } from './modules/privacy/index.ts';
import { startPlatform, type Platform, type PlatformOptions } from './platform.ts';

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
}

export interface AppOptions extends PlatformOptions {
  logger?: Logger;
  /** Serve the web app (off in API-only tests, which then need no web build). */
  web?: boolean;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Builds the whole shop as a Fastify instance: platform, API, web. Tests use it with `inject`. */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const log = options.logger ?? createLogger(config);
  const platform = await startPlatform(config, log, options);

  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    // Keep a caller's request id when it is sane, so one id follows a request across services.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : newId('req');
    },
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('platform', platform);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (_request, reply) => {
    // While draining, a kept-alive connection would hold the shutdown open after its response.
    if (platform.isStopping) reply.header('connection', 'close');
  });
  app.addHook('onClose', async () => platform.close());

  registerProblemHandlers(app);
  registerSecurityHeaders(app);
  await registerSessions(app, {
    secureCookies: config.publicUrl.startsWith('https:'),
    publicOrigin: new URL(config.publicUrl).origin,
    audiences: sessionAudiences(platform.modules, platform.runUseCase),
    now: () => platform.clock.now(),
  });
  registerMetrics(app, platform);
  registerHealth(app, platform);
  app.addSchema(Problem);
  await registerOpenApi(app, config.publicUrl);

  await app.register(
    async (api) => {
      await api.register(platformRoutes);
      await registerModuleRoutes(api, platform);
      // Unknown API paths answer with a problem document, never with a web page.
      api.all('/*', { schema: { hide: true } }, async (request) => {
        throw RequestErrors.not_found({ detail: `Nothing at ${request.method} ${request.url.split('?')[0]}.` });
      });
    },
    { prefix: '/api' },
  );

  await app.register(gpcSupportRoute);
  await registerSiteRoutes(app, platform);
  if (options.web ?? true) await registerWeb(app, { dev: config.devWeb, pageCacheMs: config.pageCacheMs });
  return app;
}
