import type { Static } from 'typebox';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { decodeAdminCursor, encodeAdminCursor, firstFreeSlug, slugify, subtreeOf } from '../catalog.admin.rules.ts';
import { MANAGE, type CatalogAdminDeps } from '../catalog.admin.ports.ts';
import { onSale, presentProduct } from '../catalog.admin.present.ts';
import { catalogAdminRepository as admin } from '../catalog.admin.repository.ts';
import type { AdminProduct, AdminProductPage, ProductCreateBody, ProductListQuery, ProductPatchBody, ProductText } from '../catalog.admin.schemas.ts';
import { CatalogErrors } from '../catalog.errors.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import type { Locale, ProductRow, ProductTranslationsTable } from '../catalog.tables.ts';

type ProductView = Static<typeof AdminProduct>;
const CHINESE: readonly Locale[] = ['zh-Hant', 'zh-Hans'];

/** The backstage product list: filters, a search on name or SKU, pages by last change. */
export async function listProducts(ctx: Ctx, query: ProductListQuery): Promise<Static<typeof AdminProductPage>> {
  requireStaff(ctx.actor, MANAGE);
  const limit = query.limit ?? 50;
  const categoryIds = query.categoryId === undefined ? undefined : [...subtreeOf(query.categoryId, await categoryParents(ctx))];
  const rows = await admin.productPage(ctx.tx, {
    q: query.q, status: query.status, designerId: query.designerId, categoryIds, seller: query.seller,
    after: query.after === undefined ? undefined : decodeAdminCursor(query.after),
  }, limit);
  const page = rows.slice(0, limit);
  const now = ctx.clock.now();
  return {
    products: page.map((p) => ({
      id: p.id, slug: p.slug, name: p.name ?? p.slug, status: p.status, publishAt: p.publish_at?.toISOString() ?? null, onSale: onSale(p, now),
      designer: { id: p.designer_id, name: p.designer_name }, categoryId: p.category_id, sellerSupplierId: p.seller_supplier_id,
      variantCount: p.variant_count, updatedAt: p.updated_at.toISOString(),
    })),
    next: rows.length > limit ? encodeAdminCursor(page.at(-1)!.updated_at, page.at(-1)!.id) : null,
  };
}

export async function productDetail(ctx: Ctx, deps: CatalogAdminDeps, productId: string): Promise<ProductView> {
  requireStaff(ctx.actor, MANAGE);
  return presentProduct(ctx, deps, await productOrFail(ctx, productId));
}

/** A new product starts as a draft: staff add variants, prices and images, then publish it. */
export async function createProduct(ctx: Ctx, deps: CatalogAdminDeps, body: ProductCreateBody): Promise<ProductView> {
  requireStaff(ctx.actor, MANAGE);
  await checkReferences(ctx, deps, body);
  const slug = body.slug ?? firstFreeSlug(slugify(body.translations.en.name), await admin.slugsLike(ctx.tx, 'catalog.products', slugify(body.translations.en.name)));
  await claimSlug(ctx, slug, null);
  const now = ctx.clock.now();
  const product: ProductRow = {
    id: newId('prd', now.getTime()), slug, designer_id: body.designerId, category_id: body.categoryId, seller_supplier_id: body.sellerSupplierId ?? null,
    status: 'draft', publish_at: null, origin_country: body.originCountry ?? null, size_guide: body.sizeGuide ?? null, kind: body.kind ?? 'goods', popularity: 0, created_at: now, updated_at: now,
  };
  await admin.insertProducts(ctx.tx, [product]);
  await admin.upsertProductTranslations(ctx.tx, translationRows(product.id, body.translations));
  await deps.listings.refreshListings(ctx, [product.id]);
  await deps.audit.recordAudit(ctx, { action: 'catalog.product_created', subjectType: 'product', subjectId: product.id, detail: { slug } });
  return presentProduct(ctx, deps, product);
}

/** Changes what is given; a translation given replaces that locale's texts, `null` removes a Chinese one. */
export async function updateProduct(ctx: Ctx, deps: CatalogAdminDeps, productId: string, body: ProductPatchBody): Promise<ProductView> {
  requireStaff(ctx.actor, MANAGE);
  const product = await productOrFail(ctx, productId, true);
  await checkReferences(ctx, deps, body);
  if (body.slug !== undefined && body.slug !== product.slug) await claimSlug(ctx, body.slug, product.id);
  const texts = body.translations ?? {};
  await admin.upsertProductTranslations(ctx.tx, translationRows(product.id, texts));
  await admin.deleteProductTranslations(ctx.tx, product.id, CHINESE.filter((locale) => texts[locale] === null));
  const changed: ProductRow = {
    ...product,
    slug: body.slug ?? product.slug,
    designer_id: body.designerId ?? product.designer_id,
    category_id: body.categoryId ?? product.category_id,
    seller_supplier_id: body.sellerSupplierId === undefined ? product.seller_supplier_id : body.sellerSupplierId,
    origin_country: body.originCountry === undefined ? product.origin_country : body.originCountry,
    size_guide: body.sizeGuide === undefined ? product.size_guide : body.sizeGuide,
    kind: body.kind ?? product.kind,
    updated_at: ctx.clock.now(),
  };
  const { id: _id, ...patch } = changed;
  await admin.updateProduct(ctx.tx, product.id, patch);
  await deps.listings.refreshListings(ctx, [product.id]);
  await deps.audit.recordAudit(ctx, { action: 'catalog.product_updated', subjectType: 'product', subjectId: product.id, detail: { fields: Object.keys(body), translations: Object.keys(texts) } });
  return presentProduct(ctx, deps, changed);
}

/**
 * Puts a product on sale now or at `publishAt` (scheduling). Customers see it from that instant
 * and not before; a product without a variant priced in HKD, the base currency, cannot be sold.
 */
export async function publishProduct(ctx: Ctx, deps: CatalogAdminDeps, productId: string, publishAt: Date | undefined): Promise<ProductView> {
  requireStaff(ctx.actor, MANAGE);
  const product = await productOrFail(ctx, productId, true);
  const variants = await repo.variantsOf(ctx.tx, [product.id]);
  const prices = await deps.pricing.listPrices(ctx, variants.map((v) => v.id));
  if (!prices.some((p) => p.currency === 'HKD')) throw CatalogErrors.not_publishable({ detail: 'Add a variant and give it a price in HKD first.' });
  const now = ctx.clock.now();
  const changed: ProductRow = { ...product, status: 'published', publish_at: publishAt ?? now, updated_at: now };
  await admin.updateProduct(ctx.tx, product.id, { status: changed.status, publish_at: changed.publish_at, updated_at: now });
  await deps.listings.refreshListings(ctx, [product.id]);
  await deps.audit.recordAudit(ctx, { action: 'catalog.product_published', subjectType: 'product', subjectId: product.id, detail: { from: product.status, publishAt: changed.publish_at!.toISOString() } });
  return presentProduct(ctx, deps, changed);
}

/** Takes a product off sale at once: back to draft, or archived. */
export async function unpublishProduct(ctx: Ctx, deps: CatalogAdminDeps, productId: string, archive: boolean): Promise<ProductView> {
  requireStaff(ctx.actor, MANAGE);
  const product = await productOrFail(ctx, productId, true);
  const now = ctx.clock.now();
  const changed: ProductRow = { ...product, status: archive ? 'archived' : 'draft', publish_at: null, updated_at: now };
  await admin.updateProduct(ctx.tx, product.id, { status: changed.status, publish_at: null, updated_at: now });
  await deps.listings.refreshListings(ctx, [product.id]);
  await deps.audit.recordAudit(ctx, { action: archive ? 'catalog.product_archived' : 'catalog.product_unpublished', subjectType: 'product', subjectId: product.id, detail: { from: product.status } });
  return presentProduct(ctx, deps, changed);
}

export async function productOrFail(ctx: Ctx, productId: string, forUpdate = false): Promise<ProductRow> {
  const product = await admin.productById(ctx.tx, productId, { forUpdate });
  if (!product) throw CatalogErrors.product_not_found({ detail: `No product ${productId}.` });
  return product;
}

/** The designer, category and seller named must exist. */
async function checkReferences(ctx: Ctx, deps: CatalogAdminDeps, body: { designerId?: string | undefined; categoryId?: string | undefined; sellerSupplierId?: string | null | undefined }): Promise<void> {
  if (body.designerId !== undefined && !(await repo.designers(ctx.tx)).some((d) => d.id === body.designerId)) throw CatalogErrors.designer_not_found({ detail: `No designer ${body.designerId}.` });
  if (body.categoryId !== undefined && !(await categoryParents(ctx)).has(body.categoryId)) throw CatalogErrors.category_not_found({ detail: `No category ${body.categoryId}.` });
  if (body.sellerSupplierId && !(await deps.supplierIds(ctx)).has(body.sellerSupplierId)) throw CatalogErrors.supplier_not_found({ detail: `No supplier organisation ${body.sellerSupplierId}.` });
}

async function claimSlug(ctx: Ctx, slug: string, ownId: string | null): Promise<void> {
  const owner = await admin.slugOwner(ctx.tx, 'catalog.products', slug);
  if (owner !== undefined && owner !== ownId) throw CatalogErrors.slug_taken({ detail: `The slug "${slug}" belongs to another product.` });
}

async function categoryParents(ctx: Ctx): Promise<Map<string, string | null>> {
  return new Map((await repo.categories(ctx.tx)).map((c) => [c.id, c.parent_id]));
}

export function translationRows(productId: string, texts: Partial<Record<Locale, ProductText | null>>): ProductTranslationsTable[] {
  return Object.entries(texts).filter((e): e is [Locale, ProductText] => e[1] !== null && e[1] !== undefined).map(([locale, t]) => ({
    product_id: productId, locale, name: t.name, description: t.description ?? '', composition: t.composition ?? null, care: t.care ?? null,
    seo_title: t.seoTitle ?? null, seo_description: t.seoDescription ?? null,
  }));
}
