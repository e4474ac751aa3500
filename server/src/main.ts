import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './kernel/http/logger.ts';

/** The web process: API and server-rendered pages (and, in the embedded default, the workers). */
const startedAt = performance.now();
const config = loadConfig(process.env, { devWeb: process.argv.includes('--dev') });
const log = createLogger(config);
const app = await buildApp(config, { logger: log });
await app.listen({ host: config.host, port: config.port });
log.info(
  { url: config.publicUrl, engine: app.platform.database.engine, workers: config.runWorkers, startup_ms: Math.round(performance.now() - startedAt) },
  'Vitrine is open',
);

const SHUTDOWN_DEADLINE_MS = 10_000;
let shuttingDown = false;

/**
 * Stop accepting connections, let requests in flight finish, stop the workers (jobs in flight get
 * most of the deadline), close the database. If anything hangs, exit anyway before the deadline
 * that orchestrators enforce with SIGKILL.
 */
async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ signal }, 'shutting down');
  const deadline = setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS - 500);
  deadline.unref();
  try {
    app.platform.beginShutdown();
    await app.close();
    log.info('stopped cleanly');
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
