import type { Ctx } from '../../../kernel/context.ts';
import { hashPassword } from '../../../kernel/auth/passwords.ts';
import type { StaffActor } from '../../../kernel/auth/guards.ts';
import { newId } from '../../../kernel/ids.ts';
import { AccessErrors } from '../access.errors.ts';
import { accessRepository as repo } from '../access.repository.ts';
import type { Role } from '../access.roles.ts';
import { normaliseEmail, temporaryPassword } from '../access.rules.ts';
import { sessionsRepository as sessions } from '../access.sessions.repository.ts';
import type { StaffUserRow } from '../access.tables.ts';
import { recordAudit } from './audit.ts';

export async function listStaff(ctx: Ctx): Promise<StaffUserRow[]> {
  return repo.listStaff(ctx.tx);
}

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
}

/**
 * Creates a staff account with a temporary password, returned here once and stored only as a
 * hash: the creator hands it over, the new member replaces it. An owner enrols TOTP at first sign-in.
 */
export async function createStaff(ctx: Ctx, input: NewStaff): Promise<{ staff: StaffUserRow; temporaryPassword: string }> {
  const email = normaliseEmail(input.email);
  if (await repo.findStaffByEmail(ctx.tx, email)) throw AccessErrors.email_taken();
  const password = temporaryPassword();
  const now = ctx.clock.now();
  const staff: StaffUserRow = {
    id: newId('stf', now.getTime()),
    email,
    name: input.name.trim(),
    role: input.role,
    password_hash: await hashPassword(password),
    totp_secret: null,
    totp_pending_secret: null,
    totp_last_step: null,
    status: 'active',
    created_at: now,
    updated_at: now,
  };
  await repo.insertStaff(ctx.tx, staff);
  await recordAudit(ctx, { action: 'staff.created', subjectType: 'staff', subjectId: staff.id, detail: { role: staff.role } });
  return { staff, temporaryPassword: password };
}

/**
 * A new role is a privilege change: every session of the person ends, and the next sign-in
 * carries the new permissions. The shop never loses its last active owner.
 */
export async function changeStaffRole(ctx: Ctx, staffId: string, role: Role): Promise<StaffUserRow> {
  const { staff, owners } = await lockForChange(ctx, staffId);
  if (staff.role === role) return staff;
  if (isLastOwner(staff, owners) && role !== 'owner') throw AccessErrors.last_owner({ detail: 'Make someone else an owner first.' });

  const now = ctx.clock.now();
  const updated = await repo.updateStaff(ctx.tx, staff.id, { role, updated_at: now });
  const ended = await sessions.endAllOf(ctx.tx, 'staff', staff.id, now, 'role_changed');
  await recordAudit(ctx, { action: 'staff.role_changed', subjectType: 'staff', subjectId: staff.id, detail: { from: staff.role, to: role, sessionsEnded: ended } });
  return updated;
}

/** Disabling signs the person out everywhere at once; the account and its history stay. */
export async function disableStaff(ctx: Ctx, actor: StaffActor, staffId: string): Promise<StaffUserRow> {
  if (actor.staffId === staffId) throw AccessErrors.cannot_disable_self();
  const { staff, owners } = await lockForChange(ctx, staffId);
  if (staff.status === 'disabled') return staff;
  if (isLastOwner(staff, owners)) throw AccessErrors.last_owner();

  const now = ctx.clock.now();
  const updated = await repo.updateStaff(ctx.tx, staff.id, { status: 'disabled', updated_at: now });
  const ended = await sessions.endAllOf(ctx.tx, 'staff', staff.id, now, 'disabled');
  await recordAudit(ctx, { action: 'staff.disabled', subjectType: 'staff', subjectId: staff.id, detail: { sessionsEnded: ended } });
  return updated;
}

export async function enableStaff(ctx: Ctx, staffId: string): Promise<StaffUserRow> {
  const { staff } = await lockForChange(ctx, staffId);
  if (staff.status === 'active') return staff;
  const updated = await repo.updateStaff(ctx.tx, staff.id, { status: 'active', updated_at: ctx.clock.now() });
  await recordAudit(ctx, { action: 'staff.enabled', subjectType: 'staff', subjectId: staff.id });
  return updated;
}

/**
 * For a lost authenticator: the secret is removed and the person's sessions end; an owner must
 * enrol again at the next sign-in before doing anything else.
 */
export async function resetStaffTotp(ctx: Ctx, staffId: string): Promise<StaffUserRow> {
  const { staff } = await lockForChange(ctx, staffId);
  const now = ctx.clock.now();
  const updated = await repo.updateStaff(ctx.tx, staff.id, { totp_secret: null, totp_pending_secret: null, totp_last_step: null, updated_at: now });
  const ended = await sessions.endAllOf(ctx.tx, 'staff', staff.id, now, 'totp_reset');
  await recordAudit(ctx, { action: 'staff.totp_reset', subjectType: 'staff', subjectId: staff.id, detail: { sessionsEnded: ended } });
  return updated;
}

/**
 * Owners are locked before the member, always in that order: two owners demoting each other at
 * the same moment then queue instead of deadlocking, and the second sees the first's change.
 */
async function lockForChange(ctx: Ctx, staffId: string): Promise<{ staff: StaffUserRow; owners: string[] }> {
  const owners = await repo.lockActiveOwners(ctx.tx);
  const staff = await repo.lockStaff(ctx.tx, staffId);
  if (!staff) throw AccessErrors.staff_not_found();
  return { staff, owners };
}

function isLastOwner(staff: StaffUserRow, activeOwners: string[]): boolean {
  return staff.role === 'owner' && staff.status === 'active' && activeOwners.length <= 1;
}
