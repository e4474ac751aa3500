import { sql, type Kysely } from 'kysely';
import type { AccessTables, AuditEventRow, StaffUserRow, StaffUsersTable } from './access.tables.ts';

type Db = Kysely<AccessTables>;

export interface AuditFilter {
  staffId?: string | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset position: events strictly older than this one. */
  before?: { at: Date; seq: bigint } | undefined;
  limit: number;
}

/** All SQL of staff accounts and the audit log. */
export const accessRepository = {
  async insertStaff(db: Db, row: StaffUserRow): Promise<void> {
    await db.insertInto('access.staff_users').values(row).execute();
  },

  async findStaffByEmail(db: Db, email: string): Promise<StaffUserRow | undefined> {
    return db.selectFrom('access.staff_users').selectAll().where('email', '=', email).executeTakeFirst();
  },

  async findStaff(db: Db, id: string): Promise<StaffUserRow | undefined> {
    return db.selectFrom('access.staff_users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Locks the row: role and status changes re-check the owner count under the lock. */
  async lockStaff(db: Db, id: string): Promise<StaffUserRow | undefined> {
    return db.selectFrom('access.staff_users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async listStaff(db: Db): Promise<StaffUserRow[]> {
    return db.selectFrom('access.staff_users').selectAll().orderBy('created_at').orderBy('id').execute();
  },

  /**
   * Active owners, locked: two owners demoting each other at the same moment must not both
   * succeed and leave the shop without one.
   */
  async lockActiveOwners(db: Db): Promise<string[]> {
    const rows = await db.selectFrom('access.staff_users').select('id').where('role', '=', 'owner').where('status', '=', 'active').orderBy('id').forUpdate().execute();
    return rows.map((r) => r.id);
  },

  async updateStaff(db: Db, id: string, changes: Partial<Pick<StaffUsersTable, 'role' | 'status' | 'password_hash' | 'totp_secret' | 'totp_pending_secret' | 'totp_last_step'>> & { updated_at: Date }): Promise<StaffUserRow> {
    return db.updateTable('access.staff_users').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  },

  async insertAuditEvent(db: Db, event: Omit<AuditEventRow, 'detail' | 'seq'> & { detail: Record<string, unknown> }): Promise<void> {
    await db.insertInto('access.audit_events').values({ ...event, detail: JSON.stringify(event.detail) }).execute();
  },

  /** Newest first; `before` continues after the last event of the previous page. */
  async listAuditEvents(db: Db, filter: AuditFilter): Promise<AuditEventRow[]> {
    return db
      .selectFrom('access.audit_events')
      .selectAll()
      .$if(filter.staffId !== undefined, (q) => q.where('staff_id', '=', filter.staffId!))
      .$if(filter.action !== undefined, (q) => q.where('action', '=', filter.action!))
      .$if(filter.subjectType !== undefined, (q) => q.where('subject_type', '=', filter.subjectType!))
      .$if(filter.subjectId !== undefined, (q) => q.where('subject_id', '=', filter.subjectId!))
      .$if(filter.from !== undefined, (q) => q.where('at', '>=', filter.from!))
      .$if(filter.to !== undefined, (q) => q.where('at', '<', filter.to!))
      .$if(filter.before !== undefined, (q) => q.where(sql<boolean>`(at, seq) < (${filter.before!.at}, ${filter.before!.seq})`))
      .orderBy('at', 'desc')
      .orderBy('seq', 'desc')
      .limit(filter.limit)
      .execute();
  },
};
