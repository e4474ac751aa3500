import { hashToken } from '../../kernel/auth/secrets.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Actor } from '../../kernel/context.ts';
import { AppError } from '../../kernel/errors.ts';
import { truncateIp } from '../../kernel/http/logger.ts';
import type { SessionAudience } from '../../kernel/http/sessions.ts';
import type { RateLimiter, RateRule } from '../../kernel/rate-limit.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { AccessErrors } from './access.errors.ts';
import { normaliseEmail } from './access.rules.ts';
import { listAuditEvents, recordAudit } from './use-cases/audit.ts';
import { seedDemoAccounts } from './use-cases/demo-accounts.ts';
import { changeStaffRole, createStaff, disableStaff, enableStaff, listStaff, resetStaffTotp } from './use-cases/manage-staff.ts';
import * as staffSessions from './use-cases/staff-sessions.ts';
import * as suppliers from './use-cases/suppliers.ts';

export const STAFF_COOKIE = 'vitrine_staff';
export const SUPPLIER_COOKIE = 'vitrine_supplier';

/** The 6th wrong attempt on one account within 15 minutes is refused, right password or not. */
export const SIGN_IN_PER_ACCOUNT: RateRule = { name: 'access-sign-in-account', limit: 5, windowSeconds: 900 };
/** Wider, for a whole network: an office behind one address signs in many people. */
export const SIGN_IN_PER_NETWORK: RateRule = { name: 'access-sign-in-network', limit: 50, windowSeconds: 900 };

export interface AccessDeps {
  runUseCase: RunUseCase;
  rateLimiter: RateLimiter;
  clock: Clock;
}

/** Who attempts a sign-in (anonymous, or a session about to be rotated) and the request's id. */
export interface AttemptMeta {
  requestId: string;
  actor: Actor;
}

/** Failures that spend a guess; asking for the second factor after a right password does not. */
const COUNTED = new Set([AccessErrors.invalid_credentials.code, AccessErrors.totp_invalid.code]);

export function createAccessService(deps: AccessDeps) {
  const system = { kind: 'system', job: 'access.resolve_session' } as const;

  /**
   * Runs a sign-in under the per-account and per-network limits. Counting happens outside the
   * sign-in's transaction, on purpose: a refused attempt rolls its use case back, but must
   * still count.
   */
  async function withSignInLimits<T>(audience: string, email: string, ip: string | undefined, now: Date, attempt: () => Promise<T>): Promise<T> {
    const account = `${audience}:${hashToken(normaliseEmail(email))}`;
    const network = `${audience}:${truncateIp(ip) ?? 'unknown'}`;
    await deps.rateLimiter.check(SIGN_IN_PER_ACCOUNT, account, now);
    await deps.rateLimiter.check(SIGN_IN_PER_NETWORK, network, now);
    try {
      const result = await attempt();
      await deps.rateLimiter.reset(SIGN_IN_PER_ACCOUNT, account, now);
      return result;
    } catch (error) {
      if (error instanceof AppError && COUNTED.has(error.code)) {
        await deps.rateLimiter.hit(SIGN_IN_PER_NETWORK, network, now);
        await deps.rateLimiter.hit(SIGN_IN_PER_ACCOUNT, account, now);
      }
      throw error;
    }
  }

  function signInStaff(attempt: staffSessions.StaffSignIn, meta: AttemptMeta) {
    return withSignInLimits('staff', attempt.email, attempt.client.ip, deps.clock.now(), () =>
      deps.runUseCase(meta.actor, meta.requestId, (ctx) => staffSessions.signInStaff(ctx, attempt)),
    );
  }

  function signInSupplier(attempt: suppliers.SupplierSignIn, meta: AttemptMeta) {
    return withSignInLimits('supplier', attempt.email, attempt.client.ip, deps.clock.now(), () =>
      deps.runUseCase(meta.actor, meta.requestId, (ctx) => suppliers.signInSupplier(ctx, attempt)),
    );
  }

  /** The staff and supplier cookies, resolved on every API request by the kernel's session hook. */
  function sessionAudiences(): SessionAudience[] {
    return [
      { cookie: STAFF_COOKIE, resolve: (tokenHash, now) => deps.runUseCase(system, 'session', (ctx) => staffSessions.resolveStaffSession(ctx, tokenHash, now)) },
      { cookie: SUPPLIER_COOKIE, resolve: (tokenHash, now) => deps.runUseCase(system, 'session', (ctx) => suppliers.resolveSupplierSession(ctx, tokenHash, now)) },
    ];
  }

  return {
    sessionAudiences,
    signInStaff,
    signInSupplier,
    describeStaffSession: staffSessions.describeStaffSession,
    signOutStaff: staffSessions.signOutStaff,
    startTotpEnrolment: staffSessions.startTotpEnrolment,
    confirmTotpEnrolment: staffSessions.confirmTotpEnrolment,
    changeStaffPassword: staffSessions.changeStaffPassword,
    listStaff,
    createStaff,
    changeStaffRole,
    disableStaff,
    enableStaff,
    resetStaffTotp,
    /** For every module: record a staff action inside the use case that performs it (PRV-8). */
    recordAudit,
    listAuditEvents,
    createSupplierOrganisation: suppliers.createSupplierOrganisation,
    listSupplierOrganisations: suppliers.listSupplierOrganisations,
    getSupplierOrganisation: suppliers.getSupplierOrganisation,
    createSupplierUser: suppliers.createSupplierUser,
    describeSupplierSession: suppliers.describeSupplierSession,
    signOutSupplier: suppliers.signOutSupplier,
    seedDemoAccounts,
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
