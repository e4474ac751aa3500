import type { Ctx } from '../../kernel/context.ts';
import { catalogRepository as repo, type CategoryWithNames, type DesignerWithNames } from './catalog.repository.ts';
import type { Locale } from './catalog.tables.ts';

/**
 * Designers and categories, read on every page and changed a few times a day: kept in memory for
 * a few seconds (CAT-1 allows no more), and dropped at once when this process changes them.
 */
export interface CatalogReference {
  designers: Map<string, DesignerWithNames>;
  designersBySlug: Map<string, DesignerWithNames>;
  categories: Map<string, CategoryWithNames>;
  categoriesBySlug: Map<string, CategoryWithNames>;
  children: Map<string | null, CategoryWithNames[]>;
}

export function referenceCache(ttlMs: number) {
  let cached: { value: CatalogReference; loadedAt: number } | undefined;
  return {
    async get(ctx: Ctx): Promise<CatalogReference> {
      if (cached && Date.now() - cached.loadedAt < ttlMs) return cached.value;
      const [designers, categories] = await Promise.all([repo.designers(ctx.tx), repo.categories(ctx.tx)]);
      const children = new Map<string | null, CategoryWithNames[]>();
      for (const c of categories) children.set(c.parent_id, [...(children.get(c.parent_id) ?? []), c]);
      const value: CatalogReference = {
        designers: new Map(designers.map((d) => [d.id, d])),
        designersBySlug: new Map(designers.map((d) => [d.slug, d])),
        categories: new Map(categories.map((c) => [c.id, c])),
        categoriesBySlug: new Map(categories.map((c) => [c.slug, c])),
        children,
      };
      cached = { value, loadedAt: Date.now() };
      return value;
    },
    forget(): void {
      cached = undefined;
    },
  };
}

/** The category and its ancestors, root first. */
export function categoryTrail(reference: CatalogReference, categoryId: string): CategoryWithNames[] {
  const trail: CategoryWithNames[] = [];
  for (let c = reference.categories.get(categoryId); c; c = c.parent_id ? reference.categories.get(c.parent_id) : undefined) {
    trail.unshift(c);
    if (trail.length > 20) break; // a cycle would be a data error; never loop forever on it
  }
  return trail;
}

export function categoryName(category: CategoryWithNames, locale: Locale): string {
  return (category.names.find((n) => n.locale === locale) ?? category.names.find((n) => n.locale === 'en'))?.name ?? category.slug;
}

/** A designer's name as a reader of `locale` knows it: the Chinese name where one is given. */
export function designerName(designer: DesignerWithNames, locale: Locale): string {
  return designer.names.find((n) => n.locale === locale)?.local_name || designer.name;
}

export function designerStory(designer: DesignerWithNames, locale: Locale): string {
  return (designer.names.find((n) => n.locale === locale) ?? designer.names.find((n) => n.locale === 'en'))?.story ?? '';
}
