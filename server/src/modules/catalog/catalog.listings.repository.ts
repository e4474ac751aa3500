import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { CatalogTables } from './catalog.tables.ts';

type Db = Kysely<CatalogTables>;
type Eb = ExpressionBuilder<CatalogTables & { l: CatalogTables['catalog.listings'] }, 'l'>;

/** What a listing is narrowed by; every field optional but the instant that decides visibility. */
export interface ListingFilter {
  now: Date;
  categoryId?: string | undefined;
  designerIds?: readonly string[] | undefined;
  sizes?: readonly string[] | undefined;
  colours?: readonly string[] | undefined;
  sellers?: readonly string[] | undefined;
  inStock?: boolean | undefined;
  /** Bounds in the minor units of `currency`, whose price list the listing reads. */
  price?: { currency: string; min?: number | undefined; max?: number | undefined } | undefined;
  search?: { latin: string | null; han: string | null } | undefined;
}

export type FacetName = 'category' | 'designer' | 'size' | 'colour' | 'seller' | 'inStock' | 'price';

export interface ListingRowInput {
  product_id: string;
  visible_from: Date | null;
  designer_id: string;
  category_ids: string[];
  seller: string;
  sizes: string[];
  colours: string[];
  in_stock: boolean;
  popularity: number;
  /** Texts of the search document by weight: A names, B categories and Chinese, C the rest. */
  text: { names: string; namesSimple: string; categories: string; han: string; details: string };
}

export type ListingSort =
  | { by: 'newest'; after?: [string, string] | undefined }
  | { by: 'popular'; after?: [number, string] | undefined }
  | { by: 'price_asc' | 'price_desc'; currency: string; after?: [number, string] | undefined }
  | { by: 'relevance'; offset: number };

export interface PageRow {
  product_id: string;
  /** The value the page is ordered by, for the next cursor. */
  sort_value: string | number | null;
}

function searchQuery(search: NonNullable<ListingFilter['search']>): Expression<unknown> {
  const parts = [];
  if (search.latin) parts.push(sql`to_tsquery('english', ${search.latin})`);
  if (search.han) parts.push(sql`to_tsquery('simple', ${search.han})`);
  return sql.join(parts, sql` && `);
}

/** The conditions of a filter, leaving out one facet's own (facet counts ignore their own choice). */
function conditions(eb: Eb, filter: ListingFilter, except?: FacetName): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [eb('l.visible_from', '<=', filter.now)];
  if (filter.categoryId && except !== 'category') all.push(sql<SqlBool>`l.category_ids @> array[${filter.categoryId}]::text[]`);
  if (filter.designerIds?.length && except !== 'designer') all.push(eb('l.designer_id', 'in', filter.designerIds));
  if (filter.sizes?.length && except !== 'size') all.push(sql<SqlBool>`l.sizes && ${sql.val(filter.sizes)}::text[]`);
  if (filter.colours?.length && except !== 'colour') all.push(sql<SqlBool>`l.colours && ${sql.val(filter.colours)}::text[]`);
  if (filter.sellers?.length && except !== 'seller') all.push(eb('l.seller', 'in', filter.sellers));
  if (filter.inStock && except !== 'inStock') all.push(eb('l.in_stock', '=', true));
  const price = filter.price;
  if (price && (price.min !== undefined || price.max !== undefined) && except !== 'price') {
    all.push(sql<SqlBool>`exists (select 1 from catalog.listing_prices lp where lp.product_id = l.product_id and lp.currency = ${price.currency}
      and lp.amount >= ${price.min ?? 0} and lp.amount <= ${price.max ?? Number.MAX_SAFE_INTEGER})`);
  }
  if (filter.search) all.push(sql<SqlBool>`l.search_document @@ (${searchQuery(filter.search)})`);
  return eb.and(all);
}

/** All SQL of the storefront's read model. */
export const listingsRepository = {
  async upsert(db: Db, rows: readonly ListingRowInput[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insertInto('catalog.listings')
      .values(rows.map(({ text, ...row }) => ({
        ...row,
        refreshed_at: at,
        search_document: sql<string>`setweight(to_tsvector('english', ${text.names}), 'A') || setweight(to_tsvector('simple', ${text.namesSimple}), 'A')
          || setweight(to_tsvector('english', ${text.categories}), 'B') || setweight(to_tsvector('simple', ${text.han}), 'B')
          || setweight(to_tsvector('english', ${text.details}), 'C')`,
      })))
      .onConflict((oc) => oc.column('product_id').doUpdateSet((eb) => ({
        visible_from: eb.ref('excluded.visible_from'), designer_id: eb.ref('excluded.designer_id'), category_ids: eb.ref('excluded.category_ids'),
        seller: eb.ref('excluded.seller'), sizes: eb.ref('excluded.sizes'), colours: eb.ref('excluded.colours'), in_stock: eb.ref('excluded.in_stock'),
        popularity: eb.ref('excluded.popularity'), search_document: eb.ref('excluded.search_document'), refreshed_at: eb.ref('excluded.refreshed_at'),
      })))
      .execute();
  },

  async replacePrices(db: Db, productIds: readonly string[], rows: readonly { product_id: string; currency: string; amount: bigint }[]): Promise<void> {
    if (productIds.length === 0) return;
    await db.deleteFrom('catalog.listing_prices').where('product_id', 'in', productIds).execute();
    if (rows.length) await db.insertInto('catalog.listing_prices').values(rows).execute();
  },

  async addSearchTerms(db: Db, terms: readonly string[]): Promise<void> {
    if (terms.length === 0) return;
    await db.insertInto('catalog.search_terms').values(terms.map((term) => ({ term }))).onConflict((oc) => oc.column('term').doNothing()).execute();
  },

  /** Which of the words the catalogue knows. */
  async knownTerms(db: Db, words: readonly string[]): Promise<Set<string>> {
    if (words.length === 0) return new Set();
    const rows = await db.selectFrom('catalog.search_terms').select('term').where('term', 'in', words).execute();
    return new Set(rows.map((r) => r.term));
  },

  /** The catalogue's word nearest to a misspelt one, by trigram similarity (at least 0.3, pg_trgm's default). */
  async nearestTerm(db: Db, word: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('catalog.search_terms')
      .select('term')
      .where(sql<SqlBool>`term % ${word}`)
      .orderBy(sql`similarity(term, ${word})`, 'desc')
      .orderBy('term')
      .limit(1)
      .executeTakeFirst();
    return row?.term;
  },

  /** One page of product ids in the order asked for, one more than `limit` to tell if more follow. */
  async page(db: Db, filter: ListingFilter, sort: ListingSort, limit: number): Promise<PageRow[]> {
    let query = db.selectFrom('catalog.listings as l').where((eb) => conditions(eb as Eb, filter)).select('l.product_id').limit(limit + 1);
    switch (sort.by) {
      case 'newest': {
        const after = sort.after;
        query = query.select(sql<string>`to_char(l.visible_from at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as('sort_value'))
          .$if(after !== undefined, (q) => q.where(sql<SqlBool>`(l.visible_from, l.product_id) < (${after![0]}::timestamp at time zone 'UTC', ${after![1]})`))
          .orderBy('l.visible_from', 'desc').orderBy('l.product_id', 'desc');
        break;
      }
      case 'popular': {
        const after = sort.after;
        query = query.select('l.popularity as sort_value')
          .$if(after !== undefined, (q) => q.where(sql<SqlBool>`(l.popularity, l.product_id) < (${after![0]}, ${after![1]})`))
          .orderBy('l.popularity', 'desc').orderBy('l.product_id', 'desc');
        break;
      }
      case 'price_asc':
      case 'price_desc': {
        const after = sort.after;
        const ascending = sort.by === 'price_asc';
        query = query.innerJoin('catalog.listing_prices as lp', (j) => j.onRef('lp.product_id', '=', 'l.product_id').on('lp.currency', '=', sort.currency))
          .select(sql<number>`lp.amount::float8`.as('sort_value'))
          .$if(after !== undefined, (q) => q.where(ascending
            ? sql<SqlBool>`(lp.amount, l.product_id) > (${after![0]}, ${after![1]})`
            : sql<SqlBool>`(lp.amount, l.product_id) < (${after![0]}, ${after![1]})`))
          .orderBy('lp.amount', ascending ? 'asc' : 'desc').orderBy('l.product_id', ascending ? 'asc' : 'desc');
        break;
      }
      case 'relevance': {
        const rank = filter.search ? sql<number>`ts_rank_cd(l.search_document, ${searchQuery(filter.search)})` : sql<number>`0`;
        query = query.select(sql<null>`null`.as('sort_value'))
          .orderBy(rank, 'desc').orderBy('l.popularity', 'desc').orderBy('l.product_id', 'desc').offset(sort.offset);
        break;
      }
    }
    return (await query.execute()) as PageRow[];
  },

  async count(db: Db, filter: ListingFilter): Promise<number> {
    const row = await db.selectFrom('catalog.listings as l').where((eb) => conditions(eb as Eb, filter)).select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Counts per value of a facet, over the products matching every other chosen filter. */
  async facetCounts(db: Db, filter: ListingFilter, facet: 'category' | 'designer' | 'size' | 'colour' | 'seller'): Promise<Map<string, number>> {
    const value = {
      category: sql<string>`unnest(l.category_ids)`,
      designer: sql<string>`l.designer_id`,
      size: sql<string>`unnest(l.sizes)`,
      colour: sql<string>`unnest(l.colours)`,
      seller: sql<string>`l.seller`,
    }[facet];
    // The category facet shows the chosen category's children, all inside it: counting within it
    // gives the same numbers as ignoring the choice, without counting the whole catalogue.
    const except = facet === 'category' ? undefined : facet;
    const values = db.selectFrom('catalog.listings as l').where((eb) => conditions(eb as Eb, filter, except)).select(value.as('value'));
    const rows = await db.selectFrom(values.as('v')).select(['v.value', (eb) => eb.fn.countAll<bigint>().as('n')]).groupBy('v.value').execute();
    return new Map(rows.map((r) => [r.value, Number(r.n)]));
  },

  async inStockCount(db: Db, filter: ListingFilter): Promise<number> {
    return this.count(db, { ...filter, inStock: true });
  },

  /** The lowest and highest from-price over the products matching every other filter. */
  async priceRange(db: Db, filter: ListingFilter, currency: string): Promise<{ min: number | null; max: number | null }> {
    const row = await db
      .selectFrom('catalog.listings as l')
      .innerJoin('catalog.listing_prices as lp', (j) => j.onRef('lp.product_id', '=', 'l.product_id').on('lp.currency', '=', currency))
      .where((eb) => conditions(eb as Eb, filter, 'price'))
      .select([sql<string | null>`min(lp.amount)::text`.as('min'), sql<string | null>`max(lp.amount)::text`.as('max')])
      .executeTakeFirstOrThrow();
    return { min: row.min === null ? null : Number(row.min), max: row.max === null ? null : Number(row.max) };
  },
};
