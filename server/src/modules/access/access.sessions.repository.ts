import type { Kysely } from 'kysely';
import type { Role } from './access.roles.ts';
import type { AccessTables, AccountStatus, StaffSessionsTable, SupplierSessionsTable, SupplierStatus } from './access.tables.ts';

type Db = Kysely<AccessTables>;

export type SessionKind = 'staff' | 'supplier';

/** The two session tables have the same columns but for whose session it is. */
const TABLES = {
  staff: { table: 'access.staff_sessions', owner: 'staff_id' },
  supplier: { table: 'access.supplier_sessions', owner: 'supplier_user_id' },
} as const;

export interface NewSession {
  id: string;
  ownerId: string;
  tokenHash: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  ipNetwork: string | null;
  userAgent: string | null;
}

interface LiveTimes {
  session_id: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
}

export interface StaffSessionView extends LiveTimes {
  staff_id: string;
  role: Role;
  status: AccountStatus;
  totp_enrolled: boolean;
}

export interface SupplierSessionView extends LiveTimes {
  user_id: string;
  organisation_id: string;
  status: AccountStatus;
  organisation_status: SupplierStatus;
}

/** All SQL of staff and supplier sessions. */
export const sessionsRepository = {
  async insert(db: Db, kind: SessionKind, s: NewSession): Promise<void> {
    const { table, owner } = TABLES[kind];
    const row: Omit<StaffSessionsTable, 'staff_id'> = {
      id: s.id,
      token_hash: s.tokenHash,
      csrf_token: s.csrfToken,
      created_at: s.createdAt,
      last_seen_at: s.createdAt,
      expires_at: s.expiresAt,
      ended_at: null,
      end_reason: null,
      ip_network: s.ipNetwork,
      user_agent: s.userAgent,
    };
    await db.insertInto(table).values({ ...row, [owner]: s.ownerId } as StaffSessionsTable & SupplierSessionsTable).execute();
  },

  async findStaffSession(db: Db, tokenHash: string): Promise<StaffSessionView | undefined> {
    return db
      .selectFrom('access.staff_sessions as s')
      .innerJoin('access.staff_users as u', 'u.id', 's.staff_id')
      .select(['s.id as session_id', 's.csrf_token', 's.last_seen_at', 's.expires_at', 's.ended_at', 'u.id as staff_id', 'u.role', 'u.status'])
      .select((eb) => eb('u.totp_secret', 'is not', null).$castTo<boolean>().as('totp_enrolled'))
      .where('s.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  async findSupplierSession(db: Db, tokenHash: string): Promise<SupplierSessionView | undefined> {
    return db
      .selectFrom('access.supplier_sessions as s')
      .innerJoin('access.supplier_users as u', 'u.id', 's.supplier_user_id')
      .innerJoin('access.supplier_organisations as o', 'o.id', 'u.organisation_id')
      .select(['s.id as session_id', 's.csrf_token', 's.last_seen_at', 's.expires_at', 's.ended_at'])
      .select(['u.id as user_id', 'u.organisation_id', 'u.status', 'o.status as organisation_status'])
      .where('s.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  async touch(db: Db, kind: SessionKind, id: string, at: Date): Promise<void> {
    await db.updateTable(TABLES[kind].table).set({ last_seen_at: at }).where('id', '=', id).execute();
  },

  async end(db: Db, kind: SessionKind, id: string, at: Date, reason: string): Promise<void> {
    await db.updateTable(TABLES[kind].table).set({ ended_at: at, end_reason: reason }).where('id', '=', id).where('ended_at', 'is', null).execute();
  },

  async endByTokenHash(db: Db, kind: SessionKind, tokenHash: string, at: Date, reason: string): Promise<void> {
    await db.updateTable(TABLES[kind].table).set({ ended_at: at, end_reason: reason }).where('token_hash', '=', tokenHash).where('ended_at', 'is', null).execute();
  },

  /** Ends every open session of one person (role change, disabling, new password). */
  async endAllOf(db: Db, kind: SessionKind, ownerId: string, at: Date, reason: string): Promise<number> {
    const { table, owner } = TABLES[kind];
    const result = await db
      .updateTable(table)
      .set({ ended_at: at, end_reason: reason })
      .where(owner as 'staff_id', '=', ownerId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  async expiresAt(db: Db, kind: SessionKind, id: string): Promise<Date> {
    const row = await db.selectFrom(TABLES[kind].table).select('expires_at').where('id', '=', id).executeTakeFirstOrThrow();
    return row.expires_at;
  },
};
