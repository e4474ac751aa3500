import { Type } from 'typebox';
import { PostalAddress } from '../orders/orders.schemas.ts';
import { DELAY_REASONS, ID_DOCUMENTS, JUSTIFICATIONS, RECEIVERS } from './fulfilment.rules.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const DelayReason = literals(Object.keys(DELAY_REASONS) as (keyof typeof DELAY_REASONS)[]);
export const Receiver = Type.Object({ kind: literals(RECEIVERS), name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const IdCheck = Type.Object({
  checkedBy: Type.String({ minLength: 1, maxLength: 200, description: 'Who looked at the document' }),
  document: literals(ID_DOCUMENTS),
  number: Type.String({ minLength: 4, maxLength: 40, description: 'Only its last four characters are kept' }),
}, { additionalProperties: false });

export const ShipmentParams = Type.Object({ id: Type.String({ pattern: '^shp_[0-9a-z]{26}$' }) });
export const RefusalParams = Type.Object({ id: Type.String({ pattern: '^ref_[0-9a-z]{26}$' }) });
export const ConsigneeQuery = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) });

export const CreateShipmentBody = Type.Object({
  orderId: Type.String({ pattern: '^ord_[0-9a-z]{26}$' }),
  locationId: Type.String({ minLength: 1, maxLength: 64 }),
  lineIds: Type.Array(Type.String({ pattern: '^oli_[0-9a-z]{26}$' }), { minItems: 1, maxItems: 100, uniqueItems: true }),
}, { additionalProperties: false });

export const DispatchBody = Type.Object({
  carrier: Type.String({ minLength: 1, maxLength: 60 }),
  trackingNumber: Type.String({ minLength: 1, maxLength: 60 }),
  estimatedFrom: Type.Optional(Day),
  estimatedTo: Type.Optional(Day),
}, { additionalProperties: false });

export const StaffEventBody = Type.Union([
  Type.Object({
    kind: literals(['in_transit', 'out_for_delivery', 'attempted', 'exception'] as const),
    reason: Type.Optional(DelayReason),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    occurredAt: Type.Optional(Type.String({ format: 'date-time' })),
  }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('delivered'), receivedBy: Receiver, idCheck: Type.Optional(IdCheck), occurredAt: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('refused'), statedReason: Type.Optional(Type.String({ maxLength: 500 })), occurredAt: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
]);

export const ProxyBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const ClassifyBody = Type.Object({ justified: Type.Boolean(), justification: Type.Optional(literals(JUSTIFICATIONS)) }, { additionalProperties: false });
export const AddressChangeBody = Type.Object({ address: PostalAddress }, { additionalProperties: false });
export const SettingsBody = Type.Object({
  idCheckFromHkd: Type.Optional(Type.Integer({ minimum: 100, maximum: 100_000_000_00, description: 'HKD minor units: parcels worth this much or more need an ID check (DEL-5)' })),
  refusalLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  refusalPeriodMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  returnWindowDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
}, { additionalProperties: false });

export const DeliveryEventView = Type.Object({
  kind: Type.String(), reason: Nullable(Type.String()), exempt: Type.Boolean(), note: Nullable(Type.String()), source: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
});

export const ShipmentView = Type.Object({
  id: Type.String(), number: Type.String(), orderId: Type.String(), status: Type.String(), locationId: Type.String(),
  carrier: Nullable(Type.String()), trackingNumber: Nullable(Type.String()),
  value: Type.Integer(), currency: Type.String(), idCheckRequired: Type.Boolean(),
  consignee: Type.Any(), estimatedFrom: Nullable(Type.String()), estimatedTo: Nullable(Type.String()),
  authorisedProxy: Nullable(Type.Object({ name: Type.String() })),
  receivedBy: Nullable(Type.Object({ kind: Type.String(), name: Type.String() })),
  idCheck: Nullable(Type.Object({ checkedBy: Type.String(), document: Type.String(), tail: Type.String({ description: 'The last four characters of the document number' }) })),
  dispatchedAt: Nullable(Type.String({ format: 'date-time' })), deliveredAt: Nullable(Type.String({ format: 'date-time' })),
  lineIds: Type.Array(Type.String()),
  events: Type.Array(DeliveryEventView),
  refusal: Nullable(Type.Object({ id: Type.String(), classification: Type.String(), justification: Nullable(Type.String()), statedReason: Nullable(Type.String()) })),
});

export const SettingsView = Type.Object({
  idCheckFromHkd: Type.Integer(), refusalLimit: Type.Integer(), refusalPeriodMonths: Type.Integer(), returnWindowDays: Type.Integer(),
  carrierWebhookSecret: Type.String({ description: 'Give it to the carrier: it signs its webhooks with it (HMAC-SHA256 of the body, hex, in X-Carrier-Signature)' }),
});
