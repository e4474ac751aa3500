import type { Ctx } from '../../kernel/context.ts';
import type { RateLimiter } from '../../kernel/rate-limit.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { AuditPort, ConsentPort, LegalPort, MailPort, Origin } from './customers.ports.ts';
import { customersRepository as repo } from './customers.repository.ts';
import { mayOrder } from './customers.rules.ts';
import { addAddress, listAddresses, removeAddress, updateAddress } from './use-cases/addresses.ts';
import { decideAsGuardian, guardianRequest, liftRestrictionsAtAdulthood } from './use-cases/guardian.ts';
import { changePassword, requestPasswordReset, resetPassword } from './use-cases/passwords.ts';
import { getAccount, requestEmailChange, updateProfile } from './use-cases/profile.ts';
import { registerCustomer, type Registration } from './use-cases/register-customer.ts';
import { endOtherSessions, endSession, listSessions, reportMisuse, resolveSession } from './use-cases/sessions.ts';
import { signIn, signOut } from './use-cases/sign-in.ts';
import { changeAccountState, listCustomers, viewCustomer, type StaffStateChange } from './use-cases/staff-customers.ts';
import { startStaffView, staffViewsOf } from './use-cases/staff-view.ts';
import type { StaffViewReason } from './customers.tables.ts';
import { verifyEmail } from './use-cases/verify-email.ts';

export interface CustomersDeps {
  runUseCase: RunUseCase;
  rateLimiter: RateLimiter;
  legal: LegalPort;
  consent: ConsentPort;
  mail: MailPort;
  audit: AuditPort;
  publicUrl: string;
  timeZone: string;
  now: () => Date;
}

/** The customers module's use cases, each taking the context of its one transaction. */
export function createCustomersService(deps: CustomersDeps) {
  const links = { mail: deps.mail, publicUrl: deps.publicUrl };
  return {
    register: (ctx: Ctx, input: Registration, origin: Origin) => registerCustomer(ctx, { ...links, legal: deps.legal, consent: deps.consent, timeZone: deps.timeZone }, input, origin),
    verifyEmail: (ctx: Ctx, token: string, origin: Origin) => verifyEmail(ctx, links, token, origin),
    /** Runs its own transactions: failed attempts must be counted even though they fail. */
    signIn: (requestId: string, credentials: { email: string; password: string }, origin: Origin) => signIn({ ...links, runUseCase: deps.runUseCase, rateLimiter: deps.rateLimiter, now: deps.now }, requestId, credentials, origin),
    signOut,
    resolveSession,
    listSessions,
    endSession,
    endOtherSessions,
    reportMisuse: (ctx: Ctx, customerId: string, description: string) => reportMisuse(ctx, links, customerId, description),
    requestPasswordReset: (ctx: Ctx, email: string) => requestPasswordReset(ctx, { ...links, rateLimiter: deps.rateLimiter }, email),
    resetPassword: (ctx: Ctx, token: string, password: string, origin: Origin) => resetPassword(ctx, links, token, password, origin),
    changePassword: (ctx: Ctx, customerId: string, current: string, next: string, origin: Origin) => changePassword(ctx, links, customerId, current, next, origin),
    getAccount,
    listAddresses,
    addAddress,
    updateAddress,
    removeAddress,
    updateProfile,
    requestEmailChange: (ctx: Ctx, customerId: string, email: string) => requestEmailChange(ctx, links, customerId, email),
    guardianRequest,
    decideAsGuardian: (ctx: Ctx, token: string, decision: 'confirm' | 'withdraw') => decideAsGuardian(ctx, deps.consent, token, decision),
    liftRestrictionsAtAdulthood: (ctx: Ctx) => liftRestrictionsAtAdulthood(ctx, deps.timeZone),
    entitlements: (ctx: Ctx, customerId: string) => repo.entitlements(ctx.tx, customerId),
    /** Uses the customer's entitlement of this kind (the welcome offer, at checkout); false when already used. */
    useEntitlement: (ctx: Ctx, customerId: string, kind: string) => repo.useEntitlement(ctx.tx, customerId, kind, ctx.clock.now()),
    /** Legal documents in force that the customer still has to accept (ACC-7). */
    pendingAcceptances: (ctx: Ctx, customerId: string) => deps.legal.pendingAcceptances(ctx, customerId),
    /** Accepts a document version in force, as the customer does at sign-in after a material change. */
    acceptDocument: (ctx: Ctx, customerId: string, kind: 'registration-agreement' | 'privacy-policy', version: string, origin: Origin) =>
      deps.legal.recordAcceptance(ctx, { customerId, kind, version, ip: origin.ip ?? null, userAgent: origin.userAgent ?? null }),

    /** ACC-2, ACC-7, ACC-8: whether the customer may place an order now, and if not, why. */
    async orderingBlock(ctx: Ctx, customerId: string): Promise<'restricted' | 'unavailable' | 'acceptance_pending' | undefined> {
      const account = await getAccount(ctx, customerId);
      if (account.state === 'restricted') return 'restricted';
      if (!mayOrder(account)) return 'unavailable';
      if ((await deps.legal.pendingAcceptances(ctx, customerId)).length > 0) return 'acceptance_pending';
      return undefined;
    },

    listCustomers: (ctx: Ctx, filter: Parameters<typeof listCustomers>[2]) => listCustomers(ctx, deps.audit, filter),
    viewCustomer: (ctx: Ctx, customerId: string) => viewCustomer(ctx, deps.audit, customerId),
    changeAccountState: (ctx: Ctx, customerId: string, change: StaffStateChange) => changeAccountState(ctx, deps.audit, customerId, change),
    startStaffView: (ctx: Ctx, customerId: string, reason: StaffViewReason) => startStaffView(ctx, deps.audit, customerId, reason),
    staffViewsOf,

    /** For the legal module's material-change notices: every reachable customer, in pages. */
    listContacts: (ctx: Ctx, afterId: string | null, limit: number) => repo.contactsAfter(ctx.tx, afterId, limit),
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
