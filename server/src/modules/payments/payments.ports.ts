import type { Ctx } from '../../kernel/context.ts';

/**
 * What payments tells the orders module, and asks it. Bound late in modules.ts: orders is
 * created after payments because placing an order starts a payment.
 */
export interface OrdersPort {
  paymentAuthorised(ctx: Ctx, orderId: string, intentId: string): Promise<void>;
  paymentFailed(ctx: Ctx, orderId: string, reason: string): Promise<void>;
  paymentHeldForReview(ctx: Ctx, orderId: string): Promise<void>;
  /** False once the order was cancelled (at its payment deadline, say): money arriving then goes back. */
  orderIsOpen(ctx: Ctx, orderId: string): Promise<boolean>;
  /**
   * The numbers staff know orders by, for the review queue. Optional until the orders module
   * offers them; the queue then names orders by id.
   */
  orderNumbers(ctx: Ctx, orderIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/** Staff decisions on payments go into the audit log (PRV-8). */
export interface AuditPort {
  recordAudit(ctx: Ctx, entry: { action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void>;
}

/** The shop's account that bank transfers are paid into, shown to the customer. */
export interface BankAccount {
  bank: string;
  accountName: string;
  accountNumber: string;
}
