import type { Ctx } from '../../../kernel/context.ts';
import { HOUR } from '../../../kernel/clock.ts';
import { hashPassword, passwordProblem } from '../../../kernel/auth/passwords.ts';
import { hashToken, newSecretToken } from '../../../kernel/auth/secrets.ts';
import { newId } from '../../../kernel/ids.ts';
import { CustomerErrors } from '../customers.errors.ts';
import { accountMail } from '../customers.mails.ts';
import type { ConsentPort, LegalPort, MailPort, MarketingOptIns, Origin } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import { ADULT_AGE, ageOn, dateIn, identityHash, isPlausibleBirthDate, normaliseEmail, toE164 } from '../customers.rules.ts';

export interface Registration {
  email: string;
  password: string;
  name: string;
  phone?: string | undefined;
  birthDate?: string | undefined;
  guardianEmail?: string | undefined;
  locale: string;
  /** The agreement version the person saw and ticked (ACC-1). */
  acceptedAgreementVersion?: string | undefined;
  /** Marketing opt-ins per channel, each un-ticked unless the person ticked it (MKT-3). */
  marketing?: MarketingOptIns | undefined;
}

export interface RegistrationDeps {
  legal: LegalPort;
  consent: ConsentPort;
  mail: MailPort;
  publicUrl: string;
  timeZone: string;
}

export const WELCOME_OFFER = { kind: 'welcome-10', percentOff: 10 } as const;
const VERIFY_LINK_HOURS = 24;

/**
 * Opens an account. The answer is the same whether or not the address was free, so registration
 * cannot be used to learn who is a customer: a new address gets a confirmation link, a known one
 * gets a note that someone tried. The account can sign in once the address is confirmed.
 */
export async function registerCustomer(ctx: Ctx, deps: RegistrationDeps, input: Registration, origin: Origin): Promise<void> {
  // 1. The agreement in force must be the one accepted (ACC-1).
  if (!input.acceptedAgreementVersion) throw CustomerErrors.agreement_not_accepted();
  const agreement = await deps.legal.currentVersion(ctx, 'registration-agreement');
  if (!agreement || agreement.version !== input.acceptedAgreementVersion) {
    throw CustomerErrors.agreement_version_outdated({ extra: { current_version: agreement?.version ?? null } });
  }

  // 2. Check what was given.
  const email = normaliseEmail(input.email);
  const problem = passwordProblem(input.password, [email, input.name]);
  if (problem) throw CustomerErrors.weak_password({ fields: [{ field: '/password', code: problem, message: passwordAdvice[problem] }] });
  const phone = input.phone ? toE164(input.phone) : undefined;
  if (input.phone && !phone) throw CustomerErrors.invalid_phone({ fields: [{ field: '/phone', code: 'invalid_phone', message: 'use the international format, such as +852 9123 4567' }] });
  const today = dateIn(deps.timeZone, ctx.clock.now());
  if (input.birthDate && !isPlausibleBirthDate(input.birthDate, today)) throw CustomerErrors.invalid_birth_date();
  const minor = input.birthDate !== undefined && ageOn(input.birthDate, today) < ADULT_AGE;
  const guardianEmail = input.guardianEmail ? normaliseEmail(input.guardianEmail) : undefined;
  if (minor && !guardianEmail) throw CustomerErrors.guardian_email_required();
  if (minor && guardianEmail === email) throw CustomerErrors.guardian_email_is_own();

  // 3. Identities closed for cause may not come back (ACC-8).
  const identities = [identityHash('email', email), ...(phone ? [identityHash('phone', phone)] : [])];
  if (await repo.isBlocked(ctx.tx, identities)) throw CustomerErrors.identity_blocked();

  // 4. A known address: tell its owner, answer as for a new one. Hash anyway, for equal timing.
  const passwordHash = await hashPassword(input.password);
  const existing = await repo.findAccountByEmail(ctx.tx, email);
  if (existing) {
    await deps.mail.queueMail(ctx, accountMail('already_registered', existing.locale, existing.email, { name: existing.name, link: `${deps.publicUrl}/account/sign-in` }));
    return;
  }

  // 5. Write the account, its acceptance, the welcome offer; send the links.
  const now = ctx.clock.now();
  const id = newId('cus', now.getTime());
  await repo.insertAccount(ctx.tx, {
    id, email, email_verified_at: null, password_hash: passwordHash, name: input.name.trim(), phone_e164: phone ?? null,
    birth_date: input.birthDate ?? null, locale: input.locale,
    state: minor ? 'restricted' : 'active', restriction: minor ? 'guardian_pending' : null, state_reason: null, created_at: now, updated_at: now,
  });
  await deps.legal.recordAcceptance(ctx, { customerId: id, kind: 'registration-agreement', version: agreement.version, ip: origin.ip ?? null, userAgent: origin.userAgent ?? null });
  // The sign-up form presents the privacy policy beside the agreement; its reading is recorded too.
  const policy = await deps.legal.currentVersion(ctx, 'privacy-policy');
  if (policy) await deps.legal.recordAcceptance(ctx, { customerId: id, kind: 'privacy-policy', version: policy.version, ip: origin.ip ?? null, userAgent: origin.userAgent ?? null });
  // Ticked channels enter the consent ledger (MKT-3). A minor's are ignored: no marketing before
  // the guardian confirms (ACC-2), and the answer must stay the same as for anyone else, so that
  // it tells nothing; once confirmed, they choose again in their account.
  if (!minor && input.marketing) await deps.consent.recordMarketingChoices(ctx, id, input.marketing, 'registration');
  await repo.grantEntitlement(ctx.tx, { id: newId('ent', now.getTime()), customer_id: id, kind: WELCOME_OFFER.kind, percent_off: WELCOME_OFFER.percentOff, granted_at: now });
  await sendVerificationLink(ctx, deps, { id, name: input.name, locale: input.locale }, email);
  if (minor && guardianEmail) await sendGuardianLink(ctx, deps, { id, name: input.name, locale: input.locale }, guardianEmail);
}

export async function sendVerificationLink(ctx: Ctx, deps: Pick<RegistrationDeps, 'mail' | 'publicUrl'>, account: { id: string; name: string; locale: string }, email: string): Promise<void> {
  const token = newSecretToken();
  const now = ctx.clock.now();
  await repo.insertToken(ctx.tx, { token_hash: hashToken(token), customer_id: account.id, purpose: 'verify_email', email, created_at: now, expires_at: new Date(now.getTime() + VERIFY_LINK_HOURS * HOUR), used_at: null });
  await deps.mail.queueMail(ctx, accountMail('verify_email', account.locale, email, { name: account.name, link: `${deps.publicUrl}/account/verify?token=${token}` }));
}

export async function sendGuardianLink(ctx: Ctx, deps: Pick<RegistrationDeps, 'mail' | 'publicUrl'>, account: { id: string; name: string; locale: string }, guardianEmail: string): Promise<void> {
  const token = newSecretToken();
  const now = ctx.clock.now();
  await repo.upsertGuardian(ctx.tx, { customer_id: account.id, guardian_email: guardianEmail, confirmed_at: null, withdrawn_at: null });
  // The guardian keeps this link to withdraw later, so it lives as long as the minority may.
  await repo.insertToken(ctx.tx, { token_hash: hashToken(token), customer_id: account.id, purpose: 'guardian_consent', email: guardianEmail, created_at: now, expires_at: new Date(now.getTime() + 18 * 365 * 24 * HOUR), used_at: null });
  await deps.mail.queueMail(ctx, accountMail('guardian_consent', account.locale, guardianEmail, { name: account.name, link: `${deps.publicUrl}/account/guardian?token=${token}` }));
}

export const passwordAdvice = {
  too_short: 'use at least 10 characters',
  too_long: 'use at most 128 characters',
  too_common: 'this password is among the most used; choose another',
  contains_identity: 'do not build the password from your name or e-mail',
} as const;
