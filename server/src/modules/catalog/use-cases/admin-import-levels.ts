import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { isCurrencyCode, parseMajor } from '../../../kernel/money.ts';
import { PRICE_COLUMNS, PRICE_REQUIRED, readCsvFile, RowErrors, STOCK_COLUMNS, STOCK_REQUIRED, type Row } from '../catalog.admin.csv-columns.ts';
import { MANAGE, type CatalogAdminDeps } from '../catalog.admin.ports.ts';
import { catalogAdminRepository as admin } from '../catalog.admin.repository.ts';
import type { ImportResult } from '../catalog.admin.schemas.ts';
import type { VariantRow } from '../catalog.tables.ts';

/**
 * prices.csv and stock.csv: one line per variant and currency, or per variant and location,
 * matched by SKU. Written in bulk, then the storefront's rows of the products touched are
 * rebuilt once, in the same transaction.
 */

export async function importPrices(ctx: Ctx, deps: CatalogAdminDeps, text: string): Promise<ImportResult> {
  requireStaff(ctx.actor, MANAGE);
  const rows = readCsvFile(text, PRICE_COLUMNS, PRICE_REQUIRED);
  const variants = await variantsOf(ctx, rows);
  const [currencies, existing] = await Promise.all([deps.pricing.currencies(ctx), deps.pricing.listPrices(ctx, [...variants.values()].map((v) => v.id))]);
  const listed = new Set(currencies.filter((c) => c.hasList).map((c) => c.currency));
  const errors = new RowErrors();
  const seen = new Map<string, number>();
  const prices: { variant_id: string; currency: string; amount: bigint; compare_at_amount: bigint | null }[] = [];

  for (const row of rows) {
    const fail = (field: string, message: string) => errors.add(row.line, field, message);
    const variant = knownVariant(row, variants, fail);
    const currency = row.get('currency')!;
    if (!listed.has(currency) || !isCurrencyCode(currency)) {
      fail('currency', `No ${currency || 'empty'} price list; the lists are ${[...listed].join(', ')}.`);
      continue;
    }
    const amount = amountOf(row.get('amount')!, currency, 'amount', fail);
    const compareAtText = row.get('compare_at') ?? '';
    const compareAt = compareAtText === '' ? null : amountOf(compareAtText, currency, 'compare_at', fail);
    if (amount !== undefined && compareAt != null && compareAt <= amount) fail('compare_at', 'The former price of a markdown is higher than its price.');
    const key = `${row.get('sku')}:${currency}`;
    if (seen.has(key)) fail('currency', `This SKU's ${currency} price is also on line ${seen.get(key)}.`);
    seen.set(key, row.line);
    if (variant && amount !== undefined && compareAt !== undefined) prices.push({ variant_id: variant.id, currency, amount, compare_at_amount: compareAt });
  }
  // Every variant keeps a price in HKD, the base currency (as the pricing module requires).
  const reported = new Set<string>();
  for (const row of rows) {
    const variant = variants.get(row.get('sku')!);
    if (!variant || reported.has(variant.sku) || seen.has(`${variant.sku}:HKD`) || existing.some((p) => p.variant_id === variant.id && p.currency === 'HKD')) continue;
    reported.add(variant.sku);
    errors.add(row.line, 'sku', 'This variant has no HKD price; add a line with its price in HKD.');
  }
  errors.throwIfAny();

  const before = new Set(existing.map((p) => `${p.variant_id}:${p.currency}`));
  await deps.pricing.loadPrices(ctx, prices);
  const created = prices.filter((p) => !before.has(`${p.variant_id}:${p.currency}`)).length;
  const products = await refreshProductsOf(ctx, deps, prices.map((p) => p.variant_id), variants);
  await deps.audit.recordAudit(ctx, { action: 'catalog.prices_imported', subjectType: 'catalogue', subjectId: 'prices.csv', detail: { rows: rows.length, created, products } });
  return { rows: rows.length, created, updated: prices.length - created, products };
}

export async function importStock(ctx: Ctx, deps: CatalogAdminDeps, text: string): Promise<ImportResult> {
  requireStaff(ctx.actor, MANAGE);
  const rows = readCsvFile(text, STOCK_COLUMNS, STOCK_REQUIRED);
  const variants = await variantsOf(ctx, rows);
  const [locations, existing] = await Promise.all([deps.inventory.listLocations(ctx), deps.inventory.levelsOf(ctx, [...variants.values()].map((v) => v.id))]);
  const byCode = new Map(locations.map((l) => [l.code, l]));
  const errors = new RowErrors();
  const seen = new Map<string, number>();
  const levels: { variant_id: string; location_id: string; on_hand: number }[] = [];

  for (const row of rows) {
    const fail = (field: string, message: string) => errors.add(row.line, field, message);
    const variant = knownVariant(row, variants, fail);
    const location = byCode.get(row.get('location')!);
    if (!location) fail('location', `No stock location with the code "${row.get('location')}".`);
    const text = row.get('on_hand')!;
    const onHand = /^\d{1,7}$/.test(text) && Number(text) <= 1_000_000 ? Number(text) : undefined;
    if (onHand === undefined) fail('on_hand', 'A whole number of units from 0 to 1000000.');
    if (!variant || !location || onHand === undefined) continue;
    const key = `${variant.id}:${location.id}`;
    if (seen.has(key)) fail('location', `This SKU's stock at ${location.code} is also on line ${seen.get(key)}.`);
    seen.set(key, row.line);
    const reserved = existing.find((l) => l.variant_id === variant.id && l.location_id === location.id)?.reserved ?? 0;
    if (onHand < reserved) fail('on_hand', `${reserved} units are reserved for orders at ${location.code}; on hand cannot go below that.`);
    levels.push({ variant_id: variant.id, location_id: location.id, on_hand: onHand });
  }
  errors.throwIfAny();

  const before = new Set(existing.map((l) => `${l.variant_id}:${l.location_id}`));
  await deps.inventory.loadLevels(ctx, levels);
  const created = levels.filter((l) => !before.has(`${l.variant_id}:${l.location_id}`)).length;
  const products = await refreshProductsOf(ctx, deps, levels.map((l) => l.variant_id), variants);
  await deps.audit.recordAudit(ctx, { action: 'catalog.stock_imported', subjectType: 'catalogue', subjectId: 'stock.csv', detail: { rows: rows.length, created, products } });
  return { rows: rows.length, created, updated: levels.length - created, products };
}

async function variantsOf(ctx: Ctx, rows: readonly Row[]): Promise<Map<string, VariantRow>> {
  const skus = [...new Set(rows.map((r) => r.get('sku')!).filter(Boolean))];
  return new Map((await admin.variantsBySkus(ctx.tx, skus)).map((v) => [v.sku, v]));
}

function knownVariant(row: Row, variants: ReadonlyMap<string, VariantRow>, fail: (field: string, message: string) => void): VariantRow | undefined {
  const variant = variants.get(row.get('sku')!);
  if (!variant) fail('sku', `No variant with the SKU "${row.get('sku')}"; import it with products.csv first.`);
  return variant;
}

/** An amount written in the currency's major unit ("24000.00"), as minor units. */
function amountOf(text: string, currency: string, field: string, fail: (field: string, message: string) => void): bigint | undefined {
  try {
    const amount = parseMajor(text, currency as Parameters<typeof parseMajor>[1]).amount;
    if (amount > 0) return BigInt(amount);
  } catch {
    // reported below
  }
  fail(field, `"${text}" is not a positive amount of ${currency}, such as 24000.00.`);
  return undefined;
}

async function refreshProductsOf(ctx: Ctx, deps: CatalogAdminDeps, variantIds: readonly string[], variants: ReadonlyMap<string, VariantRow>): Promise<number> {
  const ids = new Set(variantIds);
  const productIds = [...new Set([...variants.values()].filter((v) => ids.has(v.id)).map((v) => v.product_id))];
  await admin.touchProducts(ctx.tx, productIds, ctx.clock.now());
  await deps.listings.refreshListings(ctx, productIds);
  return productIds.length;
}
