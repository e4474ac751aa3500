import { sql, type Kysely, type SqlBool } from 'kysely';
import type {
  CatalogTables, CategoryRow, DesignerRow, Locale, MediaRow, ProductRow, ProductTranslationRow, VariantRow,
} from './catalog.tables.ts';

type Db = Kysely<CatalogTables>;

export interface DesignerWithNames extends DesignerRow {
  names: { locale: Locale; local_name: string | null; story: string }[];
}

export interface CategoryWithNames extends CategoryRow {
  names: { locale: Locale; name: string }[];
}

/** All SQL of the catalogue's products, designers and categories. */
export const catalogRepository = {
  async productsByIds(db: Db, ids: readonly string[]): Promise<ProductRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('catalog.products').selectAll().where('id', 'in', ids).execute();
  },

  async productBySlug(db: Db, slug: string): Promise<ProductRow | undefined> {
    return db.selectFrom('catalog.products').selectAll().where('slug', '=', slug).executeTakeFirst();
  },

  /** Translations of the products in these locales (callers fall back to English). */
  async translations(db: Db, productIds: readonly string[], locales: readonly Locale[]): Promise<ProductTranslationRow[]> {
    if (productIds.length === 0) return [];
    return db.selectFrom('catalog.product_translations').selectAll().where('product_id', 'in', productIds).where('locale', 'in', locales).execute();
  },

  async variantsOf(db: Db, productIds: readonly string[]): Promise<VariantRow[]> {
    if (productIds.length === 0) return [];
    return db.selectFrom('catalog.variants').selectAll().where('product_id', 'in', productIds).orderBy('product_id').orderBy('position').execute();
  },

  async variantsByIds(db: Db, ids: readonly string[]): Promise<VariantRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('catalog.variants').selectAll().where('id', 'in', ids).execute();
  },

  async mediaOf(db: Db, productIds: readonly string[]): Promise<MediaRow[]> {
    if (productIds.length === 0) return [];
    return db.selectFrom('catalog.media').selectAll().where('product_id', 'in', productIds).orderBy('product_id').orderBy('position').execute();
  },

  /** The first image of each product, for cards. */
  async coverImages(db: Db, productIds: readonly string[]): Promise<MediaRow[]> {
    if (productIds.length === 0) return [];
    return db.selectFrom('catalog.media').distinctOn('product_id').selectAll()
      .where('product_id', 'in', productIds).orderBy('product_id').orderBy('position').execute();
  },

  async productIdsOfVariants(db: Db, variantIds: readonly string[]): Promise<string[]> {
    if (variantIds.length === 0) return [];
    const rows = await db.selectFrom('catalog.variants').select('product_id').distinct().where('id', 'in', variantIds).execute();
    return rows.map((r) => r.product_id);
  },

  async mediaByIds(db: Db, ids: readonly string[]): Promise<MediaRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('catalog.media').selectAll().where('id', 'in', ids).execute();
  },

  async mediaById(db: Db, id: string): Promise<MediaRow | undefined> {
    return db.selectFrom('catalog.media').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async designers(db: Db): Promise<DesignerWithNames[]> {
    const [designers, names] = await Promise.all([
      db.selectFrom('catalog.designers').selectAll().orderBy('name').execute(),
      db.selectFrom('catalog.designer_translations').selectAll().execute(),
    ]);
    return designers.map((d) => ({ ...d, names: names.filter((n) => n.designer_id === d.id) }));
  },

  async categories(db: Db): Promise<CategoryWithNames[]> {
    const [categories, names] = await Promise.all([
      db.selectFrom('catalog.categories').selectAll().orderBy('position').orderBy('slug').execute(),
      db.selectFrom('catalog.category_translations').select(['category_id', 'locale', 'name']).execute(),
    ]);
    return categories.map((c) => ({ ...c, names: names.filter((n) => n.category_id === c.id) }));
  },

  /**
   * Other products on sale of the same designer, then of the same category, most popular first.
   * Two index-served queries rather than one `or`, which would read every listing.
   */
  async relatedProductIds(db: Db, product: ProductRow, now: Date, limit: number): Promise<string[]> {
    const sameDesigner = await db
      .selectFrom('catalog.listings as l')
      .select('l.product_id')
      .where('l.designer_id', '=', product.designer_id)
      .where('l.visible_from', '<=', now)
      .where('l.product_id', '!=', product.id)
      .orderBy('l.popularity', 'desc')
      .orderBy('l.product_id', 'desc')
      .limit(limit)
      .execute();
    const ids = sameDesigner.map((r) => r.product_id);
    if (ids.length >= limit) return ids;
    const sameCategory = await db
      .selectFrom('catalog.listings as l')
      .select('l.product_id')
      .where(sql<SqlBool>`l.category_ids @> array[${product.category_id}]::text[]`)
      .where('l.visible_from', '<=', now)
      .where('l.product_id', 'not in', [product.id, ...ids])
      .orderBy('l.popularity', 'desc')
      .orderBy('l.product_id', 'desc')
      .limit(limit - ids.length)
      .execute();
    return [...ids, ...sameCategory.map((r) => r.product_id)];
  },

  /** Slugs of the products on sale, in pages, for the sitemap. */
  async visibleSlugs(db: Db, now: Date, afterSlug: string | null, limit: number): Promise<{ slug: string; updated_at: Date }[]> {
    return db
      .selectFrom('catalog.listings as l')
      .innerJoin('catalog.products as p', 'p.id', 'l.product_id')
      .select(['p.slug', 'p.updated_at'])
      .where('l.visible_from', '<=', now)
      .$if(afterSlug !== null, (q) => q.where('p.slug', '>', afterSlug!))
      .orderBy('p.slug')
      .limit(limit)
      .execute();
  },
};
