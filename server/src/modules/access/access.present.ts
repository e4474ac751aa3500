import { PERMISSIONS, type Permission } from './access.permissions.ts';
import { ROLE_NAMES, ROLES } from './access.roles.ts';
import { sessionPermissions, totpEnrolmentRequired } from './access.rules.ts';
import type { AuditEventRow, StaffUserRow, SupplierOrganisationRow, SupplierUserRow } from './access.tables.ts';

/** Rows as the API shows them: never a hash or a secret. */
export function presentStaff(row: StaffUserRow) {
  return { id: row.id, email: row.email, name: row.name, role: row.role, status: row.status, totpEnrolled: row.totp_secret !== null, createdAt: row.created_at.toISOString() };
}

export function presentStaffSession(staff: StaffUserRow, csrfToken: string, expiresAt: Date) {
  const enrolled = staff.totp_secret !== null;
  return {
    staff: presentStaff(staff),
    permissions: [...sessionPermissions(staff.role, enrolled)],
    totpEnrolmentRequired: totpEnrolmentRequired(staff.role, enrolled),
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}

export function presentRoleCatalogue() {
  return {
    roles: ROLE_NAMES.map((id) => ({ id, title: ROLES[id].title, permissions: [...ROLES[id].permissions], requiresTotp: ROLES[id].requiresTotp })),
    permissions: Object.entries(PERMISSIONS).map(([id, description]) => ({ id: id as Permission, description })),
  };
}

export function presentAuditEvent(row: AuditEventRow) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    staffId: row.staff_id,
    sessionId: row.session_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    detail: row.detail,
    requestId: row.request_id,
  };
}

export function presentOrganisation(row: SupplierOrganisationRow) {
  return { id: row.id, name: row.name, status: row.status, createdAt: row.created_at.toISOString() };
}

export function presentSupplierUser(row: SupplierUserRow) {
  return { id: row.id, organisationId: row.organisation_id, email: row.email, name: row.name, status: row.status, createdAt: row.created_at.toISOString() };
}
