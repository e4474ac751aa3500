import type { Ctx } from '../../../kernel/context.ts';
import { MINUTE } from '../../../kernel/clock.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../../kernel/auth/passwords.ts';
import { hashToken, newSecretToken } from '../../../kernel/auth/secrets.ts';
import type { RateLimiter, RateRule } from '../../../kernel/rate-limit.ts';
import { CustomerErrors } from '../customers.errors.ts';
import { accountMail } from '../customers.mails.ts';
import type { MailPort, Origin } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { normaliseEmail } from '../customers.rules.ts';
import { passwordAdvice } from './register-customer.ts';
import { openSession, type NewSession } from './sessions.ts';

const RESET_LINK_MINUTES = 30;
/** Three reset mails per address an hour: enough for a lost mail, not enough to flood an inbox. */
export const RESET_PER_ADDRESS: RateRule = { name: 'customer-reset:address', limit: 3, windowSeconds: 3600 };

/**
 * Sends a reset link if the address has an account. The caller answers the same either way.
 * Only the newest link works: asking again revokes earlier ones.
 */
export async function requestPasswordReset(ctx: Ctx, deps: { mail: MailPort; publicUrl: string; rateLimiter: RateLimiter }, email: string): Promise<void> {
  const address = normaliseEmail(email);
  const account = await repo.findAccountByEmail(ctx.tx, address);
  if (!account || account.state === 'closed') return;
  // Over the limit: silently send nothing, since an error would say the address is known.
  const allowed = await deps.rateLimiter.hit(RESET_PER_ADDRESS, hashToken(address), ctx.clock.now()).then(() => true, () => false);
  if (!allowed) return;
  const now = ctx.clock.now();
  await repo.revokeTokens(ctx.tx, account.id, 'reset_password', now);
  const token = newSecretToken();
  await repo.insertToken(ctx.tx, { token_hash: hashToken(token), customer_id: account.id, purpose: 'reset_password', email: account.email, created_at: now, expires_at: new Date(now.getTime() + RESET_LINK_MINUTES * MINUTE), used_at: null });
  await deps.mail.queueMail(ctx, accountMail('reset_password', account.locale, account.email, { name: account.name, link: `${deps.publicUrl}/account/reset-password?token=${token}` }));
}

/** Uses a reset link once: sets the password, ends every session, opens a fresh one. */
export async function resetPassword(ctx: Ctx, deps: { mail: MailPort; publicUrl: string }, token: string, newPassword: string, origin: Origin): Promise<NewSession & { customerId: string }> {
  const claimed = await repo.useToken(ctx.tx, hashToken(token), 'reset_password', ctx.clock.now());
  if (!claimed) throw CustomerErrors.invalid_link();
  const account = await repo.findAccount(ctx.tx, claimed.customer_id, { forUpdate: true });
  if (!account || account.state === 'closed') throw CustomerErrors.invalid_link();
  await setPassword(ctx, account.id, newPassword, [account.email, account.name]);
  await repo.endSessions(ctx.tx, account.id, ctx.clock.now(), 'password_reset');
  // Following the mailed link proves the address, as a verification link would.
  const verified = account.email_verified_at ?? ctx.clock.now();
  await repo.updateAccount(ctx.tx, account.id, { email_verified_at: verified, updated_at: ctx.clock.now() });
  const session = await openSession(ctx, deps, { ...account, email_verified_at: verified }, origin);
  return { ...session, customerId: account.id };
}

/** Changes the password with the current one; other sessions end, this one is replaced (rotation). */
export async function changePassword(ctx: Ctx, deps: { mail: MailPort; publicUrl: string }, customerId: string, current: string, next: string, origin: Origin): Promise<NewSession> {
  const account = await repo.findAccount(ctx.tx, customerId, { forUpdate: true });
  if (!account) throw CustomerErrors.customer_not_found();
  if (!(await verifyPassword(account.password_hash, current))) throw CustomerErrors.wrong_current_password();
  await setPassword(ctx, account.id, next, [account.email, account.name]);
  await repo.endSessions(ctx.tx, account.id, ctx.clock.now(), 'password_changed');
  return openSession(ctx, deps, account, origin);
}

async function setPassword(ctx: Ctx, customerId: string, password: string, identity: string[]): Promise<void> {
  const problem = passwordProblem(password, identity);
  if (problem) throw CustomerErrors.weak_password({ fields: [{ field: '/newPassword', code: problem, message: passwordAdvice[problem] }] });
  await repo.updateAccount(ctx.tx, customerId, { password_hash: await hashPassword(password), updated_at: ctx.clock.now() });
}
