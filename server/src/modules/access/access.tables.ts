import type { ColumnType, Selectable } from 'kysely';
import type { Role } from './access.roles.ts';

export type AccountStatus = 'active' | 'disabled';

export interface StaffUsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  /** Base32 secret of the enrolled authenticator; null until enrolment is confirmed. */
  totp_secret: string | null;
  /** Secret shown during enrolment, kept until the first code confirms it. */
  totp_pending_secret: string | null;
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  totp_last_step: number | null;
  status: AccountStatus;
  created_at: Date;
  updated_at: Date;
}

/** Shared shape of staff and supplier sessions. */
interface SessionColumns {
  id: string;
  token_hash: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  end_reason: string | null;
  /** The client's network (last IPv4 octet or IPv6 interface bits dropped). */
  ip_network: string | null;
  user_agent: string | null;
}

export interface StaffSessionsTable extends SessionColumns {
  staff_id: string;
}

export interface AuditEventsTable {
  id: string;
  seq: ColumnType<bigint, never, never>;
  at: Date;
  staff_id: string;
  session_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  detail: ColumnType<Record<string, unknown>, string, string>;
  request_id: string;
}

export type SupplierStatus = 'active' | 'suspended';

export interface SupplierOrganisationsTable {
  id: string;
  name: string;
  status: SupplierStatus;
  created_at: Date;
}

export interface SupplierUsersTable {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  password_hash: string;
  status: AccountStatus;
  created_at: Date;
}

export interface SupplierSessionsTable extends SessionColumns {
  supplier_user_id: string;
}

export interface AccessTables {
  'access.staff_users': StaffUsersTable;
  'access.staff_sessions': StaffSessionsTable;
  'access.audit_events': AuditEventsTable;
  'access.supplier_organisations': SupplierOrganisationsTable;
  'access.supplier_users': SupplierUsersTable;
  'access.supplier_sessions': SupplierSessionsTable;
}

export type StaffUserRow = Selectable<StaffUsersTable>;
export type StaffSessionRow = Selectable<StaffSessionsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type SupplierOrganisationRow = Selectable<SupplierOrganisationsTable>;
export type SupplierUserRow = Selectable<SupplierUsersTable>;
export type SupplierSessionRow = Selectable<SupplierSessionsTable>;
