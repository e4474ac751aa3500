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
  };
  pricing: {
    quote(ctx: Ctx, input: { currency: string; lines: QuoteLineInput[]; customer: { id: string } | null; codes: string[]; zone: Zone | null; deliveryMethod?: 'standard' | 'express' }): Promise<Quote>;
    redeem(ctx: Ctx, quote: Quote, who: { orderId: string; customerId: string | null }): Promise<void>;
  };
  payments: {
    methods(ctx: Ctx, input: { zone: Zone; currency: string; amount: number }): Promise<{ method: PaymentMethod; deadlineMinutes: number | null }[]>;
    start(ctx: Ctx, input: { orderId: string; method: PaymentMethod; amount: number; currency: string; email: string; returnUrl: string; zone: Zone; risk: RiskFacts }): Promise<{ intentId: string; next: PaymentNext }>;
    cancelForOrder(ctx: Ctx, orderId: string, reason: string): Promise<void>;
  };
  customers: {
    orderingBlock(ctx: Ctx, customerId: string): Promise<'restricted' | 'unavailable' | 'acceptance_pending' | undefined>;
    /** DEL-6: set by fulfilment after repeated unjustified rejections. */
    refusedForRejections(ctx: Ctx, customerId: string): Promise<boolean>;
    contactOf(ctx: Ctx, customerId: string): Promise<{ email: string; phone: string | null; name: string; since: Date }>;
  };
  agreementInForce(ctx: Ctx): Promise<string | undefined>;
  mail: { queueMail(ctx: Ctx, message: { to: string; subject: string; text: string }): Promise<unknown> };
  publicUrl: string;
}
