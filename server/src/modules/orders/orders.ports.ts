import type { Ctx } from '../../kernel/context.ts';
import type { VariantForOrder } from '../catalog/index.ts';
import type { DeliveryEstimate, Zone } from '../inventory/index.ts';
import type { PaymentMethod } from './orders.tables.ts';

/**
 * What the orders module needs from the others, bound in modules.ts. Each is the other module's
 * public surface; orders never reads their tables.
 */
export interface BagForCheckout {
  id: string;
  customerId: string | null;
  status: 'active' | 'ordered' | 'merged';
  codes: string[];
  lines: { id: string; variantId: string; quantity: number }[];
}

export type BagOwner = { customerId: string } | { guestToken: string };

export interface QuoteLineInput {
  lineId: string;
  variantId: string;
  productId: string;
  designerId: string;
  categoryIds: string[];
  quantity: number;
  weightGrams: number;
  crossBorder: boolean;
}

export interface Quote {
  currency: string;
  lines: { lineId: string; variantId: string; unitPrice: number; quantity: number; subtotal: number; discount: number; total: number }[];
  subtotal: number;
  discountTotal: number;
  delivery: { method: string; amount: number; freeFrom: number | null; free: boolean } | null;
  duties: { amount: number; estimate: true; note: string } | null;
  total: number;
  promotions: { promotionId: string; name: string; code: string | null; applied: boolean; amount: number; reason: string | null }[];
  unavailable: { lineId: string; variantId: string; reason: string }[];
}

export type PaymentNext = { kind: 'redirect'; url: string } | { kind: 'instructions'; reference: string; details: Record<string, string | number> } | { kind: 'none' };

/**
 * A payment of an order as the payments module keeps it; its operations are the provider calls
 * as recorded there (amounts in minor units).
 */
export interface OrderPayment {
  id: string;
  method: PaymentMethod;
  status: string;
  amount: number;
  currency: string;
  authorisedAmount: number;
  capturedAmount: number;
  refundedAmount: number;
  card: { brand: string; last4: string } | null;
  riskScore: number;
  riskReasons: string[];
  reviewReason: string | null;
  decisionReason: string | null;
  failureReason: string | null;
  transferReference: string | null;
  latePayment: boolean;
  deadlineAt: Date | null;
  createdAt: Date;
  operations: { id: string; kind: string; amount: bigint | number; currency: string; outcome: string; failure_reason: string | null; created_at: Date }[];
}

/** What the anti-fraud rules weigh (PAY-3). */
export interface RiskFacts {
  customerId: string | null;
  ip: string | null;
  accountCreatedAt: Date | null;
  billingCountry: string | null;
  shippingCountry: string | null;
  networkCountry: string | null;
}

export interface OrdersDeps {
  cart: {
    bagOf(ctx: Ctx, owner: BagOwner): Promise<{ id: string } | undefined>;
    lockBag(ctx: Ctx, bagId: string): Promise<BagForCheckout | undefined>;
    markOrdered(ctx: Ctx, bagId: string, orderId: string): Promise<void>;
  };
  catalog: { variantsForOrder(ctx: Ctx, variantIds: readonly string[], locale: 'en' | 'zh-Hant' | 'zh-Hans'): Promise<Map<string, VariantForOrder>> };
  inventory: {
    reserveBest(ctx: Ctx, input: { variantId: string; quantity: number; zone: Zone; reference: string }): Promise<{ reservationId: string; delivery: DeliveryEstimate }>;
    deliveryEstimates(ctx: Ctx, variantIds: readonly string[], zone: Zone): Promise<Map<string, { available: number; delivery: DeliveryEstimate | null }>>;
    release(ctx: Ctx, reservationId: string): Promise<void>;
    /** Names of the places stock ships from, for the backstage's order lines. */
    listLocations(ctx: Ctx): Promise<{ id: string; code: string; name: string }[]>;
    /** The reserved units left with a parcel (ORD-2). */
    consume(ctx: Ctx, reservationId: string): Promise<void>;
  };
  pricing: {
    quote(ctx: Ctx, input: { currency: string; lines: QuoteLineInput[]; customer: { id: string } | null; codes: string[]; zone: Zone | null; deliveryMethod?: 'standard' | 'express' }): Promise<Quote>;
    redeem(ctx: Ctx, quote: Quote, who: { orderId: string; customerId: string | null }): Promise<void>;
  };
  payments: {
    methods(ctx: Ctx, input: { zone: Zone; currency: string; amount: number }): Promise<{ method: PaymentMethod; deadlineMinutes: number | null }[]>;
    start(ctx: Ctx, input: { orderId: string; method: PaymentMethod; amount: number; currency: string; email: string; returnUrl: string; zone: Zone; risk: RiskFacts }): Promise<{ intentId: string; next: PaymentNext }>;
    cancelForOrder(ctx: Ctx, orderId: string, reason: string): Promise<void>;
    nextStep(ctx: Ctx, orderId: string): Promise<PaymentNext>;
    /** The order's payments with every provider operation, for the backstage. */
    paymentsOfOrder(ctx: Ctx, orderId: string): Promise<OrderPayment[]>;
    /** Captures part of what is authorised, when lines ship (ORD-2) or cash is collected. */
    capture(ctx: Ctx, orderId: string, amount: number, idempotencyKey: string): Promise<unknown>;
    /** Gives back by the original method; never more than was captured (PAY-2). */
    refund(ctx: Ctx, orderId: string, amount: number, idempotencyKey: string): Promise<unknown>;
    /** Money taken, given back, and still authorised over the order's payments, in minor units. */
    balance(ctx: Ctx, orderId: string): Promise<{ captured: number; refunded: number; capturable: number }>;
    /** Releases what is authorised and no longer needed: nothing is left to ship. */
    releaseRemainder(ctx: Ctx, orderId: string, idempotencyKey: string): Promise<void>;
  };
  /** The return window set in the backstage (fulfilment), in days after delivery. */
  returnWindowDays(ctx: Ctx): Promise<number>;
  customers: {
    orderingBlock(ctx: Ctx, customerId: string): Promise<'restricted' | 'unavailable' | 'acceptance_pending' | undefined>;
    /** DEL-6: set by fulfilment after repeated unjustified rejections. */
    refusedForRejections(ctx: Ctx, customerId: string): Promise<boolean>;
    contactOf(ctx: Ctx, customerId: string): Promise<{ email: string; phone: string | null; name: string; since: Date }>;
  };
  agreementInForce(ctx: Ctx): Promise<string | undefined>;
  mail: { queueMail(ctx: Ctx, message: { to: string; subject: string; text: string }): Promise<unknown> };
  publicUrl: string;
  /** PRV-8: staff reading orders (personal data) is written to the audit log. */
  audit: { recordAudit(ctx: Ctx, entry: { action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void> };
}
