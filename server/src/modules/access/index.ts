/**
 * The access module: staff users, roles and permissions, staff sessions with a second factor,
 * the audit log of staff actions, supplier organisations with their users and sessions.
 * Other modules call `recordAudit(ctx, …)` inside any use case where staff act or look at
 * personal data.
 */
export { createAccessService, STAFF_COOKIE, SUPPLIER_COOKIE, type AccessService } from './access.service.ts';
export { accessRoutes } from './access.routes.ts';
export { accessMigrations } from './migrations/index.ts';
export { accessPersonalData } from './access.privacy.ts';
export { AccessErrors } from './access.errors.ts';
export { PERMISSIONS, type Permission } from './access.permissions.ts';
export { ROLES, type Role } from './access.roles.ts';
export type { AuditEntry } from './use-cases/audit.ts';
