import type { FastifyInstance } from 'fastify';
import { testApp } from '../../../server/tests/support/app.ts';

/**
 * The whole shop, web included, listening on a free loopback port for the browser; the app too,
 * for what a test reads behind the pages (the mail outbox). `env` adjusts its configuration
 * (a larger demo catalogue, say).
 */
export async function startShop(options: { env?: Record<string, string> } = {}): Promise<{ origin: string; app: FastifyInstance }> {
  const app = await testApp({ web: true, ...(options.env ? { env: options.env } : {}) });
  return { origin: await app.listen({ host: '127.0.0.1', port: 0 }), app };
}
