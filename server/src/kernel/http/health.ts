import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Platform } from '../../platform.ts';
import { ServerErrors } from '../errors.ts';

/**
 * /healthz: the process answers (for restarts). /readyz: it can do its work, the database and
 * the job queue answer, and it is not shutting down (for load balancers).
 */
export function registerHealth(app: FastifyInstance, platform: Platform): void {
  const hidden = { schema: { hide: true } };

  app.get('/healthz', hidden, async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', hidden, async (_request, reply) => {
    if (platform.isStopping) throw ServerErrors.unavailable({ detail: 'Shutting down.' });
    const started = performance.now();
    try {
      await sql`select 1`.execute(platform.database.db);
      await platform.jobs.ping();
    } catch (error) {
      throw ServerErrors.unavailable({ detail: 'The database or the job queue does not answer.', cause: error });
    }
    return reply.header('cache-control', 'no-store').send({
      status: 'ready',
      engine: platform.database.engine,
      workers: platform.jobs.isWorking,
      checked_in_ms: Math.round(performance.now() - started),
    });
  });
}
