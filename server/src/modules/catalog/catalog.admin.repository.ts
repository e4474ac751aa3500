import { sql, type Kysely, type SqlBool, type Updateable } from 'kysely';
import type {
  CatalogTables, CategoriesTable, CategoryTranslationsTable, DesignersTable, DesignerTranslationsTable, Locale, NewMedia, NewProduct, NewVariant,
  ProductRow, ProductStatus, ProductsTable, ProductTranslationsTable, VariantRow, VariantsTable,
} from './catalog.tables.ts';

type Db = Kysely<CatalogTables>;

export interface AdminProductFilter {
  q?: string | undefined;
  status?: ProductStatus | undefined;
  designerId?: string | undefined;
  categoryIds?: readonly string[] | undefined;
  /** 'shop' or a supplier organisation id. */
  seller?: string | undefined;
  after?: { updatedAt: Date; id: string } | undefined;
}

export interface AdminProductListRow extends ProductRow {
  name: string | null;
  designer_name: string;
  variant_count: number;
}

/** Escapes LIKE's wildcards so a search for "50%" means the characters. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The backstage's SQL: writes to the catalogue and the lists staff work from. */
export const catalogAdminRepository = {
  async productById(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<ProductRow | undefined> {
    return db.selectFrom('catalog.products').selectAll().where('id', '=', id).$if(options.forUpdate === true, (q) => q.forUpdate()).executeTakeFirst();
  },

  async productsBySlugs(db: Db, slugs: readonly string[]): Promise<ProductRow[]> {
    if (slugs.length === 0) return [];
    return db.selectFrom('catalog.products').selectAll().where('slug', 'in', slugs).execute();
  },

  /** Slugs of a table equal to `base` or `base-…`, to find the first free one. */
  async slugsLike(db: Db, table: 'catalog.products' | 'catalog.designers' | 'catalog.categories', base: string): Promise<Set<string>> {
    const rows = await db.selectFrom(table).select('slug').where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${likeEscaped(base)}-%`)])).execute();
    return new Set(rows.map((r) => r.slug));
  },

  async slugOwner(db: Db, table: 'catalog.products' | 'catalog.designers' | 'catalog.categories', slug: string): Promise<string | undefined> {
    return (await db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirst())?.id;
  },

  async insertProducts(db: Db, rows: readonly NewProduct[]): Promise<void> {
    if (rows.length) await db.insertInto('catalog.products').values(rows).execute();
  },

  async updateProduct(db: Db, id: string, patch: Updateable<ProductsTable>): Promise<void> {
    await db.updateTable('catalog.products').set(patch).where('id', '=', id).execute();
  },

  async upsertProductTranslations(db: Db, rows: readonly ProductTranslationsTable[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insertInto('catalog.product_translations').values(rows).onConflict((oc) => oc.columns(['product_id', 'locale']).doUpdateSet((eb) => ({
      name: eb.ref('excluded.name'), description: eb.ref('excluded.description'), composition: eb.ref('excluded.composition'),
      care: eb.ref('excluded.care'), seo_title: eb.ref('excluded.seo_title'), seo_description: eb.ref('excluded.seo_description'),
    }))).execute();
  },

  async deleteProductTranslations(db: Db, productId: string, locales: readonly Locale[]): Promise<void> {
    if (locales.length) await db.deleteFrom('catalog.product_translations').where('product_id', '=', productId).where('locale', 'in', locales).execute();
  },

  /** One page of the backstage list, last changed first, one more than `limit` to tell if more follow. */
  async productPage(db: Db, filter: AdminProductFilter, limit: number): Promise<AdminProductListRow[]> {
    const q = filter.q?.trim();
    const rows = await db
      .selectFrom('catalog.products as p')
      .innerJoin('catalog.designers as d', 'd.id', 'p.designer_id')
      .leftJoin('catalog.product_translations as t', (j) => j.onRef('t.product_id', '=', 'p.id').on('t.locale', '=', 'en'))
      .selectAll('p')
      .select(['t.name', 'd.name as designer_name'])
      .select((eb) => eb.selectFrom('catalog.variants as v').whereRef('v.product_id', '=', 'p.id').select(eb.fn.countAll<string>().as('n')).as('variant_count'))
      .$if(Boolean(q), (qb) => qb.where((eb) => eb.or([
        eb('t.name', 'ilike', `%${likeEscaped(q!)}%`),
        eb.exists(eb.selectFrom('catalog.variants as v').select('v.id').whereRef('v.product_id', '=', 'p.id').where('v.sku', 'ilike', `${likeEscaped(q!)}%`)),
      ])))
      .$if(filter.status !== undefined, (qb) => qb.where('p.status', '=', filter.status!))
      .$if(filter.designerId !== undefined, (qb) => qb.where('p.designer_id', '=', filter.designerId!))
      .$if(filter.categoryIds !== undefined, (qb) => qb.where('p.category_id', 'in', filter.categoryIds!))
      .$if(filter.seller === 'shop', (qb) => qb.where('p.seller_supplier_id', 'is', null))
      .$if(filter.seller !== undefined && filter.seller !== 'shop', (qb) => qb.where('p.seller_supplier_id', '=', filter.seller!))
      .$if(filter.after !== undefined, (qb) => qb.where(sql<SqlBool>`(p.updated_at, p.id) < (${filter.after!.updatedAt}, ${filter.after!.id})`))
      .orderBy('p.updated_at', 'desc')
      .orderBy('p.id', 'desc')
      .limit(limit + 1)
      .execute();
    return rows.map((r) => ({ ...r, variant_count: Number(r.variant_count ?? 0) }));
  },

  async variantById(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<VariantRow | undefined> {
    return db.selectFrom('catalog.variants').selectAll().where('id', '=', id).$if(options.forUpdate === true, (q) => q.forUpdate()).executeTakeFirst();
  },

  async variantsBySkus(db: Db, skus: readonly string[]): Promise<VariantRow[]> {
    if (skus.length === 0) return [];
    return db.selectFrom('catalog.variants').selectAll().where('sku', 'in', skus).execute();
  },

  async variantsByGtins(db: Db, gtins: readonly string[]): Promise<VariantRow[]> {
    if (gtins.length === 0) return [];
    return db.selectFrom('catalog.variants').selectAll().where('gtin', 'in', gtins).execute();
  },

  async nextVariantPosition(db: Db, productId: string): Promise<number> {
    const row = await db.selectFrom('catalog.variants').select((eb) => eb.fn.max('position').as('last')).where('product_id', '=', productId).executeTakeFirst();
    return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
  },

  async insertVariants(db: Db, rows: readonly NewVariant[]): Promise<void> {
    if (rows.length) await db.insertInto('catalog.variants').values(rows).execute();
  },

  async updateVariant(db: Db, id: string, patch: Updateable<VariantsTable>): Promise<void> {
    if (Object.keys(patch).length) await db.updateTable('catalog.variants').set(patch).where('id', '=', id).execute();
  },

  async touchProducts(db: Db, ids: readonly string[], at: Date): Promise<void> {
    if (ids.length) await db.updateTable('catalog.products').set({ updated_at: at }).where('id', 'in', ids).execute();
  },

  async insertMedia(db: Db, row: NewMedia): Promise<void> {
    await db.insertInto('catalog.media').values(row).execute();
  },

  async nextMediaPosition(db: Db, productId: string): Promise<number> {
    const row = await db.selectFrom('catalog.media').select((eb) => eb.fn.max('position').as('last')).where('product_id', '=', productId).executeTakeFirst();
    return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
  },

  async deleteMedia(db: Db, id: string): Promise<void> {
    await db.deleteFrom('catalog.media').where('id', '=', id).execute();
  },

  async setMediaPositions(db: Db, ids: readonly string[]): Promise<void> {
    for (const [position, id] of ids.entries()) await db.updateTable('catalog.media').set({ position }).where('id', '=', id).execute();
  },

  async insertDesigner(db: Db, row: DesignersTable): Promise<void> {
    await db.insertInto('catalog.designers').values(row).execute();
  },

  async updateDesigner(db: Db, id: string, patch: Updateable<DesignersTable>): Promise<void> {
    await db.updateTable('catalog.designers').set(patch).where('id', '=', id).execute();
  },

  async upsertDesignerTranslations(db: Db, rows: readonly DesignerTranslationsTable[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insertInto('catalog.designer_translations').values(rows).onConflict((oc) => oc.columns(['designer_id', 'locale']).doUpdateSet((eb) => ({
      local_name: eb.ref('excluded.local_name'), story: eb.ref('excluded.story'),
    }))).execute();
  },

  async deleteDesignerTranslations(db: Db, designerId: string, locales: readonly Locale[]): Promise<void> {
    if (locales.length) await db.deleteFrom('catalog.designer_translations').where('designer_id', '=', designerId).where('locale', 'in', locales).execute();
  },

  async insertCategory(db: Db, row: CategoriesTable): Promise<void> {
    await db.insertInto('catalog.categories').values(row).execute();
  },

  async updateCategory(db: Db, id: string, patch: Updateable<CategoriesTable>): Promise<void> {
    if (Object.keys(patch).length) await db.updateTable('catalog.categories').set(patch).where('id', '=', id).execute();
  },

  async upsertCategoryTranslations(db: Db, rows: readonly CategoryTranslationsTable[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insertInto('catalog.category_translations').values(rows).onConflict((oc) => oc.columns(['category_id', 'locale']).doUpdateSet((eb) => ({
      name: eb.ref('excluded.name'), description: eb.ref('excluded.description'),
    }))).execute();
  },

  async deleteCategoryTranslations(db: Db, categoryId: string, locales: readonly Locale[]): Promise<void> {
    if (locales.length) await db.deleteFrom('catalog.category_translations').where('category_id', '=', categoryId).where('locale', 'in', locales).execute();
  },

  async categoryTranslations(db: Db, categoryIds?: readonly string[]): Promise<CategoryTranslationsTable[]> {
    if (categoryIds?.length === 0) return [];
    return db.selectFrom('catalog.category_translations').selectAll().$if(categoryIds !== undefined, (q) => q.where('category_id', 'in', categoryIds!)).execute();
  },

  /** Products whose storefront rows show a designer's or a category's texts. */
  async productIdsOf(db: Db, filter: { designerId?: string; categoryIds?: readonly string[] }): Promise<string[]> {
    const rows = await db.selectFrom('catalog.products').select('id')
      .$if(filter.designerId !== undefined, (q) => q.where('designer_id', '=', filter.designerId!))
      .$if(filter.categoryIds !== undefined, (q) => q.where('category_id', 'in', filter.categoryIds!.length ? filter.categoryIds! : ['']))
      .execute();
    return rows.map((r) => r.id);
  },

  /** Products by slug, a batch at a time, for the export. */
  async productsAfterSlug(db: Db, afterSlug: string | null, limit: number): Promise<ProductRow[]> {
    return db.selectFrom('catalog.products').selectAll().$if(afterSlug !== null, (q) => q.where('slug', '>', afterSlug!)).orderBy('slug').limit(limit).execute();
  },

  /** Variants by SKU, a batch at a time, for the price and stock exports. */
  async variantsAfterSku(db: Db, afterSku: string | null, limit: number): Promise<VariantRow[]> {
    return db.selectFrom('catalog.variants').selectAll().$if(afterSku !== null, (q) => q.where('sku', '>', afterSku!)).orderBy('sku').limit(limit).execute();
  },
};
