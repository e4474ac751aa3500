import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Instance, type Result } from 'autocannon';
import { children, failure, integerFromEnv, isRunning, log, LOOPBACK, REQUEST_TIMEOUT_MS, ROOT, send, startChild, startShop, stopChild, waitUntil, within, type Child } from './processes.ts';
import { SCENARIOS, type Scenario } from './scenarios.ts';

/**
 * `npm run bench`: starts the product, then for each scenario loads the product route and a bare
 * Fastify reference serving a body of the same size, one after the other, and writes one JSON
 * line per scenario to stdout and to bench/results/<UTC date>.jsonl. Progress goes to stderr.
 * See bench/README.md.
 */
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const WARMUP_S = 2;

interface Settings {
  connections: number;
  durationS: number;
  catalog: number;
  engine: 'pglite' | 'postgres';
  scenarios: readonly Scenario[];
}

/** A scenario that cannot be measured; the others still run. */
class ScenarioAborted extends Error {}

const temporaryDirs: string[] = [];
let currentLoad: Instance | undefined;

function readSettings(): Settings {
  const only = (process.env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = only.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name));
  if (unknown.length) throw new Error(`BENCH_ONLY names unknown scenarios: ${unknown.join(', ')} (known: ${SCENARIOS.map((s) => s.name).join(', ')})`);
  return {
    connections: integerFromEnv('BENCH_CONNECTIONS', 16, 1, 10_000),
    durationS: integerFromEnv('BENCH_DURATION', 10, 1, 3_600),
    catalog: integerFromEnv('BENCH_CATALOG', 0, 0, 100_000_000),
    engine: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    scenarios: only.length ? SCENARIOS.filter((scenario) => only.includes(scenario.name)) : SCENARIOS,
  };
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).trim();
  } catch {
    return undefined;
  }
}

async function startProduct(settings: Settings): Promise<{ child: Child; url: string }> {
  // BENCH_DATA_DIR keeps a seeded embedded database between runs (a 100,000-product seed takes minutes).
  const keptDir = process.env.BENCH_DATA_DIR;
  const dataDir = keptDir ? keptDir : mkdtempSync(join(tmpdir(), 'vitrine-bench-'));
  if (!keptDir) temporaryDirs.push(dataDir);
  seedCatalogue(settings, { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  // Measure the shop as loaded by the bench, and never write demo data into a DATABASE_URL.
  return startShop(`the product (${settings.engine})`, { ...process.env, DATA_DIR: dataDir, SEED_DEMO: 'false' });
}

async function startReference(bytes: number, contentType: string): Promise<{ child: Child; url: string }> {
  const child = startChild('reference server', ['bench/reference-server.ts', '--bytes', String(bytes), '--content-type', contentType], process.env);
  let port = 0;
  await waitUntil(child, 'listening', 15_000, async () => {
    const line = child.output.find((text) => text.startsWith('{"reference_port"'));
    port = line ? (JSON.parse(line) as { reference_port: number }).reference_port : 0;
    return port > 0;
  });
  return { child, url: `http://${LOOPBACK}:${port}` };
}

function load(url: string, scenario: Scenario, connections: number, durationS: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    currentLoad = autocannon(
      { url: new URL(scenario.path, url).href, method: scenario.method, headers: { ...scenario.headers }, connections, duration: durationS, timeout: REQUEST_TIMEOUT_MS / 1000 },
      (error, result) => {
        currentLoad = undefined;
        if (error) reject(error);
        else resolve(result);
      },
    );
  });
}

/** A warm-up (JIT, connection set-up, caches) that is thrown away, then the recorded run. */
async function measure(target: string, url: string, scenario: Scenario, settings: Settings): Promise<Result> {
  log(`${scenario.name}: ${target}, ${WARMUP_S} s warm-up then ${settings.durationS} s at ${settings.connections} connections`);
  await load(url, scenario, settings.connections, WARMUP_S);
  return load(url, scenario, settings.connections, settings.durationS);
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
/** Timeouts are already counted in `errors`; adding them again would count them twice. */
const failedRequests = (result: Result): number => result.errors + result.non2xx;

async function runScenario(scenario: Scenario, productUrl: string, settings: Settings, commit: string): Promise<{ at: string } & Record<string, unknown>> {
  const sample = await send(productUrl, scenario.method, scenario.path, scenario.headers);
  if (sample.status !== 200) {
    const start = sample.body.toString('utf8', 0, 300).replace(/\s+/g, ' ');
    throw new ScenarioAborted(`${scenario.name}: ${scenario.method} ${scenario.path} answered ${sample.status}, not 200; not measured. Body starts: ${start}`);
  }
  const bytes = sample.body.length;
  const at = new Date().toISOString();
  const product = await measure('product', productUrl, scenario, settings);

  // Started only now and stopped before the next scenario: one target under load at a time.
  const reference = await startReference(bytes, sample.contentType ?? 'application/octet-stream');
  let ceiling: Result;
  try {
    ceiling = await measure('reference', reference.url, scenario, settings);
  } finally {
    await stopChild(reference.child);
  }
  if (failedRequests(ceiling) > 0) log(`${scenario.name}: the reference server had ${failedRequests(ceiling)} failed requests; the ratio is suspect`);

  return {
    scenario: scenario.name,
    engine: settings.engine,
    catalog: settings.catalog,
    connections: settings.connections,
    duration_s: settings.durationS,
    rps: round(product.requests.average, 1),
    p50_ms: product.latency.p50,
    p99_ms: product.latency.p99,
    errors: failedRequests(product),
    ratio_to_reference: ceiling.requests.average > 0 ? round(product.requests.average / ceiling.requests.average, 3) : null,
    bytes,
    reference_rps: round(ceiling.requests.average, 1),
    reference_p99_ms: ceiling.latency.p99,
    commit,
    node: process.version,
    cpus: availableParallelism(),
    at,
  };
}

/** Fills `{category}` and `{product}` in the scenarios' paths from the running shop's catalogue. */
async function resolvePaths(url: string, scenarios: readonly Scenario[]): Promise<Scenario[]> {
  if (!scenarios.some((s) => /\{(category|product)\}/.test(s.path))) return [...scenarios];
  const json = async (path: string) => JSON.parse((await send(url, 'GET', path, {})).body.toString('utf8'));
  const categories = (await json('/api/catalog/categories')) as { slug: string; products: number }[];
  const category = categories.find((c) => c.products > 0)?.slug;
  const popular = (await json('/api/catalog/products?sort=popular&limit=1')) as { products: { slug: string }[] };
  const product = popular.products[0]?.slug;
  if (!category || !product) throw new Error('The catalogue is empty: set BENCH_CATALOG to a number of products to seed');
  log(`category "${category}", product "${product}"`);
  return scenarios.map((s) => ({ ...s, path: s.path.replace('{category}', category).replace('{product}', product) }));
}

/**
 * Loads BENCH_CATALOG products into the data directory (or DATABASE_URL) before the product
 * starts. A database seeded by an earlier run (BENCH_DATA_DIR, or the same DATABASE_URL) is used
 * as it is: the seed refuses it with exit code 1.
 */
function seedCatalogue(settings: Settings, env: NodeJS.ProcessEnv): void {
  if (settings.catalog === 0) return;
  log(`seeding ${settings.catalog} products (npm run db:seed)`);
  try {
    execFileSync(process.execPath, ['server/src/seed.ts', '--products', String(settings.catalog)], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
    log('the database already holds a seeded catalogue; measuring it as it is');
  }
}

async function main(): Promise<number> {
  const settings = readSettings();
  const commit = git(['rev-parse', '--short', 'HEAD']) ?? 'uncommitted';
  const product = await startProduct(settings);
  let aborted = 0;
  for (const scenario of await resolvePaths(product.url, settings.scenarios)) {
    if (!isRunning(product.child)) {
      await within(product.child.exited, 2_000);
      throw failure(product.child, 'stopped during the benchmark');
    }
    try {
      const result = await runScenario(scenario, product.url, settings, commit);
      const line = JSON.stringify(result);
      process.stdout.write(`${line}\n`);
      mkdirSync(RESULTS_DIR, { recursive: true });
      appendFileSync(join(RESULTS_DIR, `${result.at.slice(0, 10)}.jsonl`), `${line}\n`);
    } catch (error) {
      if (!(error instanceof ScenarioAborted)) throw error;
      log(error.message);
      aborted++;
    }
  }
  return aborted ? 1 : 0;
}

let cleaning: Promise<void> | undefined;
/** Idempotent: runs once whether the bench ends, fails or is interrupted. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    currentLoad?.stop();
    await Promise.all([...children].map(stopChild));
    for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanUp().finally(() => process.exit(code));
  });
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
