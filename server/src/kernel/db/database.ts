import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type LogEvent, type Transaction } from 'kysely';
import pg from 'pg';
import { pglitePool } from './pglite-pool.ts';
import { SerialLock } from './serial-lock.ts';

/**
 * Every module's repository works on this handle. Its table map is the union of what each module
 * declares in its own `<module>.tables.ts`; repositories narrow it to their own tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Tx = Transaction<any>;

export type Engine = 'pglite' | 'postgres';

/** What pg-boss needs to run SQL on the embedded database (its `executeSql` interface). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export interface Database {
  readonly engine: Engine;
  readonly db: Db;
  /** Runs `work` in one transaction; on PGlite it holds the single connection throughout. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** For pg-boss on the embedded engine; undefined on a server, where pg-boss has its own pool. */
  readonly embeddedExecutor: SqlExecutor | undefined;
  /** Pool figures for /metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

/**
 * 64-bit integers (`bigint` columns, `count(*)`) come back as JavaScript `bigint` on both engines:
 * never as a `number` that silently loses precision above 2^53. Convert deliberately where a
 * number is wanted (`Number(count)`).
 */
const INT8_OID = 20;
const parseInt8 = (value: string): bigint => BigInt(value);

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files; `memory://` for a throwaway database. */
  dataDir: string;
  poolMax: number;
  /** Sees every query Kysely runs (the query-plan report uses it); unset in the shop. */
  onQuery?: ((sql: string, parameters: readonly unknown[]) => void) | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolMax, options.onQuery) : openPglite(options.dataDir, options.onQuery);
}

async function openPglite(dataDir: string, onQuery: DatabaseOptions['onQuery']): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    parsers: { [pgliteTypes.INT8]: parseInt8 },
    // Trigram similarity: the catalogue search's typo tolerance.
    extensions: { pg_trgm },
    // PostgreSQL's 128 MB default is sized for a server; one embedded shop needs far less memory.
    postgresqlconf: ['shared_buffers = 32MB'],
  });
  const lock = new SerialLock();
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool: pglitePool(pglite, lock) }), log: queryLog(onQuery) });
  let waiting = 0;

  const embeddedExecutor: SqlExecutor = {
    executeSql(text, values) {
      const insideUseCase = lock.isHeldHere;
      waiting++;
      return lock.run(async () => {
        waiting--;
        try {
          if (values?.length) return await pglite.query(text, values);
          // pg-boss sends its multi-statement scripts without parameters: only exec runs those.
          const results = await pglite.exec(text);
          return { rows: results.flatMap((r) => r.rows) };
        } catch (error) {
          // A failed script may leave its own BEGIN open; close it, unless a use case owns the session
          // (its transaction rolls back as a whole when the error reaches it).
          if (!insideUseCase) await pglite.query('ROLLBACK').catch(() => {});
          throw error;
        }
      });
    },
  };

  return {
    engine: 'pglite',
    db,
    embeddedExecutor,
    transaction: (work) => lock.run(() => db.transaction().execute(work)),
    poolStats: () => ({ total: 1, idle: waiting === 0 ? 1 : 0, waiting }),
    close: () => db.destroy(),
  };
}

async function openPostgres(connectionString: string, max: number, onQuery: DatabaseOptions['onQuery']): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: { getTypeParser: ((oid: number, format?: string) => (oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
  });
  // An idle connection the server drops (restart, failover) must not crash the process; the pool
  // replaces it on the next checkout.
  pool.on('error', () => {});
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }), log: queryLog(onQuery) });
  return {
    engine: 'postgres',
    db,
    embeddedExecutor: undefined,
    transaction: (work) => db.transaction().execute(work),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

function queryLog(onQuery: DatabaseOptions['onQuery']) {
  return onQuery ? (event: LogEvent) => { if (event.level === 'query') onQuery(event.query.sql, event.query.parameters); } : undefined;
}
