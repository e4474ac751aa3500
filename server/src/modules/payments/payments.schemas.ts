import { Type } from 'typebox';
import type { Intent } from './payments.repository.ts';
import type { RefundTaskRow } from './payments.tables.ts';
import type { ReviewItem } from './use-cases/review.ts';

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

/** A payment waiting for review, with what staff need to judge it: the order and who paid. */
export const ReviewItemSchema = Type.Object({
  ...PaymentSchema.properties,
  orderNumber: Nullable(Type.String({ description: 'The number the order is known by; null when the orders module does not say' })),
  email: Type.String({ description: 'The e-mail address the payment was made with' }),
  customerId: Nullable(Type.String({ description: 'The customer account; null for a guest' })),
});

export function presentReviewItem(item: ReviewItem) {
  return { ...presentPayment(item), orderNumber: item.orderNumber, email: item.email, customerId: item.customerId };
}

export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500, description: 'Why, in a few words; kept with the payment and in the audit log' }) }, { additionalProperties: false });

export const MethodParams = Type.Object({ method: Type.Union([Type.Literal('card'), Type.Literal('bank_transfer'), Type.Literal('cod')]) });

const Bounds = Type.Object({ min: Type.Integer(), max: Type.Integer() });

export const PaymentSettingsSchema = Type.Object({
  methods: Type.Array(Type.Object({
    method: Type.String({ description: 'card, bank_transfer or cod' }),
    enabled: Type.Boolean({ description: 'Offered at checkout' }),
    deadlineMinutes: Nullable(Type.Integer({ description: 'How long an order waits for its money before it is cancelled (PAY-1); null for cash on delivery' })),
    deadlineBounds: Nullable(Bounds),
    updatedAt: Type.String({ format: 'date-time' }),
  })),
  reviewThreshold: Type.Integer({ description: 'From this risk score a card payment waits for review (PAY-3)' }),
  reviewThresholdBounds: Bounds,
});

export const MethodSettingBody = Type.Object({
  enabled: Type.Boolean(),
  // Null first: the validator would otherwise coerce a null to the integer 0.
  deadlineMinutes: Type.Union([Type.Null(), Type.Integer({ description: 'Card 15 to 1440 minutes, bank transfer 60 to 20160 (14 days), cash on delivery null; outside: `payments.deadline_out_of_range`' })]),
}, { additionalProperties: false });

export const ReviewThresholdBody = Type.Object({
  reviewThreshold: Type.Integer({ description: 'A risk score from 10 to 150; outside: `payments.review_threshold_out_of_range`' }),
}, { additionalProperties: false });

/** PAY-2: the account a refund of a transfer or of cash is paid into, as the customer types it. */
export const RefundDetailsBody = Type.Object({
  accountHolder: Type.String({ maxLength: 200, description: 'The name on the account, 2 to 140 characters' }),
  bankName: Type.String({ maxLength: 200, description: 'The bank, 2 to 140 characters' }),
  accountNumber: Type.String({ maxLength: 100, description: 'An account number or IBAN: 6 to 34 letters and digits, spaces or dashes between them; otherwise `payments.refund_details_invalid` naming the field' }),
  bankCode: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'SWIFT/BIC or a local clearing code, 3 to 15 letters and digits; empty or null when the bank needs none' }))),
}, { additionalProperties: false });

/** Whether a refund of the order waits for the customer's account; the number only by its ending. */
export const RefundDetailsState = Type.Object({
  needed: Type.Boolean({ description: 'A refund waits for the account to be paid into' }),
  amount: Type.Integer({ description: 'Still to be paid out, in minor units; 0 when nothing waits' }),
  currency: Nullable(Type.String()),
  given: Nullable(Type.Object({
    accountHolder: Type.String(), bankName: Type.String(),
    accountNumberEnding: Type.String({ description: 'The last four letters or digits; the full number is shown to staff only' }),
    bankCode: Nullable(Type.String()),
  })),
});

/** A refund to pay out by hand, as staff see it: the customer's account in full. */
export const RefundTaskSchema = Type.Object({
  id: Type.String(), orderId: Type.String(), orderNumber: Nullable(Type.String()), method: Type.String(),
  amount: Type.Integer(), currency: Type.String(), email: Type.String({ description: 'Whom to ask for the account to pay into' }),
  status: Type.String(), note: Nullable(Type.String()), createdAt: Type.String(),
  payout: Nullable(Type.Object({
    accountHolder: Nullable(Type.String()), bankName: Nullable(Type.String()),
    accountNumber: Nullable(Type.String({ description: 'In full while the task is open; its last four characters once paid out' })),
    bankCode: Nullable(Type.String()), givenAt: Type.String({ format: 'date-time' }),
  }, { description: 'Null while the customer has not said where to pay' })),
});

export function presentRefundTask(t: RefundTaskRow & { orderNumber?: string | null }) {
  return {
    id: t.id, orderId: t.order_id, orderNumber: t.orderNumber ?? null, method: t.method, amount: Number(t.amount), currency: t.currency, email: t.email,
    status: t.status, note: t.note, createdAt: t.created_at.toISOString(),
    payout: t.details_given_at
      ? { accountHolder: t.account_holder, bankName: t.bank_name, accountNumber: t.account_number, bankCode: t.bank_code, givenAt: t.details_given_at.toISOString() }
      : null,
  };
}
