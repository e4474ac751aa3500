import type { Ctx } from '../../kernel/context.ts';
import { hashToken, sameSecret } from '../../kernel/auth/secrets.ts';
import { OrderErrors } from './orders.errors.ts';
import type { BagOwner, OrdersDeps } from './orders.ports.ts';
import { ordersRepository as repo } from './orders.repository.ts';
import type { CheckoutDetails, OrderRow } from './orders.tables.ts';
import { checkoutReview, saveCheckoutDetails, type ReviewView } from './use-cases/checkout-steps.ts';
import { cancelIfUnpaid, orderIsOpen, paymentAuthorised, paymentFailed, paymentHeldForReview } from './use-cases/payment-outcomes.ts';
import { placeOrder, type PlaceOrderInput } from './use-cases/place-order.ts';

export function createOrdersService(deps: OrdersDeps) {
  /** An order as its customer, or a guest holding its link, may see it; anyone else gets "not found". */
  async function orderFor(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }): Promise<OrderRow> {
    const order = await repo.byId(ctx.tx, orderId);
    const allowed = order && ('customerId' in who
      ? order.customer_id === who.customerId
      : order.guest_access_hash !== null && sameSecret(hashToken(who.guestToken), order.guest_access_hash));
    if (!order || !allowed) throw OrderErrors.order_not_found();
    return order;
  }

  return {
    checkoutReview: (ctx: Ctx, owner: BagOwner, view: ReviewView) => checkoutReview(ctx, deps, owner, view),
    saveCheckoutDetails: (ctx: Ctx, owner: BagOwner, changes: CheckoutDetails, view: ReviewView) => saveCheckoutDetails(ctx, deps, owner, changes, view),
    placeOrder: (ctx: Ctx, input: PlaceOrderInput) => placeOrder(ctx, deps, input),

    async orderDetail(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }) {
      const order = await orderFor(ctx, orderId, who);
      return { order, lines: await repo.linesOf(ctx.tx, orderId), events: await repo.eventsOf(ctx.tx, orderId) };
    },
    ordersOfCustomer: (ctx: Ctx, customerId: string) => repo.ordersOfCustomer(ctx.tx, customerId, 100),

    // Told by the payments module.
    paymentAuthorised,
    paymentHeldForReview,
    paymentFailed,
    orderIsOpen,

    /** PAY-1, by the deadline job and by the sweep that catches any job lost. */
    cancelIfUnpaid: (ctx: Ctx, orderId: string) => cancelIfUnpaid(ctx, deps, orderId),
    overdueUnpaid: (ctx: Ctx, limit: number) => repo.overdueUnpaid(ctx.tx, limit),
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
