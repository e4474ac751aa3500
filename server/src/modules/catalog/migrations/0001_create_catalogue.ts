import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/**
 * The catalogue: designers, a category tree, products with translations, variants and media.
 * Texts a customer reads live in `*_translations` rows per locale (en is required, the
 * Chinese locales fall back to it), so a new language is rows, not columns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table catalog.designers (
      id text primary key,
      slug text not null unique,
      name text not null,
      featured boolean not null default false,
      logo_media_id text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create table catalog.designer_translations (
      designer_id text not null references catalog.designers (id) on delete cascade,
      locale text not null check (locale in ('en', 'zh-Hant', 'zh-Hans')),
      -- Chinese customers often know a house by its Chinese name; empty means use the brand name.
      local_name text,
      story text not null,
      primary key (designer_id, locale)
    );

    create table catalog.categories (
      id text primary key,
      parent_id text references catalog.categories (id),
      slug text not null unique,
      position integer not null default 0,
      created_at timestamptz not null
    );
    create index categories_parent_idx on catalog.categories (parent_id, position);
    create table catalog.category_translations (
      category_id text not null references catalog.categories (id) on delete cascade,
      locale text not null check (locale in ('en', 'zh-Hant', 'zh-Hans')),
      name text not null,
      description text,
      primary key (category_id, locale)
    );

    create table catalog.products (
      id text primary key,
      slug text not null unique,
      designer_id text not null references catalog.designers (id),
      category_id text not null references catalog.categories (id),
      -- CAT-3: null when the shop sells and ships it; else the supplier organisation that does.
      seller_supplier_id text,
      status text not null check (status in ('draft', 'published', 'archived')),
      -- Scheduling: a published product shows from this instant (null: from publication).
      publish_at timestamptz,
      origin_country text,
      size_guide text check (size_guide in ('clothing', 'shoes', 'rings', 'belts', 'one-size')),
      popularity integer not null default 0,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index products_designer_idx on catalog.products (designer_id);
    create index products_category_idx on catalog.products (category_id);
    create index products_seller_idx on catalog.products (seller_supplier_id) where seller_supplier_id is not null;
    create index products_updated_idx on catalog.products (updated_at desc, id);

    create table catalog.product_translations (
      product_id text not null references catalog.products (id) on delete cascade,
      locale text not null check (locale in ('en', 'zh-Hant', 'zh-Hans')),
      name text not null,
      description text not null default '',
      composition text,
      care text,
      seo_title text,
      seo_description text,
      primary key (product_id, locale)
    );

    create table catalog.variants (
      id text primary key,
      product_id text not null references catalog.products (id) on delete cascade,
      sku text not null unique,
      gtin text unique check (gtin ~ '^[0-9]{8,14}$'),
      colour text,
      size text,
      material text,
      weight_grams integer not null check (weight_grams > 0),
      position integer not null default 0
    );
    create index variants_product_idx on catalog.variants (product_id, position);

    create table catalog.media (
      id text primary key,
      product_id text references catalog.products (id) on delete cascade,
      -- Images per colour: the gallery follows the chosen variant's colour.
      colour text,
      position integer not null default 0,
      -- 'upload': a file under the data directory; 'generated': drawn from 'recipe' on request.
      source text not null check (source in ('upload', 'generated')),
      file_name text,
      recipe jsonb,
      content_type text not null,
      width integer not null,
      height integer not null,
      alt text,
      created_at timestamptz not null,
      check ((source = 'upload') = (file_name is not null))
    );
    create index media_product_idx on catalog.media (product_id, position);
  `);
}
