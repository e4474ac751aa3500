import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Platform } from '../../platform.ts';

/**
 * Prometheus metrics at /metrics: request latency by route template (never by raw URL, which
 * would explode the label set and could carry personal data), job queue depths and pool use.
 * Each app has its own registry, so tests can build several apps in one process.
 */
export function registerMetrics(app: FastifyInstance, platform: Platform): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  new Gauge({
    name: 'jobs_queued',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const counts of await platform.jobs.counts()) {
        for (const state of ['ready', 'active', 'deferred', 'failed'] as const) this.set({ queue: counts.queue, state }, counts[state]);
      }
    },
  });

  new Gauge({
    name: 'db_pool_connections',
    help: 'Database connections of this process by state (PGlite has one)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = platform.database.poolStats();
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    latency.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).header('cache-control', 'no-store').send(await registry.metrics()),
  );
}
