import { Type, type Static, type TSchema } from 'typebox';

/** The backstage pricing API: promotions, their codes, delivery rates and duty rules. Money in minor units. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });
const strict = { additionalProperties: false } as const;

export const ZoneSchema = Type.Union([Type.Literal('HK'), Type.Literal('CN'), Type.Literal('ASIA'), Type.Literal('ROW')], { description: 'Hong Kong, mainland China, Asia, rest of world' });
export const MethodSchema = Type.Union([Type.Literal('standard'), Type.Literal('express')]);

export const Rule = Type.Object({
  type: Type.String({ minLength: 1, maxLength: 40, description: 'A condition or action of the registry (`GET /admin/pricing/promotion-rules`)' }),
  config: Type.Record(Type.String(), Type.Unknown(), { description: 'The settings of this kind of rule' }),
}, strict);

export const CombinesWith = Type.Union([Type.Literal('all'), Type.Literal('none'), Type.Array(Type.String({ maxLength: 40 }), { maxItems: 100, uniqueItems: true })], {
  description: '`all`, `none`, or the ids of the promotions it may be combined with; both sides must allow it',
});

const CodeText = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9-]{2,31}$', description: 'Letters, digits and hyphens; stored in capitals' });

const PromotionFields = {
  name: Type.String({ minLength: 1, maxLength: 120, description: 'Shown to customers in the bag' }),
  conditions: Type.Array(Rule, { maxItems: 20 }),
  actions: Type.Array(Rule, { minItems: 1, maxItems: 10 }),
  priority: Type.Integer({ minimum: -1000, maximum: 1000, description: 'Higher applies first' }),
  combinesWith: CombinesWith,
  usageLimit: Nullable(Type.Integer({ minimum: 1, description: 'Redemptions in all' })),
  perCustomerLimit: Nullable(Type.Integer({ minimum: 1, description: 'Redemptions per customer; such a promotion needs a signed-in customer' })),
};

export const PromotionCreateBody = Type.Object({
  ...PromotionFields,
  trigger: Type.Union([Type.Literal('automatic'), Type.Literal('code')]),
  priority: Type.Optional(PromotionFields.priority),
  combinesWith: Type.Optional(CombinesWith),
  usageLimit: Type.Optional(PromotionFields.usageLimit),
  perCustomerLimit: Type.Optional(PromotionFields.perCustomerLimit),
  code: Type.Optional(CodeText),
}, strict);
export type PromotionCreateBody = Static<typeof PromotionCreateBody>;

export const PromotionPatchBody = Type.Partial(Type.Object(PromotionFields, strict));
export type PromotionPatchBody = Static<typeof PromotionPatchBody>;

export const AdminPromotion = Type.Object({
  id: Type.String(),
  name: Type.String(),
  trigger: Type.Union([Type.Literal('automatic'), Type.Literal('code')]),
  conditions: Type.Array(Rule),
  actions: Type.Array(Rule),
  priority: Type.Integer(),
  combinesWith: CombinesWith,
  usageLimit: Nullable(Type.Integer()),
  perCustomerLimit: Nullable(Type.Integer()),
  timesUsed: Type.Integer(),
  active: Type.Boolean(),
  codes: Type.Integer({ description: 'How many codes it has' }),
  codesUsed: Type.Integer({ description: 'How many of its single-use codes were used' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AdminPromotion = Static<typeof AdminPromotion>;

export const CodesBody = Type.Union([
  Type.Object({ code: CodeText }, { ...strict, description: 'One shared code, usable by anyone within the promotion’s limits' }),
  Type.Object({
    generate: Type.Integer({ minimum: 1, maximum: 1000, description: 'How many single-use codes to make' }),
    prefix: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9]{1,12}$' })),
  }, { ...strict, description: 'Single-use codes, each redeemable once' }),
]);
export type CodesBody = Static<typeof CodesBody>;

export const AdminCode = Type.Object({
  code: Type.String(),
  promotionId: Type.String(),
  singleUse: Type.Boolean(),
  active: Type.Boolean(),
  usedAt: Nullable(Timestamp),
  usedOrderId: Nullable(Type.String()),
  createdAt: Timestamp,
});
export type AdminCode = Static<typeof AdminCode>;

export const RuleCatalogue = Type.Object({
  conditions: Type.Array(Type.Object({ type: Type.String(), description: Type.String(), config: Type.Unknown({ description: 'JSON Schema of its config' }) })),
  actions: Type.Array(Type.Object({ type: Type.String(), description: Type.String(), config: Type.Unknown() })),
});

export const RateBand = Type.Object({
  upTo: Nullable(Type.Integer({ minimum: 1, description: 'Grams, or HKD minor units of the bag’s value; null for the last band' })),
  amount: Type.Integer({ minimum: 0, description: 'HKD minor units' }),
}, strict);

const RateFields = {
  basis: Type.Union([Type.Literal('weight'), Type.Literal('value')]),
  bands: Type.Array(RateBand, { minItems: 1, maxItems: 20 }),
  freeFromHkd: Nullable(Type.Integer({ minimum: 0, description: 'Free from this bag value after discounts, HKD minor units' })),
};

export const DeliveryRateBody = Type.Object(RateFields, strict);
export type DeliveryRateBody = Static<typeof DeliveryRateBody>;
export const DeliveryRate = Type.Object({ zone: ZoneSchema, method: MethodSchema, ...RateFields, updatedAt: Timestamp });
export type DeliveryRate = Static<typeof DeliveryRate>;
export const RateParams = Type.Object({ zone: ZoneSchema, method: MethodSchema });

const DutyFields = {
  rateBasisPoints: Type.Integer({ minimum: 0, maximum: 10_000, description: 'Duties and taxes as hundredths of a percent of the goods (1300 = 13%)' }),
  deMinimisHkd: Type.Integer({ minimum: 0, description: 'Goods at or below this value (HKD minor units) usually enter free' }),
  note: Type.String({ minLength: 1, maxLength: 500, description: 'Shown to the customer with the estimate' }),
};
export const DutyRuleBody = Type.Object(DutyFields, strict);
export type DutyRuleBody = Static<typeof DutyRuleBody>;
export const DutyRule = Type.Object({ zone: ZoneSchema, ...DutyFields, updatedAt: Timestamp });
export type DutyRule = Static<typeof DutyRule>;
export const ZoneParams = Type.Object({ zone: ZoneSchema });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 40 }) });
export const CodeParams = Type.Object({ code: Type.String({ maxLength: 40 }) });
