import type { Ctx } from '../../../kernel/context.ts';
import { MINUTE } from '../../../kernel/clock.ts';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import { hashToken, newSecretToken } from '../../../kernel/auth/secrets.ts';
import { newId } from '../../../kernel/ids.ts';
import { CustomerErrors } from '../customers.errors.ts';
import type { AuditPort } from '../customers.ports.ts';
import { customersRepository as repo } from '../customers.repository.ts';
import type { StaffViewReason, StaffViewRow } from '../customers.tables.ts';
import type { NewSession } from './sessions.ts';

export const STAFF_VIEW_MINUTES = 30;

/**
 * ACC-6: a staff member with `customers.view_as` looks at an account as its customer does. The
 * view is a session of the customer's that refuses every change, ends by itself after 30
 * minutes, is in the audit log, and is listed to the customer with its reason.
 */
export async function startStaffView(ctx: Ctx, audit: AuditPort, customerId: string, reason: StaffViewReason): Promise<NewSession & { viewId: string; expiresAt: Date }> {
  const staff = requireStaff(ctx.actor, 'customers.view_as');
  const account = await repo.findAccount(ctx.tx, customerId);
  if (!account) throw CustomerErrors.customer_not_found();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + STAFF_VIEW_MINUTES * MINUTE);
  const view: StaffViewRow = { id: newId('view', now.getTime()), customer_id: customerId, staff_id: staff.staffId, reason_code: reason, started_at: now, expires_at: expiresAt };
  await repo.insertStaffView(ctx.tx, view);
  const session = { sessionId: newId('ses', now.getTime()), token: newSecretToken(), csrfToken: newSecretToken(), maxAgeSeconds: STAFF_VIEW_MINUTES * 60 };
  await repo.insertSession(ctx.tx, {
    id: session.sessionId, customer_id: customerId, token_hash: hashToken(session.token), csrf_token: session.csrfToken, device: 'Staff view',
    user_agent: null, ip_network: null, created_at: now, last_seen_at: now, expires_at: expiresAt, ended_at: null, end_reason: null, staff_view_id: view.id,
  });
  await audit.recordAudit(ctx, { action: 'customers.view_as_started', subjectType: 'customer', subjectId: customerId, detail: { reason, viewId: view.id, minutes: STAFF_VIEW_MINUTES } });
  return { ...session, viewId: view.id, expiresAt };
}

/** What the customer is shown: when staff looked, for how long and why (never who, by name). */
export async function staffViewsOf(ctx: Ctx, customerId: string): Promise<StaffViewRow[]> {
  return repo.staffViews(ctx.tx, customerId);
}
