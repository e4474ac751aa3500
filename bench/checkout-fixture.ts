import { sql } from 'kysely';
import { loadConfig } from '../server/src/config.ts';
import { createLogger } from '../server/src/kernel/http/logger.ts';
import { startPlatform } from '../server/src/platform.ts';

/**
 * Prepares or inspects the shop's database for the checkout bench (W4, W5), in a process of its
 * own because the embedded database admits one process at a time.
 *
 *   node bench/checkout-fixture.ts prepare   migrates, loads the demo shop, then gives a pool of
 *                                            pieces ample stock in Hong Kong (W4) and one piece
 *                                            exactly 50 units in one place (W5); prints their ids
 *   node bench/checkout-fixture.ts inspect <variant>
 *                                            prints the orders and the stock of that piece
 *
 * It reads the catalogue's tables directly: this is test scaffolding, not the product.
 */
const POOL_SIZE = 64;
const POOL_STOCK = 100_000;
const CONTESTED_STOCK = 50;
const system = { kind: 'system', job: 'bench.checkout_fixture' } as const;

const [command, variantArg] = process.argv.slice(2);
const config = loadConfig(process.env, { runWorkers: false });
const platform = await startPlatform(config, createLogger({ ...config, logLevel: 'warn' }), { runWorkers: false });
const { db } = platform.database;
try {
  if (command === 'prepare') console.log(JSON.stringify(await prepare()));
  else if (command === 'inspect' && variantArg) console.log(JSON.stringify(await inspect(variantArg)));
  else throw new Error('usage: node bench/checkout-fixture.ts prepare | inspect <variantId>');
} finally {
  await platform.close();
}

async function prepare(): Promise<{ pool: string[]; contested: string; contestedStock: number }> {
  const hongKong = await db.selectFrom('inventory.locations').select('id').where('code', '=', 'hk-kwai-chung').executeTakeFirstOrThrow();
  // Pieces the shop sells itself: they ship from its Hong Kong warehouse to a Hong Kong consignee.
  const variants = await db.selectFrom('catalog.variants as v')
    .innerJoin('catalog.products as p', 'p.id', 'v.product_id')
    .select('v.id')
    .where('p.status', '=', 'published').where('p.seller_supplier_id', 'is', null)
    .orderBy('v.id').limit(POOL_SIZE + 1).execute();
  if (variants.length < POOL_SIZE + 1) throw new Error(`the demo catalogue has only ${variants.length} pieces sold by the shop`);
  const [contested, ...pool] = variants.map((v) => v.id);
  await platform.runUseCase(system, 'bench', async (ctx) => {
    for (const id of pool) await platform.modules.inventory.setOnHand(ctx, id, hongKong.id, POOL_STOCK);
    // Exactly 50 units in the whole shop: every other location of this piece is emptied.
    const levels = await platform.modules.inventory.levelsOf(ctx, [contested!]);
    for (const level of levels) if (level.location_id !== hongKong.id) await platform.modules.inventory.setOnHand(ctx, contested!, level.location_id, 0);
    await platform.modules.inventory.setOnHand(ctx, contested!, hongKong.id, CONTESTED_STOCK);
  });
  return { pool, contested: contested!, contestedStock: CONTESTED_STOCK };
}

async function inspect(variantId: string) {
  const orders = await sql<{ orders: string; units: string | null }>`
    select count(distinct order_id) as orders, sum(quantity) as units
    from orders.order_lines where variant_id = ${variantId}`.execute(db);
  const stock = await db.selectFrom('inventory.stock_levels')
    .select([sql<string>`sum(on_hand - reserved)`.as('available'), sql<string>`min(on_hand - reserved)`.as('lowest'), sql<string>`min(reserved)`.as('lowestReserved')])
    .where('variant_id', '=', variantId).executeTakeFirstOrThrow();
  return {
    orders: Number(orders.rows[0]!.orders), units: Number(orders.rows[0]!.units ?? 0),
    available: Number(stock.available), lowestLevel: Number(stock.lowest), lowestReserved: Number(stock.lowestReserved),
  };
}
