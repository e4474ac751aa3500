import type { SessionAudience } from '../../kernel/http/sessions.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { CUSTOMER_COOKIE } from './customers.routes.ts';
import type { CustomersService } from './customers.service.ts';

/** Customers sign in with their own cookie; the kernel resolves it on every API request. */
export function customerSessionAudience(customers: CustomersService, runUseCase: RunUseCase): SessionAudience {
  return {
    cookie: CUSTOMER_COOKIE,
    async resolve(tokenHash) {
      const session = await runUseCase({ kind: 'anonymous' }, 'session', (ctx) => customers.resolveSession(ctx, tokenHash));
      if (!session) return undefined;
      const view = session.staff_view_id ? { staffViewId: session.staff_view_id } : {};
      return { actor: { kind: 'customer', customerId: session.customer_id, sessionId: session.id, ...view }, csrfToken: session.csrf_token, readOnly: session.staff_view_id !== null };
    },
  };
}
