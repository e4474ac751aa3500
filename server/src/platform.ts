import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './kernel/clock.ts';
import { openDatabase, type Database } from './kernel/db/database.ts';
import { migrateToLatest } from './kernel/db/migrations.ts';
import { Jobs } from './kernel/jobs/jobs.ts';
import { createMailTransport } from './kernel/mail/transport.ts';
import { RateLimiter } from './kernel/rate-limit.ts';
import { useCaseRunner, type RunUseCase } from './kernel/use-case.ts';
import { createModules, MODULE_MIGRATIONS, moduleJobs, type Modules } from './modules.ts';
import { seedDemoShop } from './demo.ts';

/** Everything a process of the shop shares: database, jobs, clock, modules. */
export interface Platform {
  readonly config: Config;
  readonly database: Database;
  readonly jobs: Jobs;
  readonly clock: Clock;
  readonly log: Logger;
  readonly modules: Modules;
  readonly runUseCase: RunUseCase;
  readonly rateLimiter: RateLimiter;
  readonly isStopping: boolean;
  /** Marks the process as draining: not ready, and connections close after their response. */
  beginShutdown(): void;
  /** Stops the workers (waiting up to `timeoutMs` for jobs in flight), then closes the database. */
  close(timeoutMs?: number): Promise<void>;
}

export interface PlatformOptions {
  clock?: Clock;
  /** Whether this process polls job queues; defaults to the WORKERS setting. */
  runWorkers?: boolean;
  /** Sees every query the modules run (the query-plan report). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

/** Opens the database, brings every module's schema up to date, starts jobs, wires the modules. */
export async function startPlatform(config: Config, log: Logger, options: PlatformOptions = {}): Promise<Platform> {
  const clock = options.clock ?? systemClock;
  const runWorkers = options.runWorkers ?? config.runWorkers;
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: config.databasePoolMax, onQuery: options.onQuery });
  const applied = await migrateToLatest(database.db, MODULE_MIGRATIONS);
  if (applied.length) log.info({ applied }, 'database migrated');

  const jobs = await Jobs.start(database, {
    databaseUrl: config.databaseUrl,
    poolMax: Math.max(2, Math.ceil(config.databasePoolMax / 4)),
    supervise: runWorkers,
    onError: (error) => log.error({ err: error }, 'job queue error'),
  });
  const runUseCase = useCaseRunner(database, jobs, clock);
  const mailTransport = createMailTransport(config.smtpUrl);
  const rateLimiter = new RateLimiter(database.db);
  const modules = createModules({ config, runUseCase, mailTransport, rateLimiter, clock });
  await jobs.declare(moduleJobs(modules, runUseCase, config.shopTimeZone));
  if (config.seedDemo) await seedDemoShop({ config, database, runUseCase, modules, log });
  if (runWorkers) await jobs.work();

  let stopping = false;
  let closed: Promise<void> | undefined;
  return {
    config,
    database,
    jobs,
    clock,
    log,
    modules,
    runUseCase,
    rateLimiter,
    get isStopping() {
      return stopping;
    },
    beginShutdown() {
      stopping = true;
    },
    close(timeoutMs = 8000) {
      stopping = true;
      closed ??= (async () => {
        await jobs.stop(timeoutMs);
        log.info('workers stopped');
        mailTransport.close();
        await database.close();
        log.info('database closed');
      })();
      return closed;
    },
  };
}
