import type { Ctx } from '../../../kernel/context.ts';
import { CustomerErrors } from '../customers.errors.ts';
import { accountMail } from '../customers.mails.ts';
import type { MailPort } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { normaliseEmail, toE164 } from '../customers.rules.ts';
import type { AccountRow } from '../customers.tables.ts';
import { sendVerificationLink } from './register-customer.ts';

export async function getAccount(ctx: Ctx, customerId: string): Promise<AccountRow> {
  const account = await repo.findAccount(ctx.tx, customerId);
  if (!account) throw CustomerErrors.customer_not_found();
  return account;
}

/** ACC-3: the customer keeps their details true; name, phone and language change at once. */
export async function updateProfile(ctx: Ctx, customerId: string, changes: { name?: string | undefined; phone?: string | null | undefined; locale?: string | undefined }): Promise<AccountRow> {
  const account = await getAccount(ctx, customerId);
  let phone = account.phone_e164;
  if (changes.phone !== undefined) {
    phone = changes.phone === null || changes.phone === '' ? null : (toE164(changes.phone) ?? null);
    if (changes.phone && !phone) throw CustomerErrors.invalid_phone({ fields: [{ field: '/phone', code: 'invalid_phone', message: 'use the international format, such as +852 9123 4567' }] });
  }
  const updated = { name: changes.name?.trim() ?? account.name, phone_e164: phone, locale: changes.locale ?? account.locale, updated_at: ctx.clock.now() };
  await repo.updateAccount(ctx.tx, customerId, updated);
  return { ...account, ...updated };
}

/**
 * A new address takes effect only once confirmed from that address; the current address is told
 * at once, so a hijacker cannot move the account away silently.
 */
export async function requestEmailChange(ctx: Ctx, deps: { mail: MailPort; publicUrl: string }, customerId: string, newEmail: string): Promise<void> {
  const account = await getAccount(ctx, customerId);
  const email = normaliseEmail(newEmail);
  if (email === account.email) return;
  if (await repo.findAccountByEmail(ctx.tx, email)) throw CustomerErrors.email_taken();
  await sendVerificationLink(ctx, deps, account, email);
  await deps.mail.queueMail(ctx, accountMail('email_changing', account.locale, account.email, { name: account.name, newEmail: email, link: `${deps.publicUrl}/account/security` }));
}
