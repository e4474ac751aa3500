import { PgBoss, fromKysely, type Job, type SendOptions } from 'pg-boss';
import type { Database, Tx } from '../db/database.ts';

/** How a job behaves when it fails, and how long it may run. */
export interface QueuePolicy {
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

/**
 * A background job a module declares: a name (`<module>.<verb>_<object>`), its retry policy and
 * its handler. Handlers open their own use-case transaction; they must be safe to run twice,
 * since a worker that dies after the work but before completing the job will see it again.
 */
export interface JobDefinition<T extends object = object> {
  name: string;
  policy?: QueuePolicy;
  /** Runs on a cron schedule (in the given zone) as well as when sent. */
  schedule?: { cron: string; timeZone: string };
  handle(data: T, job: { id: string; retryCount: number }): Promise<void>;
}

/** Enqueues jobs. The one in a use case's context writes into that use case's transaction. */
export interface JobSender {
  send<T extends object>(name: string, data: T, options?: Omit<SendOptions, 'db'>): Promise<string | null>;
}

export interface JobCounts {
  queue: string;
  ready: number;
  active: number;
  deferred: number;
  failed: number;
}

/** pg-boss in the shop's own database: queues are rows, so enqueueing joins the caller's transaction. */
export class Jobs {
  readonly #boss: PgBoss;
  readonly #definitions = new Map<string, JobDefinition<any>>();
  #working = false;

  private constructor(boss: PgBoss) {
    this.#boss = boss;
  }

  /**
   * On PGlite pg-boss runs through the embedded executor (the same serialised connection); on a
   * server it keeps a small pool of its own, so slow job polling never starves web requests.
   */
  static async start(database: Database, options: { databaseUrl?: string | undefined; poolMax: number; supervise: boolean; onError: (error: Error) => void }): Promise<Jobs> {
    const connection = database.embeddedExecutor
      ? { db: database.embeddedExecutor, backend: 'pglite' as const }
      : { connectionString: options.databaseUrl, max: options.poolMax };
    const boss = new PgBoss({
      ...connection,
      schema: 'pgboss',
      // Maintenance and cron belong to processes that run workers; a web-only process just sends.
      supervise: options.supervise,
      schedule: options.supervise,
    });
    boss.on('error', options.onError);
    await boss.start();
    return new Jobs(boss);
  }

  /** Creates the queues of every declared job (idempotent), so any process can send to them. */
  async declare(definitions: readonly JobDefinition<any>[]): Promise<void> {
    for (const definition of definitions) {
      this.#definitions.set(definition.name, definition);
      const existing = await this.#boss.getQueue(definition.name);
      if (!existing) await this.#boss.createQueue(definition.name, { retryLimit: 5, retryDelay: 10, retryBackoff: true, ...definition.policy });
      if (definition.schedule) await this.#boss.schedule(definition.name, definition.schedule.cron, {}, { tz: definition.schedule.timeZone });
    }
  }

  /** A sender whose jobs are written inside `tx`: they exist only if the transaction commits. */
  inTransaction(tx: Tx): JobSender {
    return {
      send: (name, data, options) => this.#boss.send(name, data, { ...options, db: fromKysely(tx) }),
    };
  }

  /** A sender outside any use case, for scripts and tests. */
  get direct(): JobSender {
    return { send: (name, data, options) => this.#boss.send(name, data, options ?? {}) };
  }

  /** Starts polling every declared queue in this process. */
  async work(options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
    this.#working = true;
    for (const definition of this.#definitions.values()) {
      await this.#boss.work<object>(
        definition.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 1 },
        async (jobs: Job<object>[]) => {
          for (const job of jobs) await definition.handle(job.data, { id: job.id, retryCount: job.retryCount ?? 0 });
        },
      );
    }
  }

  get isWorking(): boolean {
    return this.#working;
  }

  async counts(): Promise<JobCounts[]> {
    const queues = await this.#boss.getQueues([...this.#definitions.keys()]);
    return queues.map((q) => ({ queue: q.name, ready: q.readyCount, active: q.activeCount, deferred: q.deferredCount, failed: q.failedCount }));
  }

  /** A cheap round trip through pg-boss's own connection, for /readyz. */
  async ping(): Promise<void> {
    await this.#boss.getQueues([]);
  }

  /** Waits for jobs in flight (up to `timeoutMs`), then stops polling. */
  async stop(timeoutMs: number): Promise<void> {
    this.#working = false;
    await this.#boss.stop({ graceful: true, timeout: timeoutMs, close: true });
  }
}
