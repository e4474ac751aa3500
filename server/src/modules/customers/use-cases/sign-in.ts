import type { Ctx } from '../../../kernel/context.ts';
import { verifyAgainstDecoy, verifyPassword } from '../../../kernel/auth/passwords.ts';
import { hashToken } from '../../../kernel/auth/secrets.ts';
import { truncateIp } from '../../../kernel/http/logger.ts';
import type { RateLimiter, RateRule } from '../../../kernel/rate-limit.ts';
import type { RunUseCase } from '../../../kernel/use-case.ts';
import { CustomerErrors } from '../customers.errors.ts';
import type { MailPort, Origin } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { maySignIn, normaliseEmail } from '../customers.rules.ts';
import { openSession, type NewSession } from './sessions.ts';

/** Five wrong passwords per account in 15 minutes, then refusal until the window ends. */
export const SIGN_IN_PER_ACCOUNT: RateRule = { name: 'customer-sign-in:account', limit: 5, windowSeconds: 900 };
/** Backoff: past the short window, a slower one. Twenty wrong passwords a day lock the account until tomorrow. */
export const SIGN_IN_PER_ACCOUNT_DAY: RateRule = { name: 'customer-sign-in:account-day', limit: 20, windowSeconds: 86_400 };
/** Per network, generous enough for an office behind one address, tight enough against spraying. */
export const SIGN_IN_PER_NETWORK: RateRule = { name: 'customer-sign-in:network', limit: 30, windowSeconds: 900 };

export interface SignInDeps {
  runUseCase: RunUseCase;
  rateLimiter: RateLimiter;
  mail: MailPort;
  publicUrl: string;
  now: () => Date;
}

/**
 * Signs a customer in. Wrong password and unknown address give the same answer after the same
 * work (a decoy hash is verified), and both count against the limits, which are checked before
 * the password is even looked at.
 */
export async function signIn(deps: SignInDeps, requestId: string, credentials: { email: string; password: string }, origin: Origin): Promise<NewSession & { customerId: string }> {
  const email = normaliseEmail(credentials.email);
  const accountKey = hashToken(email);
  const networkKey = truncateIp(origin.ip) ?? 'unknown';
  await deps.rateLimiter.check(SIGN_IN_PER_ACCOUNT, accountKey, deps.now());
  await deps.rateLimiter.check(SIGN_IN_PER_ACCOUNT_DAY, accountKey, deps.now());
  await deps.rateLimiter.check(SIGN_IN_PER_NETWORK, networkKey, deps.now());

  const anonymous = { kind: 'anonymous' } as const;
  const account = await deps.runUseCase(anonymous, requestId, (ctx) => repo.findAccountByEmail(ctx.tx, email));
  const valid = account ? await verifyPassword(account.password_hash, credentials.password) : await verifyAgainstDecoy(credentials.password);
  if (!account || !valid) {
    await deps.rateLimiter.hit(SIGN_IN_PER_ACCOUNT, accountKey, deps.now()).catch(() => {});
    await deps.rateLimiter.hit(SIGN_IN_PER_ACCOUNT_DAY, accountKey, deps.now()).catch(() => {});
    await deps.rateLimiter.hit(SIGN_IN_PER_NETWORK, networkKey, deps.now()).catch(() => {});
    throw CustomerErrors.invalid_credentials();
  }
  // Past this point the password was right: saying why the account cannot sign in reveals nothing.
  if (!account.email_verified_at) throw CustomerErrors.email_not_verified();
  if (!maySignIn(account.state)) throw CustomerErrors.account_unavailable({ extra: { state: account.state } });

  await deps.rateLimiter.reset(SIGN_IN_PER_ACCOUNT, accountKey, deps.now());
  const session = await deps.runUseCase(anonymous, requestId, (ctx) => openSession(ctx, deps, account, origin));
  return { ...session, customerId: account.id };
}

export async function signOut(ctx: Ctx, customerId: string, sessionId: string): Promise<void> {
  await repo.endSessions(ctx.tx, customerId, ctx.clock.now(), 'signed_out', { sessionId });
}
