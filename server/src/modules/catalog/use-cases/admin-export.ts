import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Actor, Ctx } from '../../../kernel/context.ts';
import {
  formatMajor, PRICE_COLUMNS, PRODUCT_COLUMNS, STOCK_COLUMNS, TEXT_FIELDS, VARIANT_COLUMNS,
} from '../catalog.admin.csv-columns.ts';
import { MANAGE, type CatalogAdminDeps } from '../catalog.admin.ports.ts';
import { catalogAdminRepository as admin } from '../catalog.admin.repository.ts';
import { csvLine } from '../catalog.csv.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import type { Locale, ProductRow, ProductTranslationRow, VariantRow } from '../catalog.tables.ts';

export type ExportKind = 'products' | 'prices' | 'stock';

const BATCH = 500;
const LOCALES: readonly Locale[] = ['en', 'zh-Hant', 'zh-Hans'];

/**
 * The whole catalogue as CSV, streamed. Each batch is read in its own short transaction, so a slow
 * download never holds a database connection (on the embedded database, the only one); rows
 * changed during a long download may show the state before or after the change.
 */
export async function exportCsv(deps: CatalogAdminDeps, actor: Actor, requestId: string, kind: ExportKind): Promise<AsyncIterable<string>> {
  requireStaff(actor, MANAGE);
  await deps.runUseCase(actor, requestId, (ctx) => deps.audit.recordAudit(ctx, { action: 'catalog.exported', subjectType: 'catalogue', subjectId: `${kind}.csv` }));
  const batches = (read: (ctx: Ctx, after: string | null) => Promise<{ lines: string; last: string | null }>) =>
    paged(deps, actor, requestId, read);
  switch (kind) {
    case 'products':
      return prefixed(csvLine(PRODUCT_COLUMNS), batches(productLines));
    case 'prices':
      return prefixed(csvLine(PRICE_COLUMNS), batches((ctx, after) => variantLines(ctx, after, (variants) => priceLines(ctx, deps, variants))));
    case 'stock':
      return prefixed(csvLine(STOCK_COLUMNS), batches((ctx, after) => variantLines(ctx, after, (variants) => stockLines(ctx, deps, variants))));
  }
}

async function* prefixed(header: string, rest: AsyncIterable<string>): AsyncIterable<string> {
  yield header;
  yield* rest;
}

async function* paged(deps: CatalogAdminDeps, actor: Actor, requestId: string, read: (ctx: Ctx, after: string | null) => Promise<{ lines: string; last: string | null }>): AsyncIterable<string> {
  let after: string | null = null;
  for (;;) {
    const batch: { lines: string; last: string | null } = await deps.runUseCase(actor, requestId, (ctx) => read(ctx, after));
    if (batch.lines) yield batch.lines;
    if (batch.last === null) return;
    after = batch.last;
  }
}

/** products.csv: one line per variant, the product's columns repeated; a product without variants has one line. */
async function productLines(ctx: Ctx, afterSlug: string | null): Promise<{ lines: string; last: string | null }> {
  const products = await admin.productsAfterSlug(ctx.tx, afterSlug, BATCH);
  if (products.length === 0) return { lines: '', last: null };
  const ids = products.map((p) => p.id);
  const [designers, categories, translations, variants] = await Promise.all([
    repo.designers(ctx.tx), repo.categories(ctx.tx), repo.translations(ctx.tx, ids, LOCALES), repo.variantsOf(ctx.tx, ids),
  ]);
  const designerSlugs = new Map(designers.map((d) => [d.id, d.slug]));
  const categorySlugs = new Map(categories.map((c) => [c.id, c.slug]));
  let lines = '';
  for (const product of products) {
    const head = productCells(product, designerSlugs, categorySlugs, translations.filter((t) => t.product_id === product.id));
    const own = variants.filter((v) => v.product_id === product.id);
    if (own.length === 0) lines += csvLine([...head, ...VARIANT_COLUMNS.map(() => '')]);
    for (const v of own) lines += csvLine([...head, v.sku, v.gtin, v.colour, v.size, v.material, v.weight_grams]);
  }
  return { lines, last: products.length < BATCH ? null : products.at(-1)!.slug };
}

function productCells(product: ProductRow, designers: Map<string, string>, categories: Map<string, string>, texts: ProductTranslationRow[]): (string | null)[] {
  const cells: (string | null)[] = [
    product.slug, product.status, product.publish_at?.toISOString() ?? null, designers.get(product.designer_id) ?? '', categories.get(product.category_id) ?? '',
    product.seller_supplier_id, product.origin_country, product.size_guide, product.kind,
  ];
  for (const locale of LOCALES) {
    const text = texts.find((t) => t.locale === locale);
    for (const field of TEXT_FIELDS) cells.push(text?.[field] ?? null);
  }
  if (cells.length !== PRODUCT_COLUMNS.length - VARIANT_COLUMNS.length) throw new Error('products.csv cells no longer match PRODUCT_COLUMNS');
  return cells;
}

async function variantLines(ctx: Ctx, afterSku: string | null, linesOf: (variants: VariantRow[]) => Promise<string>): Promise<{ lines: string; last: string | null }> {
  const variants = await admin.variantsAfterSku(ctx.tx, afterSku, BATCH);
  if (variants.length === 0) return { lines: '', last: null };
  return { lines: await linesOf(variants), last: variants.length < BATCH ? null : variants.at(-1)!.sku };
}

/** prices.csv: sku, currency, amount and compare_at in the currency's major unit. */
async function priceLines(ctx: Ctx, deps: CatalogAdminDeps, variants: VariantRow[]): Promise<string> {
  const prices = await deps.pricing.listPrices(ctx, variants.map((v) => v.id));
  const skus = new Map(variants.map((v) => [v.id, v.sku]));
  return prices
    .map((p) => ({ sku: skus.get(p.variant_id)!, ...p }))
    .sort((a, b) => (a.sku === b.sku ? a.currency.localeCompare(b.currency) : a.sku < b.sku ? -1 : 1))
    .map((p) => csvLine([p.sku, p.currency, formatMajor(p.amount, p.currency), p.compare_at_amount === null ? null : formatMajor(p.compare_at_amount, p.currency)]))
    .join('');
}

/** stock.csv: sku, location code, units on hand (reservations are the orders' business, not the file's). */
async function stockLines(ctx: Ctx, deps: CatalogAdminDeps, variants: VariantRow[]): Promise<string> {
  const [levels, locations] = await Promise.all([deps.inventory.levelsOf(ctx, variants.map((v) => v.id)), deps.inventory.listLocations(ctx)]);
  const codes = new Map(locations.map((l) => [l.id, l.code]));
  const skus = new Map(variants.map((v) => [v.id, v.sku]));
  return levels
    .map((l) => ({ sku: skus.get(l.variant_id)!, code: codes.get(l.location_id) ?? l.location_id, onHand: l.on_hand }))
    .sort((a, b) => (a.sku === b.sku ? a.code.localeCompare(b.code) : a.sku < b.sku ? -1 : 1))
    .map((l) => csvLine([l.sku, l.code, l.onHand]))
    .join('');
}
