import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/** Related products on a product page: a designer's most popular pieces, read from an index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create index listings_designer_popular_idx on catalog.listings (designer_id, popularity desc, product_id desc) where visible_from is not null;
  `);
}
