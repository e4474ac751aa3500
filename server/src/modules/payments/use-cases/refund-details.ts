import { requireCustomer } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { PaymentErrors } from '../payments.errors.ts';
import type { OrderViewer } from '../payments.ports.ts';
import { paymentsRepository as repo } from '../payments.repository.ts';
import { accountEnding, checkPayoutDetails } from '../payments.rules.ts';
import type { PaymentsInternals } from '../payments.service.ts';
import type { RefundTaskRow } from '../payments.tables.ts';

/** What the order pages show about a refund paid out by hand; the account number only by its ending. */
export interface RefundDetailsState {
  /** A refund of this order waits for the account to be paid into. */
  needed: boolean;
  /** Still to be paid out, in minor units; 0 when nothing waits. */
  amount: number;
  currency: string | null;
  given: { accountHolder: string; bankName: string; accountNumberEnding: string; bankCode: string | null } | null;
}

function stateOf(open: readonly RefundTaskRow[]): RefundDetailsState {
  const given = open.findLast((t) => t.details_given_at !== null && t.account_number !== null);
  return {
    needed: open.some((t) => t.details_given_at === null),
    amount: open.reduce((sum, t) => sum + Number(t.amount), 0),
    currency: open[0]?.currency ?? null,
    given: given ? { accountHolder: given.account_holder ?? '', bankName: given.bank_name ?? '', accountNumberEnding: accountEnding(given.account_number!), bankCode: given.bank_code } : null,
  };
}

/**
 * PAY-2 on the customer's side: a refund of a bank transfer or of cash is paid out by staff, into
 * the account the customer names on the order page. The signed-in customer may do it for their
 * own order, a guest with the token of their order's link; anyone else finds no such order.
 */
export function createRefundDetailsUseCases({ deps }: Pick<PaymentsInternals, 'deps'>) {
  async function requireViewer(ctx: Ctx, orderId: string, guestToken: string | undefined): Promise<void> {
    const who: OrderViewer = guestToken ? { guestToken } : { customerId: requireCustomer(ctx.actor).customerId };
    if (!(await deps.orders.visibleTo(ctx, orderId, who))) throw PaymentErrors.order_not_found();
  }

  /** Whether a refund of the order waits for its account, how much, and what was given already. */
  async function refundDetailsNeeded(ctx: Ctx, orderId: string, guestToken?: string): Promise<RefundDetailsState> {
    await requireViewer(ctx, orderId, guestToken);
    return stateOf(await repo.openRefundTasksOfOrder(ctx.tx, orderId));
  }

  /**
   * Names the account for every refund of the order still to be paid out. Giving them again
   * replaces them while staff have not paid; a refund already paid keeps the account it went to.
   */
  async function giveRefundDetails(ctx: Ctx, orderId: string, input: { accountHolder: string; bankName: string; accountNumber: string; bankCode?: string | null | undefined }, guestToken?: string): Promise<RefundDetailsState> {
    await requireViewer(ctx, orderId, guestToken);
    const checked = checkPayoutDetails(input);
    if (!checked.details) {
      throw PaymentErrors.refund_details_invalid({ fields: checked.problems.map((p) => ({ field: `/${p.field}`, code: p.code, message: p.message })) });
    }
    // Locked, so that staff marking a task paid at this moment either sees the new account or keeps the task out of this change.
    const open = await repo.openRefundTasksOfOrder(ctx.tx, orderId, { lock: true });
    if (!open.length) throw PaymentErrors.refund_details_not_needed();
    const at = ctx.clock.now();
    await repo.setPayoutDetails(ctx.tx, open.map((t) => t.id), checked.details, at);
    return stateOf(await repo.openRefundTasksOfOrder(ctx.tx, orderId));
  }

  return { refundDetailsNeeded, giveRefundDetails };
}
