import { loadConfig } from './config.ts';
import { createLogger } from './kernel/http/logger.ts';
import { startPlatform } from './platform.ts';

/**
 * The worker process: runs background jobs only. In production run web processes with
 * WORKERS=off and as many of these as the queues need, all on one PostgreSQL server.
 */
const config = loadConfig();
const log = createLogger(config);
if (!config.databaseUrl) {
  log.warn('No DATABASE_URL: the embedded database belongs to one process, so "npm start" already runs the workers; this worker will fail to open it while the web process runs.');
}
const platform = await startPlatform(config, log, { runWorkers: true });
log.info({ engine: platform.database.engine }, 'worker started');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'worker stopping');
  setTimeout(() => process.exit(1), 9_500).unref();
  await platform.close(8_000);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
