import type { Insertable, Kysely } from 'kysely';
import type { Ctx } from '../../kernel/context.ts';
import type {
  CatalogTables, CategoriesTable, CategoryTranslationsTable, DesignersTable, DesignerTranslationsTable,
  NewMedia, NewProduct, NewVariant, ProductTranslationsTable,
} from './catalog.tables.ts';

type Db = Kysely<CatalogTables>;

/**
 * Rows per statement. PostgreSQL takes at most 65,535 parameters in one statement; a thousand
 * rows of our widest table (media, 12 columns) stay far below it, and bigger statements stop
 * getting faster on PGlite.
 */
export const LOAD_CHUNK = 1_000;

export interface DesignerLoad {
  designer: Insertable<DesignersTable>;
  translations: Omit<Insertable<DesignerTranslationsTable>, 'designer_id'>[];
}

export interface CategoryLoad {
  category: Insertable<CategoriesTable>;
  translations: Omit<Insertable<CategoryTranslationsTable>, 'category_id'>[];
}

export interface ProductLoad {
  product: NewProduct;
  translations: Omit<Insertable<ProductTranslationsTable>, 'product_id'>[];
}

async function insertChunked<T extends keyof CatalogTables & string>(db: Db, table: T, rows: readonly Insertable<CatalogTables[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += LOAD_CHUNK) {
    // Kysely cannot relate a generic table name to its row type; the signature above does.
    await db.insertInto(table).values(rows.slice(i, i + LOAD_CHUNK) as never).execute();
  }
}

/**
 * Bulk loading for demo data, benchmarks and imports, in the caller's transaction: plain
 * multi-row inserts, no per-row checks. The caller refreshes the storefront's listings after
 * (`refreshListings`), once the products' prices and stock are in place too.
 */
export const catalogLoad = {
  /** Designers and their stories per locale; their logos are loaded as media (`loadMedia`). */
  async loadDesigners(ctx: Ctx, designers: readonly DesignerLoad[]): Promise<void> {
    const db = ctx.tx as Db;
    await insertChunked(db, 'catalog.designers', designers.map((d) => d.designer));
    await insertChunked(db, 'catalog.designer_translations', designers.flatMap((d) => d.translations.map((t) => ({ ...t, designer_id: d.designer.id }))));
  },

  /** Categories parents first (the parent reference is checked row by row). */
  async loadCategories(ctx: Ctx, categories: readonly CategoryLoad[]): Promise<void> {
    const db = ctx.tx as Db;
    await insertChunked(db, 'catalog.categories', categories.map((c) => c.category));
    await insertChunked(db, 'catalog.category_translations', categories.flatMap((c) => c.translations.map((t) => ({ ...t, category_id: c.category.id }))));
  },

  async loadProducts(ctx: Ctx, products: readonly ProductLoad[]): Promise<void> {
    const db = ctx.tx as Db;
    await insertChunked(db, 'catalog.products', products.map((p) => p.product));
    await insertChunked(db, 'catalog.product_translations', products.flatMap((p) => p.translations.map((t) => ({ ...t, product_id: p.product.id }))));
  },

  async loadVariants(ctx: Ctx, variants: readonly NewVariant[]): Promise<void> {
    await insertChunked(ctx.tx as Db, 'catalog.variants', variants);
  },

  /** Product images and designer logos; a generated image's recipe is kept as JSON. */
  async loadMedia(ctx: Ctx, media: readonly NewMedia[]): Promise<void> {
    await insertChunked(ctx.tx as Db, 'catalog.media', media);
  },

  /** Ids of designers and categories already in the catalogue, by slug (loads are additive). */
  async referenceIds(ctx: Ctx): Promise<{ designers: Map<string, string>; categories: Map<string, string> }> {
    const db = ctx.tx as Db;
    const [designers, categories] = await Promise.all([
      db.selectFrom('catalog.designers').select(['id', 'slug']).execute(),
      db.selectFrom('catalog.categories').select(['id', 'slug']).execute(),
    ]);
    return { designers: new Map(designers.map((d) => [d.slug, d.id])), categories: new Map(categories.map((c) => [c.slug, c.id])) };
  },

  /** Whether any of these product slugs is taken, to refuse a second load of the same set. */
  async productSlugsTaken(ctx: Ctx, slugs: readonly string[]): Promise<boolean> {
    if (slugs.length === 0) return false;
    const row = await (ctx.tx as Db).selectFrom('catalog.products').select('id').where('slug', 'in', slugs).limit(1).executeTakeFirst();
    return row !== undefined;
  },
};
