import { after } from 'node:test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp, type AppOptions } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { newId } from '../../src/kernel/ids.ts';

/** Which engine the suite runs on: `npm run test:postgres` sets DATABASE_URL. */
export const ENGINE = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test: an in-memory PGlite, or a new database on the
 * PostgreSQL server (dropped afterwards). Returns the URL to use, if any.
 */
export async function freshDatabaseUrl(): Promise<string | undefined> {
  const fresh = await createFreshDatabase();
  if (fresh) after(fresh.drop);
  return fresh?.url;
}

/** Creates the database and returns how to drop it; the caller drops it after its last connection closed. */
async function createFreshDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = newId('test').replace(/^test_/, 'vitrine_test_');
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const drop = async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
}

function configFor(databaseUrl: string | undefined, env: Record<string, string>, overrides: Partial<Config>): Config {
  // A small demo catalogue keeps every test app quick; a test that needs more (or none) says so in env.
  return loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', DEMO_PRODUCTS: '48', ...env }, { databaseUrl, ...overrides });
}

/**
 * The whole shop on a fresh database, closed (and its database dropped) when the test ends.
 * API-only unless `web: true` (which needs the web build that `npm test` makes first).
 */
export async function testApp(options: AppOptions & { env?: Record<string, string>; config?: Partial<Config> } = {}): Promise<FastifyInstance> {
  const fresh = await createFreshDatabase();
  const app = await buildApp(configFor(fresh?.url, options.env ?? {}, options.config ?? {}), { web: false, ...options });
  after(async () => {
    await app.close();
    await fresh?.drop();
  });
  return app;
}


/** Waits until `check` returns a value (polling), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
