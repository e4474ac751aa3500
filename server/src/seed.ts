import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from './config.ts';
import { createLogger } from './kernel/http/logger.ts';
import { startPlatform } from './platform.ts';
import { productDrafts, type ProductDraft } from './demo/catalogue/generate.ts';
import { loadProducts, prepareCatalogue } from './demo/catalogue/load.ts';
import { serviceDrafts } from './demo/catalogue/services.ts';
import { catalogLoad } from './modules/catalog/catalog.load.ts';

/**
 * `npm run db:seed -- --products N`: adds a generated catalogue of N products to the configured
 * database (DATABASE_URL, else the PGlite database in DATA_DIR), for benchmarks.
 *
 * - The database is migrated first; with SEED_DEMO on (the default) the demo shop's accounts
 *   and documents are loaded too, but never the demo catalogue: the shop shows the N products.
 * - Products are numbered from 1,000,001, apart from the demo catalogue's, and written in
 *   batches of 1,000, one transaction each, so memory stays flat whatever N is.
 * - Run twice on one database, it refuses: start from an empty database for another size.
 */
const SERIAL_BASE = 1_000_001;
const BATCH = 1_000;
const system = { kind: 'system', job: 'demo.seed_catalogue' } as const;

const { values } = parseArgs({ options: { products: { type: 'string' }, seed: { type: 'string' } } });
const products = Number(values.products);
if (!Number.isInteger(products) || products < 1 || products > 1_000_000) {
  console.error('Usage: npm run db:seed -- --products N   (N from 1 to 1,000,000)');
  process.exit(2);
}
const seed = values.seed === undefined ? undefined : Number(values.seed);

const config = loadConfig(process.env, { demoProducts: 0, runWorkers: false });
const log = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
const platform = await startPlatform(config, log, { runWorkers: false });
const { modules, runUseCase } = platform;
const startedAt = performance.now();
let exitCode = 0;
try {
  const first = productDrafts({ count: 1, firstSerial: SERIAL_BASE, seed, now: platform.clock.now() }).next().value as ProductDraft;
  if (await runUseCase(system, 'seed', (ctx) => catalogLoad.productSlugsTaken(ctx, [first.slug]))) {
    console.error('This database already holds a seeded catalogue (its first product is there). Seed an empty database instead: another DATA_DIR, or a new database in DATABASE_URL.');
    exitCode = 1;
  } else {
    await seedCatalogue();
  }
} finally {
  await platform.close();
}
process.exit(exitCode);

async function seedCatalogue(): Promise<void> {
  const now = platform.clock.now();
  const targets = await runUseCase(system, 'seed', (ctx) => prepareCatalogue(ctx, modules));
  if (targets.suppliers.size < 2) console.log('Without the demo owner account, a missing demo supplier cannot be created: its products are sold by the shop.');
  let batch: ProductDraft[] = [];
  let done = 0;
  const flush = async () => {
    await runUseCase(system, 'seed', async (ctx) => {
      const ids = await loadProducts(ctx, modules, targets, batch);
      await modules.catalog.refreshListings(ctx, ids);
    });
    done += batch.length;
    batch = [];
    if (done % 10_000 === 0 || done === products) console.log(`${done.toLocaleString('en')} of ${products.toLocaleString('en')} products, ${seconds()} s`);
  };
  for (const draft of productDrafts({ count: products, firstSerial: SERIAL_BASE, seed, now })) {
    batch.push(draft);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  await runUseCase(system, 'seed', async (ctx) => {
    const ids = await loadProducts(ctx, modules, targets, serviceDrafts(now));
    await modules.catalog.refreshListings(ctx, ids);
  });
  // The shop's first start must not add the demo catalogue on top of this one.
  await runUseCase(system, 'seed', (ctx) =>
    sql`insert into demo.loaded_sets (name, loaded_at) values ('catalogue', ${ctx.clock.now()}) on conflict (name) do nothing`.execute(ctx.tx));
  // Fresh statistics, or the planner guesses at a table that grew a hundredfold (PGlite has no autovacuum to do it).
  await sql`analyze`.execute(platform.database.db);
  console.log(`Seeded ${products.toLocaleString('en')} products in ${seconds()} s (${platform.database.engine}).`);
}

function seconds(): string {
  return ((performance.now() - startedAt) / 1000).toFixed(1);
}
