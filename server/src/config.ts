import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Every setting Vitrine reads from the environment, validated once at start-up. The README lists
 * the same variables with the same defaults; nothing else reads `process.env`.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** The address customers use, for links in e-mails. */
  publicUrl: string;
  /** Set: a PostgreSQL server. Unset: embedded PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  databasePoolMax: number;
  /** Whether this web process also runs the background workers. */
  runWorkers: boolean;
  /** Set: send mail over SMTP. Unset: keep each message in the database. */
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the demo shop on first start (an empty database). */
  seedDemo: boolean;
  /** Trust X-Forwarded-* from a reverse proxy. */
  trustProxy: boolean;
  bodyLimitBytes: number;
  shopTimeZone: string;
  /** Serve the web app through Vite with hot reload instead of the built bundle. */
  devWeb: boolean;
  /** How long a public page rendered for a visitor without cookies is served to the next ones (0: never). */
  pageCacheMs: number;
  /** Where uploaded product images are kept: `<dataDir>/media`, or a temporary folder for a throwaway database. */
  mediaDir: string;
  /** How long listings, product pages, designers and categories may be served from memory (CAT-1: a few seconds). */
  catalogCacheMs: number;
  /** How long facet counts, totals and the directories' product counts are reused before one recount. */
  catalogFacetCacheMs: number;
  /** How many products the demo catalogue has (0: none), loaded with the demo shop. */
  demoProducts: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const port = integer(env, 'PORT', 3000, problems, 0, 65535);
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const databaseUrl = optionalUrl(env, 'DATABASE_URL', problems, ['postgres:', 'postgresql:']);
  const config: Config = {
    env: nodeEnv,
    host: env.HOST || '0.0.0.0',
    port,
    publicUrl: optionalUrl(env, 'PUBLIC_URL', problems, ['http:', 'https:']) ?? `http://localhost:${port}`,
    databaseUrl,
    dataDir: dataDirectory(env.DATA_DIR || 'data'),
    databasePoolMax: integer(env, 'DATABASE_POOL_MAX', 10, problems, 1, 1000),
    runWorkers: oneOf(env, 'WORKERS', ['in-process', 'off'] as const, 'in-process', problems) === 'in-process',
    smtpUrl: optionalUrl(env, 'SMTP_URL', problems, ['smtp:', 'smtps:']),
    mailFrom: env.MAIL_FROM || 'Vitrine <service@vitrine.localhost>',
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, nodeEnv === 'test' ? 'silent' : 'info', problems),
    seedDemo: boolean(env, 'SEED_DEMO', true, problems),
    trustProxy: boolean(env, 'TRUST_PROXY', false, problems),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, problems, 1024, 104_857_600),
    shopTimeZone: timeZone(env, 'SHOP_TIME_ZONE', 'Asia/Hong_Kong', problems),
    devWeb: false,
    mediaDir: env.DATA_DIR?.includes('://') ? join(tmpdir(), `vitrine-media-${process.pid}`) : join(dataDirectory(env.DATA_DIR || 'data'), 'media'),
    catalogCacheMs: integer(env, 'CATALOG_CACHE_MS', 3_000, problems, 0, 60_000),
    // Off in tests, which change prices and look at the page at once; its own test turns it on.
    pageCacheMs: integer(env, 'PAGE_CACHE_MS', nodeEnv === 'test' ? 0 : 2_000, problems, 0, 10_000),
    catalogFacetCacheMs: integer(env, 'CATALOG_FACET_CACHE_MS', 30_000, problems, 0, 600_000),
    demoProducts: integer(env, 'DEMO_PRODUCTS', 1_000, problems, 0, 100_000),
    ...overrides,
  };
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

/** A directory, made absolute; PGlite's `memory://` (a throwaway database) is kept as it is. */
function dataDirectory(value: string): string {
  return value.includes('://') ? value : resolve(value);
}

function integer(env: Env, name: string, fallback: number, problems: string[], min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${env[name]}"`);
  return fallback;
}

function oneOf<const T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return fallback;
}

function optionalUrl(env: Env, name: string, problems: string[], protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (protocols.includes(url.protocol)) return raw.replace(/\/$/, '');
  } catch {
    // reported below
  }
  problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return undefined;
}

function timeZone(env: Env, name: string, fallback: string, problems: string[]): string {
  const raw = env[name] || fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
    return raw;
  } catch {
    problems.push(`${name} must be an IANA time zone such as Asia/Hong_Kong, got "${raw}"`);
    return fallback;
  }
}
