import type { Ctx } from '../../kernel/context.ts';
import type { MailToQueue } from '../notifications/index.ts';

/** What the customers module needs from the legal module (ACC-1, ACC-7). */
export interface LegalPort {
  currentVersion(ctx: Ctx, kind: 'registration-agreement' | 'privacy-policy'): Promise<{ version: string } | undefined>;
  recordAcceptance(ctx: Ctx, acceptance: { customerId: string; kind: 'registration-agreement' | 'privacy-policy'; version: string; ip: string | null; userAgent: string | null }): Promise<unknown>;
  pendingAcceptances(ctx: Ctx, customerId: string): Promise<{ kind: string; version: string }[]>;
}

/** Marketing opt-ins per channel; a channel left out is not ticked. */
export type MarketingOptIns = Partial<Record<'email' | 'sms' | 'phone' | 'push', boolean>>;

/** What it needs from privacy: the consent ledgers (MKT-3, ACC-2). */
export interface ConsentPort {
  recordMarketingChoices(ctx: Ctx, customerId: string, choices: MarketingOptIns, source: 'registration'): Promise<unknown>;
  recordGuardianDecision(ctx: Ctx, entry: { customerId: string; guardianEmail: string; decision: 'confirmed' | 'withdrawn' }): Promise<void>;
}

/** What it needs from notifications. */
export interface MailPort {
  queueMail(ctx: Ctx, mail: MailToQueue): Promise<string>;
}

/** Where a request came from, as far as the account records need it. */
export interface Origin {
  ip: string | undefined;
  userAgent: string | undefined;
}

/** What it needs from access: the audit trail of staff actions on customers (PRV-8). */
export interface AuditPort {
  recordAudit(ctx: Ctx, entry: { action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void>;
}
