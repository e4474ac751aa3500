import { sql, type Kysely } from 'kysely';
import type { Db } from './db/database.ts';
import type { ModuleMigrations } from './db/migrations.ts';
import { RequestErrors } from './errors.ts';

/**
 * Fixed-window counters in PostgreSQL, so every web process sees the same counts. A rule allows
 * `limit` hits per `windowSeconds` for one key (`sign-in:account:<hash>`, `sign-in:ip:<net>`).
 * Counting runs in its own short transaction: a failed attempt must count even though the use
 * case that refused it rolls back.
 */
export interface RateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export const platformMigrations: ModuleMigrations = {
  schema: 'platform',
  migrations: {
    '0001_create_rate_limits': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .withSchema('platform')
          .createTable('rate_limits')
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('window_start', 'timestamptz', (c) => c.notNull())
          .addColumn('hits', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
          .execute();
      },
    },
  },
};

export class RateLimiter {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Counts one hit; refuses with `request.rate_limited` (and when to retry) past the limit. */
  async hit(rule: RateRule, key: string, now: Date): Promise<void> {
    const hits = await this.#increment(rule, key, now, 1);
    if (hits > rule.limit) throw this.#refusal(rule, now);
  }

  /** Refuses when the key is already over its limit, without counting (checked before work). */
  async check(rule: RateRule, key: string, now: Date): Promise<void> {
    const hits = await this.#increment(rule, key, now, 0);
    if (hits >= rule.limit) throw this.#refusal(rule, now);
  }

  /** Forgets a key's current window (after a successful sign-in, say). */
  async reset(rule: RateRule, key: string, now: Date): Promise<void> {
    await sql`delete from platform.rate_limits where key = ${`${rule.name}:${key}`} and window_start = ${windowStart(rule, now)}`.execute(this.#db);
  }

  async #increment(rule: RateRule, key: string, now: Date, by: number): Promise<number> {
    const { rows } = await sql<{ hits: number }>`
      insert into platform.rate_limits (key, window_start, hits)
      values (${`${rule.name}:${key}`}, ${windowStart(rule, now)}, ${by})
      on conflict (key, window_start) do update set hits = platform.rate_limits.hits + ${by}
      returning hits`.execute(this.#db);
    return rows[0]!.hits;
  }

  #refusal(rule: RateRule, now: Date) {
    const retryAfter = Math.ceil((windowStart(rule, now).getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000);
    return RequestErrors.rate_limited({ detail: `Too many attempts. Try again in ${retryAfter} seconds.`, extra: { retry_after: retryAfter } });
  }

  /** Removes windows that ended long ago; run by a periodic job. */
  async prune(now: Date): Promise<void> {
    await sql`delete from platform.rate_limits where window_start < ${new Date(now.getTime() - 86_400_000)}`.execute(this.#db);
  }
}

function windowStart(rule: RateRule, now: Date): Date {
  const size = rule.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}
