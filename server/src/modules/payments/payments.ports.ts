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
  /** Whether this customer, or the guest holding the order's link, may see the order (anyone else: not found). */
  visibleTo(ctx: Ctx, orderId: string, who: OrderViewer): Promise<boolean>;
  /** What a mail about the order needs: its number, language, and whether an account follows it. */
  orderForNotice(ctx: Ctx, orderId: string): Promise<OrderNotice | undefined>;
}

/** The signed-in customer, or a guest through the token of the link mailed to them. */
export type OrderViewer = { customerId: string } | { guestToken: string };

export interface OrderNotice {
  number: string;
  locale: 'en' | 'zh-Hant' | 'zh-Hans';
  /** Null for a guest's order: the guest's link cannot be rebuilt, only its hash is kept. */
  customerId: string | null;
}

/** Transactional mail, queued in the use case's transaction. */
export interface MailPort {
  queueMail(ctx: Ctx, message: { to: string; subject: string; text: string }): Promise<unknown>;
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
