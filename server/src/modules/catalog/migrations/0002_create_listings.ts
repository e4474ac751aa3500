import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * The storefront's read model: one row per product with what listings filter, sort and count on,
 * refreshed in the transaction that changes the product, its prices or its stock. Every listing,
 * facet and search query reads these tables only, through the indexes below.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create extension if not exists pg_trgm;

    create table catalog.listings (
      product_id text primary key references catalog.products (id) on delete cascade,
      -- Null while a draft or archived; a future instant for a scheduled product.
      visible_from timestamptz,
      designer_id text not null,
      -- The product's category and every ancestor, so a parent category lists its children's goods.
      category_ids text[] not null,
      -- 'shop' or the supplier organisation that sells and ships it (CAT-3).
      seller text not null,
      sizes text[] not null,
      colours text[] not null,
      in_stock boolean not null,
      popularity integer not null,
      search_document tsvector not null,
      refreshed_at timestamptz not null
    );
    create index listings_newest_idx on catalog.listings (visible_from desc, product_id desc) where visible_from is not null;
    create index listings_popular_idx on catalog.listings (popularity desc, product_id desc) where visible_from is not null;
    create index listings_designer_idx on catalog.listings (designer_id, visible_from desc, product_id desc) where visible_from is not null;
    create index listings_categories_idx on catalog.listings using gin (category_ids);
    create index listings_sizes_idx on catalog.listings using gin (sizes);
    create index listings_colours_idx on catalog.listings using gin (colours);
    create index listings_search_idx on catalog.listings using gin (search_document);

    -- The lowest variant price of each product in each price list, for price filters and sorting.
    create table catalog.listing_prices (
      product_id text not null references catalog.listings (product_id) on delete cascade,
      currency text not null,
      amount bigint not null,
      primary key (product_id, currency)
    );
    create index listing_prices_sort_idx on catalog.listing_prices (currency, amount, product_id);

    -- Every word of the catalogue's names, for typo tolerance: a misspelt word becomes its
    -- nearest term by trigram similarity before the full-text search runs.
    create table catalog.search_terms (
      term text primary key
    );
    create index search_terms_trigram_idx on catalog.search_terms using gin (term gin_trgm_ops);
  `);
}
