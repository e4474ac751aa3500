import type { Ctx } from '../../../kernel/context.ts';
import { hashToken } from '../../../kernel/auth/secrets.ts';
import { CustomerErrors } from '../customers.errors.ts';
import type { MailPort, Origin } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { openSession, type NewSession } from './sessions.ts';

/**
 * Follows a confirmation link: the address it was sent to becomes the account's verified address
 * (the first address, or a new one replacing the old), and the customer is signed in.
 */
export async function verifyEmail(ctx: Ctx, deps: { mail: MailPort; publicUrl: string }, token: string, origin: Origin): Promise<NewSession & { customerId: string }> {
  const now = ctx.clock.now();
  const claimed = await repo.useToken(ctx.tx, hashToken(token), 'verify_email', now);
  if (!claimed) throw CustomerErrors.invalid_link();
  const account = await repo.findAccount(ctx.tx, claimed.customer_id, { forUpdate: true });
  if (!account || account.state === 'closed') throw CustomerErrors.invalid_link();
  if (claimed.email !== account.email) {
    // A change of address: the new one may have been taken meanwhile.
    if (await repo.findAccountByEmail(ctx.tx, claimed.email)) throw CustomerErrors.email_taken();
  }
  await repo.updateAccount(ctx.tx, account.id, { email: claimed.email, email_verified_at: now, updated_at: now });
  const session = await openSession(ctx, deps, { ...account, email: claimed.email, email_verified_at: now }, origin);
  return { ...session, customerId: account.id };
}
