import { sql, type Kysely } from 'kysely';

const KINDS = sql`('registration-agreement', 'privacy-policy', 'cookie-policy', 'content-licence')`;

/** Versioned legal documents, the append-only acceptance ledger, and the change-notice log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .withSchema('legal')
    .createTable('document_versions')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ${KINDS}`))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('effective_at', 'timestamptz')
    .addColumn('material', 'boolean', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('body_zh_hant', 'text')
    .addColumn('body_zh_hans', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by', 'text')
    .addPrimaryKeyConstraint('document_versions_pkey', ['kind', 'version'])
    // A published version always knows when it took effect, when and by whom it was published.
    .addCheckConstraint(
      'document_versions_published_complete',
      sql`status = 'draft' or (effective_at is not null and published_at is not null and published_by is not null)`,
    )
    .execute();
  // Two published versions of one kind taking effect at the same instant would leave "the version in force" ambiguous.
  await sql`create unique index document_versions_one_per_instant on legal.document_versions (kind, effective_at) where status = 'published'`.execute(db);

  // Append-only: the repository inserts and reads, never updates or deletes (proof of ACC-1).
  await db.schema
    .withSchema('legal')
    .createTable('acceptances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addForeignKeyConstraint('acceptances_version_fkey', ['kind', 'version'], 'legal.document_versions', ['kind', 'version'])
    .execute();
  await db.schema.withSchema('legal').createIndex('acceptances_customer_idx').on('acceptances').columns(['customer_id', 'kind']).execute();

  await db.schema
    .withSchema('legal')
    .createTable('change_notice_batches')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('batch', 'integer', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('change_notice_batches_pkey', ['kind', 'version', 'batch'])
    .addForeignKeyConstraint('change_notice_batches_version_fkey', ['kind', 'version'], 'legal.document_versions', ['kind', 'version'])
    .execute();
}
