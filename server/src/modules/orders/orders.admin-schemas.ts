import { Type } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';
import { Consignee } from './orders.schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Money = Type.Object({ amount: Type.Integer(), currency: Type.String() });
const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const ORDER_STATUSES = ['offer_received', 'cancelled', 'partly_shipped', 'shipped', 'delivered', 'closed'] as const;
export const PAYMENT_STATUSES = ['pending', 'authorised', 'review', 'failed', 'voided', 'refunded', 'not_required'] as const;

export const StaffOrderListQuery = Type.Object({
  status: Type.Optional(literals(ORDER_STATUSES)),
  paymentStatus: Type.Optional(literals(PAYMENT_STATUSES)),
  customerId: Type.Optional(Type.String({ pattern: idPattern('cus'), description: 'Orders of one customer' })),
  query: Type.Optional(Type.String({ maxLength: 200, description: 'Part of an order number or of an e-mail address' })),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Placed at or after this time' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Placed before this time' })),
  after: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: '`next` of the previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
}, { additionalProperties: false });

export const StaffOrderRow = Type.Object({
  id: Type.String(),
  number: Type.String(),
  placedAt: Type.String({ format: 'date-time' }),
  customerId: Nullable(Type.String({ description: 'Null: placed by a guest' })),
  email: Type.String(),
  consigneeName: Type.String(),
  zone: Type.String(),
  currency: Type.String(),
  total: Money,
  status: Type.String(),
  paymentStatus: Type.String(),
  paymentMethod: Type.String(),
  paymentDeadline: Nullable(Type.String({ format: 'date-time' })),
});

export const StaffOrderList = Type.Object({
  orders: Type.Array(StaffOrderRow),
  next: Nullable(Type.String({ description: 'Pass as `after` for the next page; null on the last' })),
});

const StaffOrderLine = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  variantId: Type.String(),
  productId: Type.String(),
  productSlug: Type.String(),
  kind: Type.Union([Type.Literal('goods'), Type.Literal('service')], { description: 'A service is confirmed on the order (services/confirm), never packed' }),
  name: Type.String(),
  designer: Type.String(),
  sku: Type.String(),
  colour: Nullable(Type.String()),
  size: Nullable(Type.String()),
  material: Nullable(Type.String()),
  image: Nullable(Type.String()),
  seller: Type.Object({ kind: Type.String(), id: Nullable(Type.String()), name: Type.String() }),
  quantity: Type.Integer(),
  unitPrice: Money,
  discount: Money,
  total: Money,
  status: Type.String({ description: 'offer, contracted (its contract formed when it shipped), cancelled or returned' }),
  contractedAt: Nullable(Type.String({ format: 'date-time' })),
  deliveredAt: Nullable(Type.String({ format: 'date-time', description: 'The parcel arrived, or the service was given' })),
  cancelledAt: Nullable(Type.String({ format: 'date-time' })),
  estimatedDelivery: Nullable(Type.Object({ shipsFrom: Type.String(), daysMin: Type.Integer(), daysMax: Type.Integer(), crossBorder: Type.Boolean() })),
  location: Type.Object({ id: Type.String(), name: Nullable(Type.String()) }),
});

const StaffPayment = Type.Object({
  id: Type.String(),
  method: Type.String({ description: 'card, bank_transfer or cod' }),
  status: Type.String({ description: 'pending, review, authorised, captured, refunded, failed, voided or cancelled' }),
  amount: Money,
  authorised: Money,
  captured: Money,
  refunded: Money,
  card: Nullable(Type.Object({ brand: Type.String(), last4: Type.String() })),
  riskScore: Type.Integer(),
  riskReasons: Type.Array(Type.String()),
  reviewReason: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  failureReason: Nullable(Type.String()),
  transferReference: Nullable(Type.String()),
  latePayment: Type.Boolean(),
  deadlineAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  operations: Type.Array(Type.Object({
    id: Type.String(),
    kind: Type.String({ description: 'authorise, capture, void or refund' }),
    amount: Money,
    outcome: Type.String({ description: 'pending, succeeded or failed' }),
    failureReason: Nullable(Type.String()),
    at: Type.String({ format: 'date-time' }),
  })),
});

export const StaffOrderView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  placedAt: Type.String({ format: 'date-time' }),
  status: Type.String(),
  cancelReason: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String({ format: 'date-time' })),
  customerId: Nullable(Type.String({ description: 'Null: placed by a guest' })),
  email: Type.String(),
  phone: Nullable(Type.String()),
  consignee: Consignee,
  zone: Type.String(),
  agreementVersion: Type.String(),
  deliveryMethod: Type.String(),
  paymentMethod: Type.String(),
  paymentStatus: Type.String(),
  paymentDeadline: Nullable(Type.String({ format: 'date-time' })),
  subtotal: Money,
  discount: Money,
  delivery: Money,
  dutiesEstimate: Nullable(Money),
  total: Money,
  promotions: Type.Array(Type.Object({ promotionId: Nullable(Type.String()), name: Type.String(), code: Nullable(Type.String()), amount: Money })),
  lines: Type.Array(StaffOrderLine),
  history: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), at: Type.String({ format: 'date-time' }), detail: Type.Record(Type.String(), Type.Unknown()) })),
  payments: Type.Array(StaffPayment),
});
