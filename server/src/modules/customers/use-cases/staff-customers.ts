import type { Ctx } from '../../../kernel/context.ts';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import { CustomerErrors } from '../customers.errors.ts';
import type { AuditPort } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { identityHash } from '../customers.rules.ts';
import type { AccountRow, AccountState } from '../customers.tables.ts';

/** Staff look at customers only with `customers.read`, and every look is in the audit log. */
export async function listCustomers(ctx: Ctx, audit: AuditPort, filter: { query?: string | undefined; state?: string | undefined; after?: string | undefined; limit: number }): Promise<AccountRow[]> {
  requireStaff(ctx.actor, 'customers.read');
  const rows = await repo.listAccounts(ctx.tx, filter);
  await audit.recordAudit(ctx, { action: 'customers.listed', subjectType: 'customer', subjectId: '*', detail: { query: filter.query ?? null, state: filter.state ?? null, count: rows.length } });
  return rows;
}

export async function viewCustomer(ctx: Ctx, audit: AuditPort, customerId: string): Promise<AccountRow> {
  requireStaff(ctx.actor, 'customers.read');
  const account = await repo.findAccount(ctx.tx, customerId);
  if (!account) throw CustomerErrors.customer_not_found();
  await audit.recordAudit(ctx, { action: 'customers.viewed', subjectType: 'customer', subjectId: customerId });
  return account;
}

export type StaffStateChange =
  | { state: 'active' }
  | { state: 'suspended' | 'frozen'; reason: string }
  | { state: 'closed'; reason: string; forCause: boolean };

/**
 * ACC-3, ACC-8, DEL-6: staff suspend, freeze, close or reactivate an account, always with a
 * reason. Every session ends at once; closing for cause also bars the verified e-mail and phone
 * from registering again. A closed account stays closed.
 */
export async function changeAccountState(ctx: Ctx, audit: AuditPort, customerId: string, change: StaffStateChange): Promise<AccountRow> {
  requireStaff(ctx.actor, 'customers.manage');
  const account = await repo.findAccount(ctx.tx, customerId, { forUpdate: true });
  if (!account) throw CustomerErrors.customer_not_found();
  if (account.state === 'closed' || (change.state === 'active' && account.restriction === 'guardian_pending')) {
    throw CustomerErrors.state_change_not_allowed({ detail: account.state === 'closed' ? 'A closed account cannot be reopened.' : 'A minor’s account opens with the guardian’s consent.' });
  }
  const now = ctx.clock.now();
  const reason = 'reason' in change ? change.reason : null;
  await repo.updateAccount(ctx.tx, customerId, { state: change.state as AccountState, state_reason: reason, updated_at: now });
  if (change.state !== 'active') await repo.endSessions(ctx.tx, customerId, now, `account_${change.state}`);
  if (change.state === 'closed' && change.forCause) {
    await repo.block(ctx.tx, [
      ...(account.email_verified_at ? [{ identity_hash: identityHash('email', account.email), kind: 'email' as const }] : []),
      ...(account.phone_e164 ? [{ identity_hash: identityHash('phone', account.phone_e164), kind: 'phone' as const }] : []),
    ], now);
  }
  await audit.recordAudit(ctx, { action: `customers.${change.state === 'active' ? 'reactivated' : change.state}`, subjectType: 'customer', subjectId: customerId, detail: { from: account.state, reason, forCause: 'forCause' in change ? change.forCause : false } });
  return { ...account, state: change.state as AccountState, state_reason: reason };
}
