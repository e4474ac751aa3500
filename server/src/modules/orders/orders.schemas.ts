import { Type } from 'typebox';

const Locale = Type.Union([Type.Literal('en'), Type.Literal('zh-Hant'), Type.Literal('zh-Hans')]);
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'A price-list currency; a converted one is charged in HKD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const PostalAddress = Type.Object({
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: Nullable(Type.String({ maxLength: 200 })),
  city: Type.String({ minLength: 1, maxLength: 100 }),
  region: Nullable(Type.String({ maxLength: 100 })),
  postalCode: Nullable(Type.String({ maxLength: 20 })),
  countryCode: Type.String({ pattern: '^[A-Z]{2}$' }),
}, { additionalProperties: false });

export const Consignee = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  phone: Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$', description: 'International format, digits only after +' }),
  isCustomer: Type.Boolean({ description: 'False: someone else receives the goods for the customer (ORD-4)' }),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'Someone else’s own address for delivery news about the parcel; ignored when the customer receives it' })),
  address: PostalAddress,
}, { additionalProperties: false });

export const CheckoutChanges = Type.Object({
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  phone: Type.Optional(Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$' })),
  consignee: Type.Optional(Consignee),
  deliveryMethod: Type.Optional(Type.Union([Type.Literal('standard'), Type.Literal('express')])),
  paymentMethod: Type.Optional(Type.Union([Type.Literal('card'), Type.Literal('bank_transfer'), Type.Literal('cod')])),
}, { additionalProperties: false });

export const ViewQuery = Type.Object({
  currency: Type.Optional(Currency),
  locale: Type.Optional(Locale),
}, { additionalProperties: false });

export const PlaceOrderBody = Type.Object({
  reviewedTotal: Type.Integer({ minimum: 0, description: 'The total shown on the review step, in minor units: the order is placed only if it is still the total' }),
  currency: Currency,
  locale: Type.Optional(Locale),
  acceptedAgreementVersion: Type.Optional(Type.String({ maxLength: 32, description: 'Guests: the version of the registration agreement shown and accepted' })),
}, { additionalProperties: false });

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100, description: 'A retried request with the same key returns the same order' })),
});

export const OrderParams = Type.Object({ id: Type.String({ pattern: '^ord_[0-9a-z]{26}$' }) });
export const GuestQuery = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) });
export const OptionalGuestQuery = Type.Object({ token: Type.Optional(Type.String({ minLength: 20, maxLength: 200, description: 'Guests: the token of the link mailed to them' })) });

const Money = Type.Object({ amount: Type.Integer(), currency: Type.String() });

export const OrderLineView = Type.Object({
  id: Type.String(),
  productSlug: Type.String({ description: 'The piece’s page, /products/<slug>; its other sizes and colours are the exchanges it allows' }),
  kind: Type.Union([Type.Literal('goods'), Type.Literal('service')], { description: 'A service’s contract forms when the shop confirms it; it does not ship and cannot be returned' }),
  name: Type.String(),
  designer: Type.String(),
  sku: Type.String(),
  colour: Nullable(Type.String()),
  size: Nullable(Type.String()),
  material: Nullable(Type.String()),
  image: Nullable(Type.String()),
  seller: Type.Object({ kind: Type.String(), name: Type.String() }),
  quantity: Type.Integer(),
  unitPrice: Money,
  discount: Money,
  total: Money,
  status: Type.String({ description: 'offer, contracted (shipped: its contract formed), cancelled or returned' }),
  contractedAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
  deliveredAt: Nullable(Type.String()),
  returnedAt: Nullable(Type.String()),
  exchangeFor: Nullable(Type.String({ description: 'The line this one replaces in an exchange' })),
});

export const ReturnView = Type.Object({
  id: Type.String(),
  status: Type.String({ description: 'requested, approved, refused, in_transit, received, refunded or exchanged' }),
  reason: Type.String(),
  resolution: Type.String(),
  decisionReason: Nullable(Type.String()),
  carrier: Nullable(Type.String()),
  trackingNumber: Nullable(Type.String()),
  refundAmount: Nullable(Type.Integer()),
  lineIds: Type.Array(Type.String()),
  requestedAt: Type.String(),
});

export const CancelBody = Type.Object({
  lineIds: Type.Optional(Type.Array(Type.String({ pattern: '^oli_[0-9a-z]{26}$' }), { minItems: 1, maxItems: 100, uniqueItems: true, description: 'Leave out to cancel everything not yet shipped' })),
}, { additionalProperties: false });

export const ReturnBody = Type.Object({
  lineIds: Type.Array(Type.String({ pattern: '^oli_[0-9a-z]{26}$' }), { minItems: 1, maxItems: 100, uniqueItems: true }),
  reason: Type.String({ minLength: 3, maxLength: 500 }),
  resolution: Type.Union([Type.Literal('refund'), Type.Literal('exchange')]),
  exchangeVariants: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 64 }), { description: 'For an exchange: line id → the variant wanted instead' })),
}, { additionalProperties: false });

export const ReturnTrackingBody = Type.Object({
  carrier: Type.String({ minLength: 1, maxLength: 60 }),
  trackingNumber: Type.String({ minLength: 1, maxLength: 60 }),
}, { additionalProperties: false });

export const ReturnParams = Type.Object({ id: Type.String({ pattern: '^ord_[0-9a-z]{26}$' }), returnId: Type.String({ pattern: '^ret_[0-9a-z]{26}$' }) });

export const OrderView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: Type.String(),
  paymentStatus: Type.String(),
  paymentMethod: Type.String(),
  paymentDeadline: Nullable(Type.String()),
  placedAt: Type.String(),
  email: Type.String(),
  consignee: Consignee,
  subtotal: Money,
  discount: Money,
  delivery: Money,
  dutiesEstimate: Nullable(Money),
  total: Money,
  lines: Type.Array(OrderLineView),
  history: Type.Array(Type.Object({ kind: Type.String(), at: Type.String(), detail: Type.Record(Type.String(), Type.Unknown()) })),
  returns: Type.Array(ReturnView),
});

export const OrderSummary = Type.Object({
  id: Type.String(), number: Type.String(), status: Type.String(), paymentStatus: Type.String(), placedAt: Type.String(), total: Money,
});

export const PlacedOrderView = Type.Object({
  order: OrderSummary,
  payment: Type.Object({ kind: Type.String(), url: Type.Optional(Type.String()), reference: Type.Optional(Type.String()), details: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))) }),
  guestLink: Nullable(Type.String({ description: 'Guests: the link to follow the order, shown once and mailed' })),
  replayed: Type.Boolean(),
});
