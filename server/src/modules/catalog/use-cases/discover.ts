import type { Ctx } from '../../../kernel/context.ts';
import { CatalogErrors } from '../catalog.errors.ts';
import { listingsRepository as listings } from '../catalog.listings.repository.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import { categoryName, designerName, designerStory, type CatalogReference } from '../catalog.reference.ts';
import type { CategoryNode } from '../catalog.schemas.ts';
import { foldLatin, hasHan } from '../catalog.search.ts';
import type { Locale } from '../catalog.tables.ts';
import { imageOf } from './product-cards.ts';
import { parseSearch } from './search-query.ts';

/** Designers, categories and suggestions: the ways into the catalogue besides a listing. */

export async function designerDirectory(ctx: Ctx, reference: CatalogReference, locale: Locale) {
  const counts = await listings.facetCounts(ctx.tx, { now: ctx.clock.now() }, 'designer');
  const logos = await logosOf(ctx, reference);
  return [...reference.designers.values()].map((d) => ({
    slug: d.slug, name: d.name, localName: designerName(d, locale) === d.name ? null : designerName(d, locale),
    featured: d.featured, logo: logos.get(d.id) ?? null, products: counts.get(d.id) ?? 0,
  }));
}

/** One designer with its story; the directory (and its counts) comes from the caller's cache. */
export async function designerProfile(reference: CatalogReference, slug: string, locale: Locale, directoryOf: () => Promise<Awaited<ReturnType<typeof designerDirectory>>>) {
  const designer = reference.designersBySlug.get(slug);
  if (!designer) throw CatalogErrors.designer_not_found();
  const directory = await directoryOf();
  return { ...directory.find((d) => d.slug === slug)!, story: designerStory(designer, locale) };
}

async function logosOf(ctx: Ctx, reference: CatalogReference) {
  const designers = [...reference.designers.values()].filter((d) => d.logo_media_id);
  const media = new Map((await repo.mediaByIds(ctx.tx, designers.map((d) => d.logo_media_id!))).map((m) => [m.id, m]));
  return new Map(designers.flatMap((d) => {
    const logo = media.get(d.logo_media_id!);
    return logo ? [[d.id, imageOf(logo, d.name)] as const] : [];
  }));
}

/** The category tree with the number of products on sale in each (sub-categories included). */
export async function categoryTree(ctx: Ctx, reference: CatalogReference, locale: Locale): Promise<CategoryNode[]> {
  const counts = await listings.facetCounts(ctx.tx, { now: ctx.clock.now() }, 'category');
  // Three levels at most (department, category, kind), as the API documents.
  const node = (parent: string | null, depth: number): CategoryNode[] =>
    (reference.children.get(parent) ?? []).map((c) => ({
      slug: c.slug, name: categoryName(c, locale), products: counts.get(c.id) ?? 0, children: depth < 3 ? node(c.id, depth + 1) : [],
    }));
  return node(null, 1);
}

/** Suggestions as the customer types: designers and categories by name, then matching products. */
export async function suggest(ctx: Ctx, reference: CatalogReference, q: string, locale: Locale) {
  const folded = foldLatin(q.trim());
  const matches = (text: string) => foldLatin(text).split(/\s+/).some((word) => word.startsWith(folded)) || foldLatin(text).startsWith(folded);
  const designers = [...reference.designers.values()]
    .filter((d) => matches(d.name) || d.names.some((n) => n.local_name && n.local_name.includes(q.trim())))
    .slice(0, 5)
    .map((d) => ({ slug: d.slug, name: designerName(d, locale) }));
  const categories = [...reference.categories.values()]
    // Latin names match by word prefix ("cel" is not "Bracelets"); Chinese, which has no words, anywhere.
    .filter((c) => c.names.some((n) => matches(n.name) || (hasHan(q) && n.name.includes(q.trim()))))
    .slice(0, 5)
    .map((c) => ({ slug: c.slug, name: categoryName(c, locale) }));
  const search = await parseSearch(ctx, q);
  const rows = search.empty ? [] : await listings.page(ctx.tx, { now: ctx.clock.now(), search: search.tsquery }, { by: 'relevance', offset: 0 }, 5);
  const ids = rows.slice(0, 5).map((r) => r.product_id);
  const [products, translations] = await Promise.all([repo.productsByIds(ctx.tx, ids), repo.translations(ctx.tx, ids, [...new Set<Locale>(['en', locale])])]);
  return {
    designers,
    categories,
    products: ids.flatMap((id) => {
      const p = products.find((x) => x.id === id);
      const t = translations.find((x) => x.product_id === id && x.locale === locale) ?? translations.find((x) => x.product_id === id);
      const d = p && reference.designers.get(p.designer_id);
      return p && t && d ? [{ slug: p.slug, name: t.name, designer: designerName(d, locale) }] : [];
    }),
  };
}
