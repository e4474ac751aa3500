import { Type } from 'typebox';
import type { Intent } from './payments.repository.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** A payment as the backstage sees it: amounts in minor units with their currency. */
export const PaymentSchema = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  method: Type.String({ description: 'card, bank_transfer or cod' }),
  status: Type.String({ description: 'pending, review, authorised, captured, refunded, failed, voided or cancelled' }),
  amount: Type.Integer(),
  currency: Type.String(),
  authorisedAmount: Type.Integer(),
  capturedAmount: Type.Integer(),
  refundedAmount: Type.Integer(),
  riskScore: Type.Integer(),
  riskReasons: Type.Array(Type.String()),
  reviewReason: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  failureReason: Nullable(Type.String()),
  card: Nullable(Type.Object({ brand: Type.String(), last4: Type.String() })),
  transferReference: Nullable(Type.String()),
  latePayment: Type.Boolean(),
  deadlineAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
});

export function presentPayment(intent: Intent) {
  return {
    id: intent.id, orderId: intent.orderId, method: intent.method, status: intent.status, amount: intent.amount, currency: intent.currency,
    authorisedAmount: intent.authorisedAmount, capturedAmount: intent.capturedAmount, refundedAmount: intent.refundedAmount,
    riskScore: intent.riskScore, riskReasons: intent.riskReasons, reviewReason: intent.reviewReason, decisionReason: intent.decisionReason,
    failureReason: intent.failureReason, card: intent.card, transferReference: intent.transferReference, latePayment: intent.latePayment,
    deadlineAt: intent.deadlineAt?.toISOString() ?? null, createdAt: intent.createdAt.toISOString(),
  };
}
