import type { Ctx } from '../../../kernel/context.ts';
import { hashToken } from '../../../kernel/auth/secrets.ts';
import { CustomerErrors } from '../customers.errors.ts';
import type { ConsentPort } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { ADULT_AGE, dateIn } from '../customers.rules.ts';

export interface GuardianDecision {
  customerName: string;
  decision: 'confirmed' | 'withdrawn';
}

/** What the guardian's link shows before they decide. */
export async function guardianRequest(ctx: Ctx, token: string): Promise<{ customerName: string; confirmed: boolean }> {
  const { account, guardian } = await byGuardianToken(ctx, token);
  return { customerName: account.name, confirmed: guardian.confirmed_at !== null && guardian.withdrawn_at === null };
}

/**
 * ACC-2: the guardian confirms (the restriction lifts) or withdraws (it returns). Recorded on the
 * guardian row with its time; the consent ledger keeps the same event for the privacy centre (and
 * a withdrawal there also withdraws the account's marketing opt-ins).
 */
export async function decideAsGuardian(ctx: Ctx, consent: ConsentPort, token: string, decision: 'confirm' | 'withdraw'): Promise<GuardianDecision> {
  const { account, guardian } = await byGuardianToken(ctx, token);
  const now = ctx.clock.now();
  if (decision === 'confirm') {
    await repo.upsertGuardian(ctx.tx, { ...guardian, confirmed_at: now, withdrawn_at: null });
    if (account.state === 'restricted' && account.restriction === 'guardian_pending') {
      await repo.updateAccount(ctx.tx, account.id, { state: 'active', restriction: null, updated_at: now });
    }
    await consent.recordGuardianDecision(ctx, { customerId: account.id, guardianEmail: guardian.guardian_email, decision: 'confirmed' });
    return { customerName: account.name, decision: 'confirmed' };
  }
  await repo.upsertGuardian(ctx.tx, { ...guardian, withdrawn_at: now });
  if (account.state === 'active') {
    await repo.updateAccount(ctx.tx, account.id, { state: 'restricted', restriction: 'guardian_pending', updated_at: now });
  }
  await consent.recordGuardianDecision(ctx, { customerId: account.id, guardianEmail: guardian.guardian_email, decision: 'withdrawn' });
  return { customerName: account.name, decision: 'withdrawn' };
}

/** Daily: a minor who has turned 18 is restricted no longer (ACC-2). */
export async function liftRestrictionsAtAdulthood(ctx: Ctx, timeZone: string): Promise<number> {
  const today = dateIn(timeZone, ctx.clock.now());
  const [y, m, d] = today.split('-');
  const bornOnOrBefore = `${Number(y) - ADULT_AGE}-${m}-${d}`;
  const grownUp = await repo.minorsComingOfAge(ctx.tx, bornOnOrBefore);
  for (const account of grownUp) {
    await repo.updateAccount(ctx.tx, account.id, { state: 'active', restriction: null, updated_at: ctx.clock.now() });
  }
  return grownUp.length;
}

async function byGuardianToken(ctx: Ctx, token: string) {
  const found = await repo.findToken(ctx.tx, hashToken(token), 'guardian_consent', ctx.clock.now());
  if (!found) throw CustomerErrors.invalid_link();
  const account = await repo.findAccount(ctx.tx, found.customer_id, { forUpdate: true });
  const guardian = await repo.findGuardian(ctx.tx, found.customer_id);
  if (!account || !guardian || account.state === 'closed' || guardian.guardian_email !== found.email) throw CustomerErrors.invalid_link();
  return { account, guardian };
}
