import type { Updateable } from 'kysely';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import {
  PRODUCT_COLUMNS, PRODUCT_REQUIRED, readCsvFile, RowErrors, TEXT_FIELDS, textColumn, VARIANT_COLUMNS,
  type Row, type TextField,
} from '../catalog.admin.csv-columns.ts';
import { isValidGtin, SKU_PATTERN, SLUG_PATTERN } from '../catalog.admin.rules.ts';
import { MANAGE, type CatalogAdminDeps } from '../catalog.admin.ports.ts';
import { catalogAdminRepository as admin } from '../catalog.admin.repository.ts';
import type { ImportResult } from '../catalog.admin.schemas.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import { PRODUCT_KINDS, type Locale, type ProductKind, type ProductRow, type ProductsTable, type ProductTranslationsTable, type SizeGuide, type VariantRow, type VariantsTable } from '../catalog.tables.ts';

/**
 * products.csv: one line per variant, the product's columns repeated on each of its lines (and
 * identical there). Every line is checked before anything is written; products are matched by
 * slug and variants by SKU, created when new and updated when known. A column left out of the
 * file leaves that field as it is.
 */

const LOCALES: readonly Locale[] = ['en', 'zh-Hant', 'zh-Hans'];
const STATUSES = ['draft', 'published', 'archived'] as const;
const SIZE_GUIDES: readonly SizeGuide[] = ['clothing', 'shoes', 'rings', 'belts', 'one-size'];
const TEXT_LIMITS: Record<TextField, number> = { name: 200, description: 10_000, composition: 1000, care: 1000, seo_title: 120, seo_description: 320 };
const PRODUCT_LEVEL_COLUMNS = PRODUCT_COLUMNS.filter((c) => !(VARIANT_COLUMNS as readonly string[]).includes(c));

interface ProductPlan {
  line: number;
  slug: string;
  existing: ProductRow | undefined;
  fields: Updateable<ProductsTable>;
  /** Per locale: the texts given (merged over existing ones), or null to remove a Chinese locale. */
  texts: Map<Locale, Partial<Record<TextField, string | null>> | null>;
  variants: { existing: VariantRow | undefined; fields: Updateable<VariantsTable> & { sku: string } }[];
}

interface Known {
  designers: Map<string, string>;
  categories: Map<string, string>;
  suppliers: Set<string>;
  products: Map<string, ProductRow>;
  variantsBySku: Map<string, VariantRow>;
  variantsByGtin: Map<string, VariantRow>;
}

export async function importProducts(ctx: Ctx, deps: CatalogAdminDeps, text: string): Promise<ImportResult & { variants: { created: number; updated: number } }> {
  requireStaff(ctx.actor, MANAGE);
  const rows = readCsvFile(text, PRODUCT_COLUMNS, PRODUCT_REQUIRED);
  const known = await loadKnown(ctx, deps, rows);
  const errors = new RowErrors();
  const plans = planProducts(rows, known, errors);
  errors.throwIfAny();

  const now = ctx.clock.now();
  const touched: string[] = [];
  const counts = { created: 0, updated: 0, variantsCreated: 0, variantsUpdated: 0 };
  for (const plan of plans) {
    const productId = await writeProduct(ctx, plan, now);
    touched.push(productId);
    counts[plan.existing ? 'updated' : 'created']++;
    let position = plan.existing ? await admin.nextVariantPosition(ctx.tx, productId) : 0;
    for (const variant of plan.variants) {
      if (variant.existing) {
        await admin.updateVariant(ctx.tx, variant.existing.id, variant.fields);
        counts.variantsUpdated++;
      } else {
        await admin.insertVariants(ctx.tx, [{ gtin: null, colour: null, size: null, material: null, ...variant.fields, id: newId('var', now.getTime()), product_id: productId, position: position++, weight_grams: variant.fields.weight_grams as number }]);
        counts.variantsCreated++;
      }
    }
  }
  // One rebuild of the storefront's rows for every product the file touched.
  await deps.listings.refreshListings(ctx, touched);
  await deps.audit.recordAudit(ctx, { action: 'catalog.products_imported', subjectType: 'catalogue', subjectId: 'products.csv', detail: { rows: rows.length, ...counts } });
  return { rows: rows.length, created: counts.created, updated: counts.updated, products: touched.length, variants: { created: counts.variantsCreated, updated: counts.variantsUpdated } };
}

async function loadKnown(ctx: Ctx, deps: CatalogAdminDeps, rows: readonly Row[]): Promise<Known> {
  const values = (column: string) => [...new Set(rows.map((r) => r.get(column)).filter((v): v is string => Boolean(v)))];
  const [designers, categories, suppliers, products, bySku, byGtin] = await Promise.all([
    repo.designers(ctx.tx), repo.categories(ctx.tx), deps.supplierIds(ctx),
    admin.productsBySlugs(ctx.tx, values('slug')), admin.variantsBySkus(ctx.tx, values('sku')), admin.variantsByGtins(ctx.tx, values('gtin')),
  ]);
  return {
    designers: new Map(designers.map((d) => [d.slug, d.id])),
    categories: new Map(categories.map((c) => [c.slug, c.id])),
    suppliers,
    products: new Map(products.map((p) => [p.slug, p])),
    variantsBySku: new Map(bySku.map((v) => [v.sku, v])),
    variantsByGtin: new Map(byGtin.map((v) => [v.gtin!, v])),
  };
}

function planProducts(rows: readonly Row[], known: Known, errors: RowErrors): ProductPlan[] {
  const plans = new Map<string, ProductPlan & { first: Row }>();
  const skuLines = new Map<string, number>();
  const gtinLines = new Map<string, number>();
  for (const row of rows) {
    const slug = row.get('slug') ?? '';
    let plan = plans.get(slug);
    if (!plan) {
      plan = { ...planProduct(row, slug, known, errors), first: row };
      plans.set(slug, plan);
    } else {
      // The product's columns repeat on each of its lines; a difference is a mistake, not an edit.
      const differing = PRODUCT_LEVEL_COLUMNS.find((c) => row.get(c) !== plan!.first.get(c));
      if (differing) errors.add(row.line, differing, `Differs from line ${plan.first.line}, the first line of product "${slug}".`);
    }
    planVariant(row, plan, known, errors, skuLines, gtinLines);
  }
  return [...plans.values()];
}

function planProduct(row: Row, slug: string, known: Known, errors: RowErrors): ProductPlan {
  const fail = (field: string, message: string) => errors.add(row.line, field, message);
  const existing = known.products.get(slug);
  if (!new RegExp(SLUG_PATTERN).test(slug) || slug.length > 100) fail('slug', 'Use lower-case letters, digits and single hyphens (at most 100 characters).');
  const fields: Updateable<ProductsTable> = {};

  const designer = row.get('designer') ?? '';
  if (known.designers.has(designer)) fields.designer_id = known.designers.get(designer)!;
  else fail('designer', `No designer with the slug "${designer}".`);
  const category = row.get('category') ?? '';
  if (known.categories.has(category)) fields.category_id = known.categories.get(category)!;
  else fail('category', `No category with the slug "${category}".`);

  const status = row.get('status');
  if (status) {
    if ((STATUSES as readonly string[]).includes(status)) fields.status = status as ProductRow['status'];
    else fail('status', 'Use draft, published or archived.');
  }
  const publishAt = row.get('publish_at');
  if (publishAt !== undefined) {
    const at = new Date(publishAt);
    if (publishAt === '') fields.publish_at = null;
    else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(publishAt) && !Number.isNaN(at.getTime())) fields.publish_at = at;
    else fail('publish_at', 'Use an ISO 8601 instant such as 2026-03-01T09:00:00Z, or leave it empty.');
  }
  const seller = row.get('seller');
  if (seller !== undefined) {
    if (seller === '' || seller === 'shop') fields.seller_supplier_id = null;
    else if (known.suppliers.has(seller)) fields.seller_supplier_id = seller;
    else fail('seller', `No supplier organisation "${seller}"; leave it empty (or write shop) when the shop sells it.`);
  }
  const origin = row.get('origin_country');
  if (origin !== undefined) {
    if (origin === '' || /^[A-Z]{2}$/.test(origin)) fields.origin_country = origin || null;
    else fail('origin_country', 'Use a two-letter country code such as IT, or leave it empty.');
  }
  const sizeGuide = row.get('size_guide');
  if (sizeGuide !== undefined) {
    if (sizeGuide === '' || SIZE_GUIDES.includes(sizeGuide as SizeGuide)) fields.size_guide = (sizeGuide || null) as SizeGuide | null;
    else fail('size_guide', `Use one of ${SIZE_GUIDES.join(', ')}, or leave it empty.`);
  }
  const kind = row.get('kind');
  if (kind !== undefined) {
    if (kind === '') fields.kind = 'goods';
    else if (PRODUCT_KINDS.includes(kind as ProductKind)) fields.kind = kind as ProductKind;
    else fail('kind', 'Use goods or service, or leave it empty for goods.');
  }
  return { line: row.line, slug, existing, fields, texts: planTexts(row, fail), variants: [] };
}

function planTexts(row: Row, fail: (field: string, message: string) => void): ProductPlan['texts'] {
  const texts: ProductPlan['texts'] = new Map();
  for (const locale of LOCALES) {
    const given = TEXT_FIELDS.filter((field) => row.has(textColumn(field, locale)));
    if (given.length === 0) continue;
    const nameColumn = textColumn('name', locale);
    if (!row.has(nameColumn)) {
      fail(textColumn(given[0]!, locale), `Texts in ${locale} need the ${nameColumn} column too.`);
      continue;
    }
    const name = row.get(nameColumn)!;
    if (name === '') {
      if (locale === 'en') fail(nameColumn, 'Every product has an English name.');
      else if (given.some((field) => row.get(textColumn(field, locale)))) fail(nameColumn, `Texts in ${locale} need a name; leave them all empty to have none.`);
      else texts.set(locale, null);
      continue;
    }
    const values: Partial<Record<TextField, string | null>> = {};
    for (const field of given) {
      const value = row.get(textColumn(field, locale))!;
      if (value.length > TEXT_LIMITS[field]) fail(textColumn(field, locale), `At most ${TEXT_LIMITS[field]} characters.`);
      values[field] = value === '' && field !== 'description' ? null : value;
    }
    texts.set(locale, values);
  }
  return texts;
}

function planVariant(row: Row, plan: ProductPlan, known: Known, errors: RowErrors, skuLines: Map<string, number>, gtinLines: Map<string, number>): void {
  const fail = (field: string, message: string) => errors.add(row.line, field, message);
  const sku = row.get('sku') ?? '';
  if (sku === '') {
    const stray = VARIANT_COLUMNS.find((c) => row.get(c));
    if (stray) fail('sku', `A line with ${stray} describes a variant and needs its SKU.`);
    return;
  }
  if (!new RegExp(SKU_PATTERN).test(sku)) fail('sku', 'Use letters, digits, dots, hyphens and underscores (at most 64).');
  if (skuLines.has(sku)) fail('sku', `The SKU is also on line ${skuLines.get(sku)}.`);
  skuLines.set(sku, row.line);
  const existing = known.variantsBySku.get(sku);
  if (existing && existing.product_id !== plan.existing?.id) fail('sku', `The SKU belongs to a variant of another product.`);

  const fields: ProductPlan['variants'][number]['fields'] = { sku };
  const gtin = row.get('gtin');
  if (gtin !== undefined && gtin !== '') {
    const owner = known.variantsByGtin.get(gtin);
    if (!isValidGtin(gtin)) fail('gtin', 'Not a valid GTIN-8, -12, -13 or -14: check the digits.');
    else if (gtinLines.has(gtin)) fail('gtin', `The GTIN is also on line ${gtinLines.get(gtin)}.`);
    else if (owner && owner.sku !== sku) fail('gtin', `The GTIN belongs to the variant ${owner.sku}.`);
    gtinLines.set(gtin, row.line);
  }
  if (gtin !== undefined) fields.gtin = gtin || null;
  for (const option of ['colour', 'size', 'material'] as const) {
    const value = row.get(option);
    if (value === undefined) continue;
    if (value.length > 40) fail(option, 'At most 40 characters.');
    fields[option] = value || null;
  }
  const weight = row.get('weight_grams');
  if (weight) {
    if (/^\d{1,6}$/.test(weight) && Number(weight) >= 1 && Number(weight) <= 100_000) fields.weight_grams = Number(weight);
    else fail('weight_grams', 'A whole number of grams from 1 to 100000.');
  } else if (!existing) fail('weight_grams', 'A new variant needs its shipping weight in grams.');
  plan.variants.push({ existing, fields });
}

/** Inserts or updates the product and its translations; returns its id. */
async function writeProduct(ctx: Ctx, plan: ProductPlan, now: Date): Promise<string> {
  const fields = { ...plan.fields, updated_at: now };
  // Published without a date: on sale from now, as the API's publish does.
  if (fields.status === 'published' && plan.existing?.status !== 'published' && !fields.publish_at) fields.publish_at = now;
  let productId: string;
  let current: ProductTranslationsTable[] = [];
  if (plan.existing) {
    productId = plan.existing.id;
    await admin.updateProduct(ctx.tx, productId, fields);
    current = await repo.translations(ctx.tx, [productId], LOCALES);
  } else {
    productId = newId('prd', now.getTime());
    await admin.insertProducts(ctx.tx, [{
      status: 'draft', publish_at: null, seller_supplier_id: null, origin_country: null, size_guide: null, kind: 'goods', popularity: 0, created_at: now,
      ...fields, id: productId, slug: plan.slug, designer_id: fields.designer_id!, category_id: fields.category_id!,
    }]);
  }
  const upserts: ProductTranslationsTable[] = [];
  for (const [locale, texts] of plan.texts) {
    if (texts === null) continue;
    const before = current.find((t) => t.locale === locale);
    const merged = (field: TextField, fallback: string | null) => (field in texts ? texts[field]! : (before?.[field] ?? fallback));
    upserts.push({
      product_id: productId, locale, name: merged('name', '')!, description: merged('description', '') ?? '', composition: merged('composition', null),
      care: merged('care', null), seo_title: merged('seo_title', null), seo_description: merged('seo_description', null),
    });
  }
  await admin.upsertProductTranslations(ctx.tx, upserts);
  await admin.deleteProductTranslations(ctx.tx, productId, [...plan.texts].filter(([, t]) => t === null).map(([locale]) => locale));
  return productId;
}
