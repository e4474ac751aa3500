import type { Static } from 'typebox';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { firstFreeSlug, slugify, subtreeOf } from '../catalog.admin.rules.ts';
import { MANAGE, type CatalogAdminDeps } from '../catalog.admin.ports.ts';
import { presentCategory, presentDesigner } from '../catalog.admin.present.ts';
import { catalogAdminRepository as admin } from '../catalog.admin.repository.ts';
import type {
  AdminCategory, AdminDesigner, CategoryCreateBody, CategoryPatchBody, CategoryText, DesignerCreateBody, DesignerPatchBody, DesignerText,
} from '../catalog.admin.schemas.ts';
import { CatalogErrors } from '../catalog.errors.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import type { CategoryRow, Locale } from '../catalog.tables.ts';

/**
 * Designers and categories. The storefront keeps them in memory for a few seconds and writes
 * their names into every product's search row, so each change drops the caches and rebuilds the
 * rows of the products concerned in the same transaction.
 */

type DesignerView = Static<typeof AdminDesigner>;
type CategoryView = Static<typeof AdminCategory>;
const CHINESE: readonly Locale[] = ['zh-Hant', 'zh-Hans'];

const given = <T>(texts: Partial<Record<Locale, T | null>>) =>
  Object.entries(texts).filter((e): e is [Locale, T] => e[1] !== null && e[1] !== undefined);
const removed = (texts: Partial<Record<Locale, unknown>>) => CHINESE.filter((locale) => texts[locale] === null);

export async function listDesigners(ctx: Ctx): Promise<DesignerView[]> {
  requireStaff(ctx.actor, MANAGE);
  return (await repo.designers(ctx.tx)).map(presentDesigner);
}

export async function createDesigner(ctx: Ctx, deps: CatalogAdminDeps, body: DesignerCreateBody): Promise<DesignerView> {
  requireStaff(ctx.actor, MANAGE);
  const slug = body.slug ?? firstFreeSlug(slugify(body.name), await admin.slugsLike(ctx.tx, 'catalog.designers', slugify(body.name)));
  await claimSlug(ctx, 'catalog.designers', slug, null);
  const now = ctx.clock.now();
  const id = newId('des', now.getTime());
  await admin.insertDesigner(ctx.tx, { id, slug, name: body.name, featured: body.featured ?? false, logo_media_id: null, created_at: now, updated_at: now });
  await admin.upsertDesignerTranslations(ctx.tx, designerTextRows(id, body.translations));
  deps.listings.forgetCaches();
  await deps.audit.recordAudit(ctx, { action: 'catalog.designer_created', subjectType: 'designer', subjectId: id, detail: { slug } });
  return designerView(ctx, id);
}

export async function updateDesigner(ctx: Ctx, deps: CatalogAdminDeps, designerId: string, body: DesignerPatchBody): Promise<DesignerView> {
  requireStaff(ctx.actor, MANAGE);
  const designer = (await repo.designers(ctx.tx)).find((d) => d.id === designerId);
  if (!designer) throw CatalogErrors.designer_not_found({ detail: `No designer ${designerId}.` });
  if (body.slug !== undefined) await claimSlug(ctx, 'catalog.designers', body.slug, designer.id);
  await admin.updateDesigner(ctx.tx, designer.id, { name: body.name ?? designer.name, slug: body.slug ?? designer.slug, featured: body.featured ?? designer.featured, updated_at: ctx.clock.now() });
  const texts = body.translations ?? {};
  await admin.upsertDesignerTranslations(ctx.tx, designerTextRows(designer.id, texts));
  await admin.deleteDesignerTranslations(ctx.tx, designer.id, removed(texts));
  deps.listings.forgetCaches();
  await deps.listings.refreshListings(ctx, await admin.productIdsOf(ctx.tx, { designerId: designer.id }));
  await deps.audit.recordAudit(ctx, { action: 'catalog.designer_updated', subjectType: 'designer', subjectId: designer.id, detail: { fields: Object.keys(body) } });
  return designerView(ctx, designer.id);
}

export async function listCategories(ctx: Ctx): Promise<CategoryView[]> {
  requireStaff(ctx.actor, MANAGE);
  const [categories, texts] = await Promise.all([repo.categories(ctx.tx), admin.categoryTranslations(ctx.tx)]);
  return categories.map((c) => presentCategory(c, texts));
}

export async function createCategory(ctx: Ctx, deps: CatalogAdminDeps, body: CategoryCreateBody): Promise<CategoryView> {
  requireStaff(ctx.actor, MANAGE);
  const categories = await repo.categories(ctx.tx);
  if (body.parentId && !categories.some((c) => c.id === body.parentId)) throw CatalogErrors.category_not_found({ detail: `No parent category ${body.parentId}.` });
  const base = slugify(body.translations.en.name);
  const slug = body.slug ?? firstFreeSlug(base, await admin.slugsLike(ctx.tx, 'catalog.categories', base));
  await claimSlug(ctx, 'catalog.categories', slug, null);
  const category: CategoryRow = { id: newId('cat', ctx.clock.now().getTime()), parent_id: body.parentId ?? null, slug, position: body.position ?? 0, created_at: ctx.clock.now() };
  await admin.insertCategory(ctx.tx, category);
  await admin.upsertCategoryTranslations(ctx.tx, categoryTextRows(category.id, body.translations));
  deps.listings.forgetCaches();
  await deps.audit.recordAudit(ctx, { action: 'catalog.category_created', subjectType: 'category', subjectId: category.id, detail: { slug, parentId: category.parent_id } });
  return categoryView(ctx, category);
}

/** Moving a category moves its whole subtree; it can never move below itself. */
export async function updateCategory(ctx: Ctx, deps: CatalogAdminDeps, categoryId: string, body: CategoryPatchBody): Promise<CategoryView> {
  requireStaff(ctx.actor, MANAGE);
  const categories = await repo.categories(ctx.tx);
  const category = categories.find((c) => c.id === categoryId);
  if (!category) throw CatalogErrors.category_not_found({ detail: `No category ${categoryId}.` });
  const subtree = subtreeOf(category.id, new Map(categories.map((c) => [c.id, c.parent_id])));
  if (body.parentId) {
    if (!categories.some((c) => c.id === body.parentId)) throw CatalogErrors.category_not_found({ detail: `No parent category ${body.parentId}.` });
    if (subtree.has(body.parentId)) throw CatalogErrors.category_cycle({ detail: 'The new parent is this category or one of its sub-categories.' });
  }
  if (body.slug !== undefined) await claimSlug(ctx, 'catalog.categories', body.slug, category.id);
  const changed: CategoryRow = {
    ...category, slug: body.slug ?? category.slug, parent_id: body.parentId === undefined ? category.parent_id : body.parentId, position: body.position ?? category.position,
  };
  await admin.updateCategory(ctx.tx, category.id, { slug: changed.slug, parent_id: changed.parent_id, position: changed.position });
  const texts = body.translations ?? {};
  await admin.upsertCategoryTranslations(ctx.tx, categoryTextRows(category.id, texts));
  await admin.deleteCategoryTranslations(ctx.tx, category.id, removed(texts));
  deps.listings.forgetCaches();
  // Listings hold every ancestor of a product's category and their names: the subtree's products follow.
  await deps.listings.refreshListings(ctx, await admin.productIdsOf(ctx.tx, { categoryIds: [...subtree] }));
  await deps.audit.recordAudit(ctx, { action: 'catalog.category_updated', subjectType: 'category', subjectId: category.id, detail: { fields: Object.keys(body) } });
  return categoryView(ctx, changed);
}

async function claimSlug(ctx: Ctx, table: 'catalog.designers' | 'catalog.categories', slug: string, ownId: string | null): Promise<void> {
  const owner = await admin.slugOwner(ctx.tx, table, slug);
  if (owner !== undefined && owner !== ownId) throw CatalogErrors.slug_taken({ detail: `The slug "${slug}" is taken.` });
}

async function designerView(ctx: Ctx, id: string): Promise<DesignerView> {
  return presentDesigner((await repo.designers(ctx.tx)).find((d) => d.id === id)!);
}

async function categoryView(ctx: Ctx, category: CategoryRow): Promise<CategoryView> {
  return presentCategory(category, await admin.categoryTranslations(ctx.tx, [category.id]));
}

function designerTextRows(designerId: string, texts: Partial<Record<Locale, DesignerText | null>>) {
  return given(texts).map(([locale, t]) => ({ designer_id: designerId, locale, local_name: t.localName ?? null, story: t.story }));
}

function categoryTextRows(categoryId: string, texts: Partial<Record<Locale, CategoryText | null>>) {
  return given(texts).map(([locale, t]) => ({ category_id: categoryId, locale, name: t.name, description: t.description ?? null }));
}
