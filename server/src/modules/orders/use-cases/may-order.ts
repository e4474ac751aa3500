import type { Ctx } from '../../../kernel/context.ts';
import { OrderErrors } from '../orders.errors.ts';
import type { OrdersDeps } from '../orders.ports.ts';

/**
 * Who may place an order, each refusal with its own code: not a restricted minor (ACC-2), not a
 * customer who has not accepted the agreement in force (ACC-7), not a suspended, frozen or closed
 * account (ACC-8), not a customer refused after repeated unjustified rejections (DEL-6). A guest
 * accepts the agreement in force here (ACC-1). Returns the agreement version the order is under.
 */
export async function checkMayOrder(ctx: Ctx, deps: OrdersDeps, customerId: string | null, acceptedVersion: string | undefined): Promise<string> {
  const inForce = (await deps.agreementInForce(ctx)) ?? 'none';
  if (customerId === null) {
    if (acceptedVersion !== inForce) throw OrderErrors.agreement_not_accepted({ detail: `Accept version ${inForce} of the registration agreement.` });
    return inForce;
  }
  switch (await deps.customers.orderingBlock(ctx, customerId)) {
    case 'restricted':
      throw OrderErrors.customer_restricted();
    case 'acceptance_pending':
      throw OrderErrors.agreement_acceptance_pending();
    case 'unavailable':
      throw OrderErrors.account_unavailable();
    case undefined:
      break;
  }
  if (await deps.customers.refusedForRejections(ctx, customerId)) throw OrderErrors.ordering_refused();
  return inForce;
}
