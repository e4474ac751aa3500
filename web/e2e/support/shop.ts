import type { FastifyInstance } from 'fastify';
import { testApp } from '../../../server/tests/support/app.ts';

/**
 * The whole shop, web included, listening on a free loopback port for the browser; the app too,
 * for what a test reads behind the pages (the mail outbox).
 */
export async function startShop(): Promise<{ origin: string; app: FastifyInstance }> {
  const app = await testApp({ web: true });
  return { origin: await app.listen({ host: '127.0.0.1', port: 0 }), app };
}
