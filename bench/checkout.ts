import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { children, integerFromEnv, log, ROOT, startShop, stopChild, type Child } from './processes.ts';

/**
 * `npm run bench:checkout`: the checkout under load, through the public API only.
 *
 * - W4: BENCH_FLOWS concurrent guests (16) each run complete checkouts one after another for
 *   BENCH_DURATION seconds: add a piece to a new bag, give contact, consignee, delivery and card,
 *   place the order, and pay on the sandbox processor's hosted form. Reports complete checkouts
 *   per second and the p50/p99 of a whole flow.
 * - W5: one piece with exactly 50 units; BENCH_ATTEMPTS (200) checkouts for one unit each start
 *   at once, spread over BENCH_PROCESSES web processes (2 on a PostgreSQL server, 1 embedded).
 *   The database is then read directly: exactly 50 orders, nothing left, nothing negative.
 *
 * The card network is the sandbox's in-process simulation; everything else is the real shop.
 */
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const HONG_KONG = { name: 'Bench Consignee', phone: '+85291234567', isCustomer: true, address: { line1: '1 Queen’s Road Central', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };
const CARD = new URLSearchParams({ number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' });

const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const settings = {
  flows: integerFromEnv('BENCH_FLOWS', 16, 1, 1_000),
  durationS: integerFromEnv('BENCH_DURATION', 20, 1, 3_600),
  attempts: integerFromEnv('BENCH_ATTEMPTS', 200, 1, 10_000),
  processes: integerFromEnv('BENCH_PROCESSES', engine === 'postgres' ? 2 : 1, 1, 8),
  only: (process.env.BENCH_ONLY ?? 'w4-checkout,w5-last-units').split(',').map((s) => s.trim()),
};
if (engine === 'pglite' && settings.processes > 1) throw new Error('The embedded database admits one process: BENCH_PROCESSES > 1 needs DATABASE_URL');

type Step = 'bag' | 'details' | 'place' | 'pay';
type Flow = { ok: true; ms: number } | { ok: false; ms: number; step: Step; status: number; code: string };

class StepFailed extends Error {
  readonly step: Step;
  readonly status: number;
  readonly code: string;
  constructor(step: Step, status: number, code: string) {
    super(`${step}: ${status} ${code}`);
    this.step = step;
    this.status = status;
    this.code = code;
  }
}

async function json(response: Response, step: Step): Promise<Record<string, any>> {
  const body = (await response.json().catch(() => ({}))) as Record<string, any>;
  if (!response.ok) throw new StepFailed(step, response.status, String(body.code ?? 'unknown'));
  return body;
}

/** One guest from an empty bag to a payment the processor authorised. */
async function checkout(shop: string, variantId: string, agreement: string): Promise<Flow> {
  const started = performance.now();
  try {
    const added = await fetch(`${shop}/api/bag/lines`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ variantId, quantity: 1 }) });
    await json(added, 'bag');
    const cookie = added.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.includes('vitrine_bag='));
    if (!cookie) throw new StepFailed('bag', added.status, 'no_bag_cookie');
    const headers = { cookie, 'content-type': 'application/json' };
    const review = await json(await fetch(`${shop}/api/checkout`, {
      method: 'PATCH', headers,
      body: JSON.stringify({ email: `guest-${randomUUID()}@example.com`, phone: '+85291234567', consignee: HONG_KONG, deliveryMethod: 'standard', paymentMethod: 'card' }),
    }), 'details');
    if (review.missing?.length) throw new StepFailed('details', 200, `missing_${review.missing.join('_')}`);
    const placed = await json(await fetch(`${shop}/api/checkout/orders`, {
      method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ currency: 'HKD', reviewedTotal: review.quote.total, acceptedAgreementVersion: agreement }),
    }), 'place');
    if (placed.payment?.kind !== 'redirect') throw new StepFailed('place', 201, `payment_${placed.payment?.kind}`);
    const paid = await fetch(placed.payment.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: CARD, redirect: 'manual' });
    await paid.arrayBuffer();
    const back = paid.headers.get('location') ?? '';
    if (paid.status !== 303 || !back.includes('/checkout/complete/')) throw new StepFailed('pay', paid.status, 'not_sent_back');
    return { ok: true, ms: performance.now() - started };
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    return { ok: false, ms: performance.now() - started, step: error.step, status: error.status, code: error.code };
  }
}

function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

function failuresByReason(flows: readonly Flow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const flow of flows) if (!flow.ok) counts[`${flow.step}:${flow.code}`] = (counts[`${flow.step}:${flow.code}`] ?? 0) + 1;
  return counts;
}

async function w4(shops: readonly string[], pool: readonly string[], agreement: string) {
  const flows: Flow[] = [];
  let stopAt = 0;
  const runner = async (index: number, record: boolean) => {
    for (let n = 0; Date.now() < stopAt; n++) {
      const flow = await checkout(shops[index % shops.length]!, pool[(index * 7 + n) % pool.length]!, agreement);
      if (record) flows.push(flow);
    }
  };
  log(`w4-checkout: 3 s warm-up then ${settings.durationS} s at ${settings.flows} concurrent flows`);
  stopAt = Date.now() + 3_000;
  await Promise.all(Array.from({ length: settings.flows }, (_, i) => runner(i, false)));
  const started = performance.now();
  stopAt = Date.now() + settings.durationS * 1000;
  await Promise.all(Array.from({ length: settings.flows }, (_, i) => runner(i, true)));
  const seconds = (performance.now() - started) / 1000;
  const done = flows.filter((f) => f.ok).map((f) => f.ms).sort((a, b) => a - b);
  return {
    scenario: 'w4-checkout', flows: settings.flows, duration_s: Number(seconds.toFixed(1)),
    checkouts: done.length, checkouts_per_s: Number((done.length / seconds).toFixed(1)),
    p50_ms: percentile(done, 50), p99_ms: percentile(done, 99),
    failed: flows.length - done.length, failures: failuresByReason(flows),
  };
}

async function w5(shops: readonly string[], variant: string, stock: number, agreement: string, env: NodeJS.ProcessEnv) {
  log(`w5-last-units: ${settings.attempts} checkouts at once for ${stock} units, over ${shops.length} process(es)`);
  const started = performance.now();
  const flows = await Promise.all(Array.from({ length: settings.attempts }, (_, i) => checkout(shops[i % shops.length]!, variant, agreement)));
  const seconds = (performance.now() - started) / 1000;
  return { flows, seconds, inspect: () => fixture(['inspect', variant], env) as { orders: number; units: number; available: number; lowestLevel: number; lowestReserved: number } };
}

function fixture(args: string[], env: NodeJS.ProcessEnv): Record<string, any> {
  const out = execFileSync(process.execPath, ['bench/checkout-fixture.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

function record(result: Record<string, unknown>): void {
  const line = JSON.stringify({ ...result, engine, commit: git(), node: process.version, cpus: availableParallelism(), at: new Date().toISOString() });
  process.stdout.write(`${line}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  appendFileSync(join(RESULTS_DIR, `${new Date().toISOString().slice(0, 10)}.jsonl`), `${line}\n`);
}

function git(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'uncommitted';
  }
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-checkout-bench-'));
  // A small demo catalogue is enough: the fixture gives the pieces under test their stock.
  const env = { ...process.env, DATA_DIR: dataDir, DEMO_PRODUCTS: process.env.DEMO_PRODUCTS ?? '200', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  try {
    log('preparing the database (migrations, demo shop, stock for the bench)');
    const prepared = fixture(['prepare'], env) as { pool: string[]; contested: string; contestedStock: number };
    const shops: Child[] = [];
    const urls: string[] = [];
    for (let i = 0; i < settings.processes; i++) {
      const shop = await startShop(`web process ${i + 1}`, env);
      shops.push(shop.child);
      urls.push(shop.url);
    }
    const agreement = ((await (await fetch(`${urls[0]}/api/legal/documents/registration-agreement`)).json()) as { version: string }).version;
    if (settings.only.includes('w4-checkout')) record({ ...(await w4(urls, prepared.pool, agreement)), processes: urls.length });
    if (settings.only.includes('w5-last-units')) {
      const run = await w5(urls, prepared.contested, prepared.contestedStock, agreement, env);
      // The embedded database must be closed by the shop before another process reads it.
      if (engine === 'pglite') await Promise.all(shops.map(stopChild));
      const truth = run.inspect();
      const placed = run.flows.filter((f) => f.ok).length;
      record({
        scenario: 'w5-last-units', processes: urls.length, attempts: settings.attempts, stock: prepared.contestedStock,
        orders: truth.orders, units_ordered: truth.units, final_stock: truth.available, lowest_level: truth.lowestLevel,
        completed_flows: placed, refused: failuresByReason(run.flows), duration_s: Number(run.seconds.toFixed(1)),
        holds: truth.orders === prepared.contestedStock && truth.available === 0 && truth.lowestLevel >= 0 && truth.lowestReserved >= 0,
      });
    }
    return 0;
  } finally {
    await Promise.all([...children].map(stopChild));
    // A DATABASE_URL is left as it is: the bench never drops what it did not create.
    rmSync(dataDir, { recursive: true, force: true });
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(exitCode);
