import type { Ctx } from '../../../kernel/context.ts';
import { DAY } from '../../../kernel/clock.ts';
import { hashToken, newSecretToken } from '../../../kernel/auth/secrets.ts';
import { truncateIp } from '../../../kernel/http/logger.ts';
import { newId } from '../../../kernel/ids.ts';
import { CustomerErrors } from '../customers.errors.ts';
import { accountMail } from '../customers.mails.ts';
import type { MailPort, Origin } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { deviceLabel } from '../customers.rules.ts';
import type { AccountRow, SessionRow } from '../customers.tables.ts';

/** A session lasts 30 days from its last use, and never more than 90 days in all. */
export const SESSION_IDLE_DAYS = 30;
const SESSION_MAX_DAYS = 90;

export interface NewSession {
  sessionId: string;
  /** Goes into the HttpOnly cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  maxAgeSeconds: number;
}

/**
 * Opens a session for an account (sign-in, confirmed e-mail, reset password). A device the
 * account has never used before gets a notice by mail (ACC-5).
 */
export async function openSession(ctx: Ctx, deps: { mail: MailPort; publicUrl: string }, account: AccountRow, origin: Origin): Promise<NewSession> {
  const now = ctx.clock.now();
  const device = deviceLabel(origin.userAgent);
  const network = truncateIp(origin.ip) ?? null;
  const known = await repo.hasSessionFromDevice(ctx.tx, account.id, device, origin.userAgent ?? null);
  const session = { sessionId: newId('ses', now.getTime()), token: newSecretToken(), csrfToken: newSecretToken(), maxAgeSeconds: SESSION_MAX_DAYS * 86_400 };
  await repo.insertSession(ctx.tx, {
    id: session.sessionId, customer_id: account.id, token_hash: hashToken(session.token), csrf_token: session.csrfToken,
    device, user_agent: origin.userAgent ?? null, ip_network: network, created_at: now, last_seen_at: now,
    expires_at: new Date(now.getTime() + SESSION_MAX_DAYS * DAY), ended_at: null, end_reason: null, staff_view_id: null,
  });
  const hadSessions = (await repo.liveSessions(ctx.tx, account.id, now)).length > 1;
  if (!known && hadSessions) {
    await deps.mail.queueMail(ctx, accountMail('new_device', account.locale, account.email, {
      name: account.name, device, network: network ?? 'unknown', time: now.toISOString(), link: `${deps.publicUrl}/account/security`,
    }));
  }
  return session;
}

/** Finds the live session behind a cookie, sliding its idle expiry. Used on every request. */
export async function resolveSession(ctx: Ctx, tokenHash: string): Promise<SessionRow | undefined> {
  const now = ctx.clock.now();
  const session = await repo.findLiveSession(ctx.tx, tokenHash, now);
  if (!session || (session.state !== 'active' && session.state !== 'restricted')) return undefined;
  if (now.getTime() - session.last_seen_at.getTime() > SESSION_IDLE_DAYS * DAY) return undefined;
  // Writing on every request would serialise readers on PGlite; a minute's precision is plenty.
  if (now.getTime() - session.last_seen_at.getTime() > 60_000) await repo.touchSession(ctx.tx, session.id, now);
  return session;
}

export async function listSessions(ctx: Ctx, customerId: string): Promise<SessionRow[]> {
  return repo.liveSessions(ctx.tx, customerId, ctx.clock.now());
}

/** Ends one of the customer's own sessions; another customer's id is simply not found. */
export async function endSession(ctx: Ctx, customerId: string, sessionId: string): Promise<void> {
  const ended = await repo.endSessions(ctx.tx, customerId, ctx.clock.now(), 'ended_by_customer', { sessionId });
  if (ended === 0) throw CustomerErrors.session_not_found();
}

export async function endOtherSessions(ctx: Ctx, customerId: string, currentSessionId: string): Promise<number> {
  return repo.endSessions(ctx.tx, customerId, ctx.clock.now(), 'ended_by_customer', { except: currentSessionId });
}

/**
 * ACC-4: the customer reports misuse of the account or a security flaw. Every session ends at
 * once (this one too), a case opens for staff, and the customer is told what happens next.
 */
export async function reportMisuse(ctx: Ctx, deps: { mail: MailPort; publicUrl: string }, customerId: string, description: string): Promise<string> {
  const now = ctx.clock.now();
  const account = await repo.findAccount(ctx.tx, customerId);
  if (!account) throw CustomerErrors.customer_not_found();
  await repo.endSessions(ctx.tx, customerId, now, 'misuse_reported');
  const caseId = newId('case', now.getTime());
  await repo.openSecurityCase(ctx.tx, { id: caseId, customer_id: customerId, description, opened_at: now });
  await deps.mail.queueMail(ctx, accountMail('misuse_reported', account.locale, account.email, { name: account.name, caseId, link: `${deps.publicUrl}/account/forgot-password` }));
  return caseId;
}
