import type { Ctx } from '../../../kernel/context.ts';
import { RequestErrors } from '../../../kernel/errors.ts';
import { hashPassword, passwordProblem, verifyAgainstDecoy, verifyPassword } from '../../../kernel/auth/passwords.ts';
import type { StaffActor } from '../../../kernel/auth/guards.ts';
import { AccessErrors } from '../access.errors.ts';
import { accessRepository as repo } from '../access.repository.ts';
import { normaliseEmail, sessionIsLive, sessionPermissions, LAST_SEEN_PRECISION_MS } from '../access.rules.ts';
import { sessionsRepository as sessions } from '../access.sessions.repository.ts';
import type { StaffUserRow } from '../access.tables.ts';
import { checkTotp, newTotpSecret, totpUri } from '../access.totp.ts';
import { recordAudit, recordAuditFor } from './audit.ts';
import { endCarriedSession, openSession, type ClientInfo, type OpenedSession } from './sessions.ts';

export interface StaffSignIn {
  email: string;
  password: string;
  totp?: string | undefined;
  client: ClientInfo;
  /** The staff cookie the browser already carried, ended by the rotation. */
  carriedToken?: string | undefined;
}

export interface StaffSessionResult {
  staff: StaffUserRow;
  session: OpenedSession;
}

/**
 * Signs a staff member in. Unknown e-mail, wrong password and disabled account give the same
 * answer after the same work (an argon2 verification), so neither the answer nor its timing
 * tells who works here. Only a right password gets as far as asking for the second factor.
 */
export async function signInStaff(ctx: Ctx, attempt: StaffSignIn): Promise<StaffSessionResult> {
  const staff = await repo.findStaffByEmail(ctx.tx, normaliseEmail(attempt.email));
  const passwordRight = staff ? await verifyPassword(staff.password_hash, attempt.password) : await verifyAgainstDecoy(attempt.password);
  if (!staff || !passwordRight || staff.status !== 'active') throw AccessErrors.invalid_credentials();
  if (staff.totp_secret) await checkSecondFactor(ctx, staff, attempt.totp);

  await endCarriedSession(ctx, 'staff', attempt.carriedToken);
  const session = await openSession(ctx, 'staff', staff.id, attempt.client);
  await recordAuditFor(ctx, staff.id, session.sessionId, { action: 'staff.signed_in', subjectType: 'staff', subjectId: staff.id, detail: { secondFactor: staff.totp_secret !== null } });
  return { staff, session };
}

async function checkSecondFactor(ctx: Ctx, staff: StaffUserRow, code: string | undefined): Promise<void> {
  if (!code) throw AccessErrors.totp_required();
  // Locked, so two sign-ins racing with the same code cannot both pass the replay check.
  const locked = (await repo.lockStaff(ctx.tx, staff.id))!;
  const step = checkTotp(locked.totp_secret!, code, ctx.clock.now(), locked.totp_last_step);
  if (step === undefined) throw AccessErrors.totp_invalid();
  await repo.updateStaff(ctx.tx, staff.id, { totp_last_step: step, updated_at: ctx.clock.now() });
}

/** The session behind a staff cookie, if it is still live; used on every backstage request. */
export async function resolveStaffSession(ctx: Ctx, tokenHash: string, now: Date) {
  const found = await sessions.findStaffSession(ctx.tx, tokenHash);
  if (!found || found.status !== 'active' || !sessionIsLive(found, now)) return undefined;
  if (now.getTime() - found.last_seen_at.getTime() >= LAST_SEEN_PRECISION_MS) await sessions.touch(ctx.tx, 'staff', found.session_id, now);
  const actor = { kind: 'staff', staffId: found.staff_id, sessionId: found.session_id, permissions: sessionPermissions(found.role, found.totp_enrolled) } as const;
  return { actor, csrfToken: found.csrf_token };
}

/** Who is signed in, for `GET /admin/session`. */
export async function describeStaffSession(ctx: Ctx, actor: StaffActor): Promise<{ staff: StaffUserRow; expiresAt: Date }> {
  const staff = await repo.findStaff(ctx.tx, actor.staffId);
  if (!staff) throw RequestErrors.unauthenticated();
  return { staff, expiresAt: await sessions.expiresAt(ctx.tx, 'staff', actor.sessionId) };
}

export async function signOutStaff(ctx: Ctx, actor: StaffActor): Promise<void> {
  await sessions.end(ctx.tx, 'staff', actor.sessionId, ctx.clock.now(), 'signed_out');
  await recordAudit(ctx, { action: 'staff.signed_out', subjectType: 'staff', subjectId: actor.staffId });
}

/** Step one of enrolment: a new secret for the authenticator app, not in force until confirmed. */
export async function startTotpEnrolment(ctx: Ctx, actor: StaffActor): Promise<{ secret: string; otpauthUri: string }> {
  const staff = await repo.lockStaff(ctx.tx, actor.staffId);
  if (!staff) throw RequestErrors.unauthenticated();
  if (staff.totp_secret) throw AccessErrors.totp_already_enrolled({ detail: 'Ask an owner to reset it if you lost your device.' });
  const secret = newTotpSecret();
  await repo.updateStaff(ctx.tx, staff.id, { totp_pending_secret: secret, updated_at: ctx.clock.now() });
  return { secret, otpauthUri: totpUri(secret, staff.email) };
}

/**
 * Step two: the first code proves the app holds the secret. The session's powers change (an
 * owner's permissions apply from now on), so the session is rotated like at sign-in.
 */
export async function confirmTotpEnrolment(ctx: Ctx, actor: StaffActor, code: string, client: ClientInfo): Promise<StaffSessionResult> {
  const staff = await repo.lockStaff(ctx.tx, actor.staffId);
  if (!staff) throw RequestErrors.unauthenticated();
  if (staff.totp_secret) throw AccessErrors.totp_already_enrolled();
  if (!staff.totp_pending_secret) throw AccessErrors.totp_enrolment_not_started();
  const step = checkTotp(staff.totp_pending_secret, code, ctx.clock.now(), null);
  if (step === undefined) throw AccessErrors.totp_invalid();

  const now = ctx.clock.now();
  const enrolled = await repo.updateStaff(ctx.tx, staff.id, { totp_secret: staff.totp_pending_secret, totp_pending_secret: null, totp_last_step: step, updated_at: now });
  await sessions.endAllOf(ctx.tx, 'staff', staff.id, now, 'totp_enrolled');
  const session = await openSession(ctx, 'staff', staff.id, client);
  await recordAudit(ctx, { action: 'staff.totp_enrolled', subjectType: 'staff', subjectId: staff.id });
  return { staff: enrolled, session };
}

/** A new password ends every session of the person, the current one included, and opens a fresh one. */
export async function changeStaffPassword(ctx: Ctx, actor: StaffActor, change: { currentPassword: string; newPassword: string }, client: ClientInfo): Promise<StaffSessionResult> {
  const staff = await repo.lockStaff(ctx.tx, actor.staffId);
  if (!staff) throw RequestErrors.unauthenticated();
  if (!(await verifyPassword(staff.password_hash, change.currentPassword))) throw AccessErrors.current_password_wrong();
  const problem = passwordProblem(change.newPassword, [staff.email, staff.name]);
  if (problem) throw AccessErrors.weak_password({ detail: `The new password is ${problem.replace('_', ' ')}.`, fields: [{ field: '/newPassword', code: problem, message: 'is not strong enough' }] });

  const now = ctx.clock.now();
  const updated = await repo.updateStaff(ctx.tx, staff.id, { password_hash: await hashPassword(change.newPassword), updated_at: now });
  await sessions.endAllOf(ctx.tx, 'staff', staff.id, now, 'password_changed');
  const session = await openSession(ctx, 'staff', staff.id, client);
  await recordAudit(ctx, { action: 'staff.password_changed', subjectType: 'staff', subjectId: staff.id });
  return { staff: updated, session };
}
