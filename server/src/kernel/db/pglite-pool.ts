import type { PGlite, Results } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type { SerialLock } from './serial-lock.ts';

type Command = PostgresQueryResult<unknown>['command'];

/**
 * Makes one PGlite instance look like a `pg` pool to Kysely's Postgres dialect.
 *
 * PGlite has a single session, so a "connection" is the right to use it: `connect()` waits for
 * the lock and `release()` hands it on. That serialises transactions, which is what keeps two
 * requests from interleaving their statements inside one BEGIN…COMMIT.
 */
export function pglitePool(pglite: PGlite, lock: SerialLock): PostgresPool {
  const client = (release: () => void): PostgresPoolClient => ({
    async query<R>(sqlText: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
      const result = (await pglite.query(sqlText, parameters as unknown[])) as Results<R>;
      return { command: commandOf(sqlText), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    },
    release,
  }) as PostgresPoolClient;

  return {
    options: {},
    async connect() {
      // Inside a transaction the lock is already held by this async context: share it.
      if (lock.isHeldHere) return client(() => {});
      return client(await lock.acquire());
    },
    async end() {
      await pglite.close();
    },
  };
}

/** Kysely reads affected-row counts only for writing commands, so name the command as pg does. */
function commandOf(sqlText: string): Command {
  let word = /^\s*(\w+)/.exec(sqlText)?.[1]?.toUpperCase();
  if (word === 'WITH') word = /\b(insert|update|delete|merge)\b/i.exec(sqlText)?.[1]?.toUpperCase() ?? 'SELECT';
  switch (word) {
    case 'INSERT':
    case 'UPDATE':
    case 'DELETE':
    case 'MERGE':
    case 'COMMIT':
    case 'ROLLBACK':
      return word;
    default:
      return 'SELECT';
  }
}
