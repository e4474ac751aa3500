import type { Ctx } from '../../../kernel/context.ts';
import { RequestErrors } from '../../../kernel/errors.ts';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../../../kernel/auth/passwords.ts';
import type { SupplierActor } from '../../../kernel/auth/guards.ts';
import { newId } from '../../../kernel/ids.ts';
import { AccessErrors } from '../access.errors.ts';
import { LAST_SEEN_PRECISION_MS, normaliseEmail, sessionIsLive, temporaryPassword } from '../access.rules.ts';
import { sessionsRepository as sessions } from '../access.sessions.repository.ts';
import { suppliersRepository as repo } from '../access.suppliers.repository.ts';
import type { SupplierOrganisationRow, SupplierUserRow } from '../access.tables.ts';
import { recordAudit } from './audit.ts';
import { endCarriedSession, openSession, type ClientInfo, type OpenedSession } from './sessions.ts';

export async function createSupplierOrganisation(ctx: Ctx, input: { name: string }): Promise<SupplierOrganisationRow> {
  const organisation: SupplierOrganisationRow = { id: newId('sup', ctx.clock.now().getTime()), name: input.name.trim(), status: 'active', created_at: ctx.clock.now() };
  await repo.insertOrganisation(ctx.tx, organisation);
  await recordAudit(ctx, { action: 'suppliers.organisation_created', subjectType: 'supplier_organisation', subjectId: organisation.id });
  return organisation;
}

export async function listSupplierOrganisations(ctx: Ctx): Promise<SupplierOrganisationRow[]> {
  return repo.listOrganisations(ctx.tx);
}

export async function getSupplierOrganisation(ctx: Ctx, id: string): Promise<{ organisation: SupplierOrganisationRow; users: SupplierUserRow[] }> {
  const organisation = await repo.findOrganisation(ctx.tx, id);
  if (!organisation) throw AccessErrors.supplier_not_found();
  return { organisation, users: await repo.listUsers(ctx.tx, id) };
}

/** A person who signs in for a supplier, with a temporary password returned once. */
export async function createSupplierUser(ctx: Ctx, organisationId: string, input: { email: string; name: string }): Promise<{ user: SupplierUserRow; temporaryPassword: string }> {
  if (!(await repo.findOrganisation(ctx.tx, organisationId))) throw AccessErrors.supplier_not_found();
  const email = normaliseEmail(input.email);
  if (await repo.findUserByEmail(ctx.tx, email)) throw AccessErrors.email_taken();
  const password = temporaryPassword();
  const user: SupplierUserRow = {
    id: newId('supusr', ctx.clock.now().getTime()),
    organisation_id: organisationId,
    email,
    name: input.name.trim(),
    password_hash: await hashPassword(password),
    status: 'active',
    created_at: ctx.clock.now(),
  };
  await repo.insertUser(ctx.tx, user);
  await recordAudit(ctx, { action: 'suppliers.user_created', subjectType: 'supplier_user', subjectId: user.id, detail: { organisationId } });
  return { user, temporaryPassword: password };
}

export interface SupplierSignIn {
  email: string;
  password: string;
  client: ClientInfo;
  carriedToken?: string | undefined;
}

export interface SupplierSessionResult {
  user: SupplierUserRow;
  organisation: SupplierOrganisationRow;
  session: OpenedSession;
}

/** Same rules as staff sign-in: one answer, one cost, whether or not the account exists. */
export async function signInSupplier(ctx: Ctx, attempt: SupplierSignIn): Promise<SupplierSessionResult> {
  const user = await repo.findUserByEmail(ctx.tx, normaliseEmail(attempt.email));
  const passwordRight = user ? await verifyPassword(user.password_hash, attempt.password) : await verifyAgainstDecoy(attempt.password);
  const organisation = user ? await repo.findOrganisation(ctx.tx, user.organisation_id) : undefined;
  if (!user || !passwordRight || user.status !== 'active' || organisation?.status !== 'active') throw AccessErrors.invalid_credentials();
  await endCarriedSession(ctx, 'supplier', attempt.carriedToken);
  return { user, organisation, session: await openSession(ctx, 'supplier', user.id, attempt.client) };
}

export async function resolveSupplierSession(ctx: Ctx, tokenHash: string, now: Date) {
  const found = await sessions.findSupplierSession(ctx.tx, tokenHash);
  if (!found || found.status !== 'active' || found.organisation_status !== 'active' || !sessionIsLive(found, now)) return undefined;
  if (now.getTime() - found.last_seen_at.getTime() >= LAST_SEEN_PRECISION_MS) await sessions.touch(ctx.tx, 'supplier', found.session_id, now);
  const actor = { kind: 'supplier', supplierId: found.organisation_id, userId: found.user_id, sessionId: found.session_id } as const;
  return { actor, csrfToken: found.csrf_token };
}

export async function describeSupplierSession(ctx: Ctx, actor: SupplierActor): Promise<Omit<SupplierSessionResult, 'session'> & { expiresAt: Date }> {
  const user = await repo.findUser(ctx.tx, actor.userId);
  const organisation = await repo.findOrganisation(ctx.tx, actor.supplierId);
  if (!user || !organisation) throw RequestErrors.unauthenticated();
  return { user, organisation, expiresAt: await sessions.expiresAt(ctx.tx, 'supplier', actor.sessionId) };
}

export async function signOutSupplier(ctx: Ctx, actor: SupplierActor): Promise<void> {
  await sessions.end(ctx.tx, 'supplier', actor.sessionId, ctx.clock.now(), 'signed_out');
}
