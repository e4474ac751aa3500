import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { AcceptanceRow, DocumentKind, DocumentVersionRow, DocumentVersionsTable, LegalTables } from './legal.tables.ts';

type Db = Kysely<LegalTables>;

export type PublishedVersionRow = DocumentVersionRow & { effective_at: Date };

/** All SQL of the legal module. */
export const legalRepository = {
  async insertVersion(db: Db, row: Insertable<DocumentVersionsTable>): Promise<boolean> {
    const inserted = await db.insertInto('legal.document_versions').values(row).onConflict((oc) => oc.columns(['kind', 'version']).doNothing()).returning('version').execute();
    return inserted.length > 0;
  },

  async findVersion(db: Db, kind: DocumentKind, version: string): Promise<DocumentVersionRow | undefined> {
    return db.selectFrom('legal.document_versions').selectAll().where('kind', '=', kind).where('version', '=', version).executeTakeFirst();
  },

  /** Locks the version, so an edit and a publication of the same draft never interleave. */
  async lockVersion(db: Db, kind: DocumentKind, version: string): Promise<DocumentVersionRow | undefined> {
    return db.selectFrom('legal.document_versions').selectAll().where('kind', '=', kind).where('version', '=', version).forUpdate().executeTakeFirst();
  },

  async updateVersion(db: Db, kind: DocumentKind, version: string, changes: Updateable<DocumentVersionsTable>): Promise<DocumentVersionRow> {
    return db.updateTable('legal.document_versions').set(changes).where('kind', '=', kind).where('version', '=', version).returningAll().executeTakeFirstOrThrow();
  },

  /** Every version of a kind, drafts included, newest first (drafts without a date last). */
  async listVersions(db: Db, kind: DocumentKind): Promise<DocumentVersionRow[]> {
    return db
      .selectFrom('legal.document_versions')
      .selectAll()
      .where('kind', '=', kind)
      .orderBy('effective_at', (o) => o.desc().nullsFirst())
      .orderBy('created_at', 'desc')
      .execute();
  },

  /** Published versions, of one kind or of all, oldest effective date first. */
  async listPublished(db: Db, kinds: readonly DocumentKind[]): Promise<PublishedVersionRow[]> {
    const rows = await db
      .selectFrom('legal.document_versions')
      .selectAll()
      .where('status', '=', 'published')
      .where('kind', 'in', kinds)
      .orderBy('effective_at', 'asc')
      .execute();
    return rows as PublishedVersionRow[];
  },

  /** Serialises publications of one kind until the transaction ends. */
  async lockKindForPublication(db: Db, kind: DocumentKind): Promise<void> {
    await sql`select pg_advisory_xact_lock(hashtext(${`legal.publish:${kind}`}))`.execute(db);
  },

  async latestEffectiveDate(db: Db, kind: DocumentKind): Promise<Date | undefined> {
    const row = await db.selectFrom('legal.document_versions').select((eb) => eb.fn.max('effective_at').as('latest')).where('kind', '=', kind).where('status', '=', 'published').executeTakeFirst();
    return row?.latest ?? undefined;
  },

  async insertAcceptance(db: Db, row: AcceptanceRow): Promise<void> {
    await db.insertInto('legal.acceptances').values(row).execute();
  },

  async acceptancesOf(db: Db, customerId: string): Promise<AcceptanceRow[]> {
    return db.selectFrom('legal.acceptances').selectAll().where('customer_id', '=', customerId).orderBy('accepted_at', 'asc').orderBy('id', 'asc').execute();
  },

  /** Claims a batch of change notices; false when an earlier run of the job already sent it. */
  async claimNoticeBatch(db: Db, batch: { kind: DocumentKind; version: string; batch: number; recipients: number; sentAt: Date }): Promise<boolean> {
    const claimed = await db
      .insertInto('legal.change_notice_batches')
      .values({ kind: batch.kind, version: batch.version, batch: batch.batch, recipients: batch.recipients, sent_at: batch.sentAt })
      .onConflict((oc) => oc.columns(['kind', 'version', 'batch']).doNothing())
      .returning('batch')
      .execute();
    return claimed.length > 0;
  },
};
