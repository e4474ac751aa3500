import type { Ctx } from '../../kernel/context.ts';
import { hashToken, sameSecret } from '../../kernel/auth/secrets.ts';
import { OrderErrors } from './orders.errors.ts';
import type { BagOwner, OrdersDeps } from './orders.ports.ts';
import { ordersRepository as repo } from './orders.repository.ts';
import type { CheckoutDetails, OrderRow } from './orders.tables.ts';
import { checkoutReview, saveCheckoutDetails, type ReviewView } from './use-cases/checkout-steps.ts';
import { listOrdersForStaff, orderForStaff, type StaffOrderQuery } from './use-cases/admin-orders.ts';
import { cancelIfUnpaid, orderIsOpen, paymentAuthorised, paymentFailed, paymentHeldForReview } from './use-cases/payment-outcomes.ts';
import { placeOrder, type PlaceOrderInput } from './use-cases/place-order.ts';
import { cancelLines } from './use-cases/cancel-lines.ts';
import { confirmServices, servicesGiven } from './use-cases/services.ts';
import { closeIfSettled, formContracts, linesDelivered, orderForShipping, settledCutoff } from './use-cases/contracts.ts';
import { decideReturn, requestReturn, resolveReturn, returnReceived, returnShipped, type ReturnRequest } from './use-cases/returns.ts';
import { returnsRepository as returns } from './orders.returns.repository.ts';
import { orderLinesRepository as lines } from './orders.lines.repository.ts';
import { refundMail } from './orders.after-sale-mails.ts';
import { newId } from '../../kernel/ids.ts';

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

  async function returnsOf(ctx: Ctx, orderId: string) {
    const rows = await returns.ofOrder(ctx.tx, orderId);
    const lines = await returns.linesOf(ctx.tx, rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, lineIds: lines.filter((l) => l.return_id === r.id).map((l) => l.order_line_id) }));
  }

  return {
    checkoutReview: (ctx: Ctx, owner: BagOwner, view: ReviewView) => checkoutReview(ctx, deps, owner, view),
    saveCheckoutDetails: (ctx: Ctx, owner: BagOwner, changes: CheckoutDetails, view: ReviewView) => saveCheckoutDetails(ctx, deps, owner, changes, view),
    placeOrder: (ctx: Ctx, input: PlaceOrderInput) => placeOrder(ctx, deps, input),

    async orderDetail(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }) {
      const order = await orderFor(ctx, orderId, who);
      return { order, lines: await repo.linesOf(ctx.tx, orderId), events: await repo.eventsOf(ctx.tx, orderId), returns: await returnsOf(ctx, orderId) };
    },

    // After the offer (ORD-3, PAY-2): the customer cancels what has not shipped, asks for returns.
    async cancelByCustomer(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }, lineIds?: readonly string[]) {
      const order = await orderFor(ctx, orderId, who);
      const ids = lineIds ?? (await repo.linesOf(ctx.tx, orderId)).filter((l) => l.status === 'offer').map((l) => l.id);
      if (!ids.length) throw OrderErrors.line_already_shipped({ detail: 'Nothing in this order can still be cancelled.' });
      return cancelLines(ctx, deps, (await repo.lockById(ctx.tx, order.id))!, ids, { by: 'customer' });
    },
    async requestReturn(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }, input: ReturnRequest) {
      const order = await orderFor(ctx, orderId, who);
      return requestReturn(ctx, deps, (await repo.lockById(ctx.tx, order.id))!, input);
    },
    async returnShippedByCustomer(ctx: Ctx, orderId: string, returnId: string, who: { customerId: string } | { guestToken: string }, tracking: { carrier: string; trackingNumber: string }) {
      await orderFor(ctx, orderId, who);
      const own = (await returns.ofOrder(ctx.tx, orderId)).some((r) => r.id === returnId);
      if (!own) throw OrderErrors.return_not_found();
      return returnShipped(ctx, returnId, tracking);
    },
    ordersOfCustomer: (ctx: Ctx, customerId: string) => repo.ordersOfCustomer(ctx.tx, customerId, 100),

    // The backstage (orders.manage); every read is audited.
    listOrdersForStaff: (ctx: Ctx, query: StaffOrderQuery) => listOrdersForStaff(ctx, deps, query),
    orderForStaff: (ctx: Ctx, orderId: string) => orderForStaff(ctx, deps, orderId),

    // The backstage's after-sale work (orders.manage), each step audited.
    async cancelLinesByStaff(ctx: Ctx, orderId: string, lineIds: readonly string[], reason: string) {
      const order = await repo.lockById(ctx.tx, orderId);
      if (!order) throw OrderErrors.order_not_found();
      const result = await cancelLines(ctx, deps, order, lineIds, { by: 'staff', reason });
      await deps.audit.recordAudit(ctx, { action: 'orders.lines_cancelled', subjectType: 'order', subjectId: orderId, detail: { lines: result.cancelled.length, refunded: result.refunded, reason } });
      return result;
    },
    /** PAY-2: a refund staff decide (a gesture, a price adjustment); payments refuses more than was captured. */
    async refundByStaff(ctx: Ctx, orderId: string, amount: number, reason: string, key: string) {
      const order = await repo.lockById(ctx.tx, orderId);
      if (!order) throw OrderErrors.order_not_found();
      const before = await deps.payments.balance(ctx, orderId);
      await deps.payments.refund(ctx, orderId, amount, `staff-refund:${key}`);
      // The same key again (a double click, a retried request) refunded nothing more: nothing more to tell.
      if ((await deps.payments.balance(ctx, orderId)).refunded === before.refunded) return { refunded: amount };
      const at = ctx.clock.now();
      await repo.addEvent(ctx.tx, { id: newId('oev', at.getTime()), order_id: orderId, kind: 'refunded', detail: { amount, currency: order.currency, reason }, at });
      await deps.mail.queueMail(ctx, refundMail(order, amount));
      await deps.audit.recordAudit(ctx, { action: 'orders.refunded', subjectType: 'order', subjectId: orderId, detail: { amount, reason } });
      return { refunded: amount };
    },
    confirmServices: (ctx: Ctx, orderId: string, input: { lineIds: readonly string[]; note: string }) => confirmServices(ctx, deps, orderId, input),
    servicesGiven: (ctx: Ctx, orderId: string, lineIds: readonly string[]) => servicesGiven(ctx, deps, orderId, lineIds),
    openReturns: (ctx: Ctx) => returns.open(ctx.tx, 200),
    async returnsWithLines(ctx: Ctx, returnIds: readonly string[]) {
      return returns.linesOf(ctx.tx, returnIds);
    },
    async decideReturn(ctx: Ctx, returnId: string, input: { approve: boolean; reason: string }) {
      const decided = await decideReturn(ctx, deps, returnId, input);
      await deps.audit.recordAudit(ctx, { action: input.approve ? 'orders.return_approved' : 'orders.return_refused', subjectType: 'return', subjectId: returnId, detail: { reason: input.reason } });
      return decided;
    },
    returnShippedByStaff: (ctx: Ctx, returnId: string, tracking: { carrier: string; trackingNumber: string }) => returnShipped(ctx, returnId, tracking),
    async returnReceived(ctx: Ctx, returnId: string) {
      const received = await returnReceived(ctx, deps, returnId);
      await deps.audit.recordAudit(ctx, { action: 'orders.return_received', subjectType: 'return', subjectId: returnId });
      return received;
    },
    async resolveReturn(ctx: Ctx, returnId: string) {
      const resolved = await resolveReturn(ctx, deps, returnId);
      await deps.audit.recordAudit(ctx, { action: `orders.return_${resolved.status}`, subjectType: 'return', subjectId: returnId, detail: { refunded: Number(resolved.refund_amount ?? 0n) } });
      return resolved;
    },
    returnsOf,

    // Told by the fulfilment module (ORD-2).
    orderForShipping,
    linesAwaitingShipment: (ctx: Ctx, locationId: string, limit: number) => lines.awaitingShipment(ctx.tx, locationId, limit),
    formContracts: (ctx: Ctx, orderId: string, shipment: { id: string; number: string | null; lineIds: string[] }) => formContracts(ctx, deps, orderId, shipment),
    linesDelivered: (ctx: Ctx, orderId: string, lineIds: readonly string[]) => linesDelivered(ctx, deps, orderId, lineIds),
    /** What a mail about the order needs: its number, language and customer; the order row alone, not its lines. */
    async orderForNotice(ctx: Ctx, orderId: string) {
      const order = await repo.byId(ctx.tx, orderId);
      return order && { number: order.number, locale: order.locale, customerId: order.customer_id };
    },
    async visibleTo(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }) {
      return orderFor(ctx, orderId, who).then(() => true, () => false);
    },

    // Told by the payments module.
    async numbersOf(ctx: Ctx, orderIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
      return new Map((await repo.numbersOf(ctx.tx, orderIds)).map((o) => [o.id, o.number]));
    },
    paymentAuthorised,
    paymentHeldForReview,
    paymentFailed,
    orderIsOpen,

    /** Delivered orders past the return window with no return under way: closed by a sweep. */
    settledOrders: async (ctx: Ctx, limit: number) => lines.settledBefore(ctx.tx, await settledCutoff(ctx, deps), limit),
    closeIfSettled: (ctx: Ctx, orderId: string) => closeIfSettled(ctx, deps, orderId),

    /** PAY-1, by the deadline job and by the sweep that catches any job lost. */
    cancelIfUnpaid: (ctx: Ctx, orderId: string) => cancelIfUnpaid(ctx, deps, orderId),
    overdueUnpaid: (ctx: Ctx, limit: number) => repo.overdueUnpaid(ctx.tx, limit),
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
