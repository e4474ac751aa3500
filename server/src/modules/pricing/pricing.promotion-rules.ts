import { Type, type Static, type TSchema } from 'typebox';
import { percentOf, money, type CurrencyCode } from '../../kernel/money.ts';
import type { Zone } from '../inventory/index.ts';
import type { PromotionReason } from './pricing.types.ts';

/**
 * The building blocks of promotions: each condition and action is a small pure function with a
 * typed config, registered here by name. A promotion stores `{ type, config }` pairs as jsonb;
 * staff compose them in the backstage, and a new kind of rule is a code change here.
 */

/** A bag line as promotions see it; `remaining` is its amount after promotions applied earlier. */
export interface EngineLine {
  lineId: string;
  designerId: string;
  categoryIds: readonly string[];
  quantity: number;
  remaining: number;
}

/** Everything a rule may look at, besides the lines in scope. */
export interface EngineFacts {
  now: Date;
  currency: CurrencyCode;
  /** A signed-in customer and the percentage of their unused welcome offer, if any. */
  customer: { id: string; welcomePercent: number | null } | null;
  zone: Zone | null;
  /** Amounts in the quote's currency to HKD minor units and back, at the stored rate. */
  toHkd(amount: number): number;
  fromHkd(amountHkd: number): number;
}

/** When a condition is checked: who and when first, then the lines in scope, then the bag in scope. */
type Stage = 'who' | 'scope' | 'bag';

interface ConditionDefinition<S extends TSchema> {
  config: S;
  stage: Stage;
  description: string;
  /** Scope conditions: whether the promotion applies to this line. */
  covers?(config: Static<S>, line: EngineLine): boolean;
  /** Other conditions: why the promotion does not apply, or null when it may. */
  check?(config: Static<S>, facts: EngineFacts, lines: readonly EngineLine[]): PromotionReason | null;
}

/** What an action takes off: an amount spread over the lines in scope, free delivery, or why nothing. */
export type ActionOutcome = { amount: number } | { freeDelivery: true } | { reason: PromotionReason };

interface ActionDefinition<S extends TSchema> {
  config: S;
  description: string;
  apply(config: Static<S>, facts: EngineFacts, lines: readonly EngineLine[]): ActionOutcome;
}

const condition = <S extends TSchema>(definition: ConditionDefinition<S>) => definition;
const action = <S extends TSchema>(definition: ActionDefinition<S>) => definition;

const ZoneSchema = Type.Union([Type.Literal('HK'), Type.Literal('CN'), Type.Literal('ASIA'), Type.Literal('ROW')]);
const Percent = Type.Number({ exclusiveMinimum: 0, maximum: 100, description: 'Percentage off, such as 15 or 12.5' });
const Ids = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 200, uniqueItems: true });
const strict = { additionalProperties: false } as const;

const spent = (lines: readonly EngineLine[]) => lines.reduce((total, line) => total + line.remaining, 0);
const quantityOf = (lines: readonly EngineLine[]) => lines.reduce((total, line) => total + line.quantity, 0);

export const CONDITIONS = {
  date_window: condition({
    description: 'Only between two instants (either may be left open)',
    stage: 'who',
    config: Type.Object({ from: Type.Optional(Type.String({ format: 'date-time' })), until: Type.Optional(Type.String({ format: 'date-time' })) }, strict),
    check: (config, facts) => {
      if (config.from && facts.now < new Date(config.from)) return 'not_started';
      if (config.until && facts.now >= new Date(config.until)) return 'expired';
      return null;
    },
  }),
  customer: condition({
    description: 'Only for signed-in customers, or only for new members (an unused welcome offer)',
    stage: 'who',
    config: Type.Object({ who: Type.Union([Type.Literal('signed_in'), Type.Literal('new_member')]) }, strict),
    check: (config, facts) => {
      if (!facts.customer) return 'not_eligible';
      return config.who === 'new_member' && facts.customer.welcomePercent === null ? 'not_eligible' : null;
    },
  }),
  zone: condition({
    description: 'Only for deliveries to these zones',
    stage: 'who',
    config: Type.Object({ zones: Type.Array(ZoneSchema, { minItems: 1, uniqueItems: true }) }, strict),
    check: (config, facts) => (facts.zone !== null && config.zones.includes(facts.zone) ? null : 'not_eligible'),
  }),
  designers: condition({
    description: 'Only the lines of these designers',
    stage: 'scope',
    config: Type.Object({ designerIds: Ids }, strict),
    covers: (config, line) => config.designerIds.includes(line.designerId),
  }),
  categories: condition({
    description: 'Only the lines in these categories',
    stage: 'scope',
    config: Type.Object({ categoryIds: Ids }, strict),
    covers: (config, line) => line.categoryIds.some((id) => config.categoryIds.includes(id)),
  }),
  quantity_in_bag: condition({
    description: 'Only when the bag holds at least (and at most) so many items in scope',
    stage: 'bag',
    config: Type.Object({ min: Type.Integer({ minimum: 1 }), max: Type.Optional(Type.Integer({ minimum: 1 })) }, strict),
    check: (config, _facts, lines) => {
      const quantity = quantityOf(lines);
      if (quantity < config.min) return 'minimum_not_met';
      return config.max !== undefined && quantity > config.max ? 'not_eligible' : null;
    },
  }),
  minimum_spend: condition({
    description: 'Only when the lines in scope come to at least this much (HKD, compared at the stored rate)',
    stage: 'bag',
    config: Type.Object({ amountHkd: Type.Integer({ minimum: 1, description: 'HKD minor units' }) }, strict),
    check: (config, facts, lines) => (facts.toHkd(spent(lines)) >= config.amountHkd ? null : 'minimum_not_met'),
  }),
};

export const ACTIONS = {
  percent_off_lines: action({
    description: 'A percentage off the lines in scope',
    config: Type.Object({ percent: Percent }, strict),
    apply: (config, facts, lines) => ({ amount: percentOf(money(spent(lines), facts.currency), config.percent).amount }),
  }),
  fixed_off_order: action({
    description: 'A fixed amount off the lines in scope (never more than they cost)',
    config: Type.Object({
      amountHkd: Type.Integer({ minimum: 1, description: 'HKD minor units; converted at the stored rate for other currencies' }),
      amounts: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Z]{3}$' }), Type.Integer({ minimum: 1 }), { description: 'A fixed amount per currency, instead of the conversion' })),
    }, strict),
    apply: (config, facts, lines) => ({ amount: Math.min(spent(lines), config.amounts?.[facts.currency] ?? facts.fromHkd(config.amountHkd)) }),
  }),
  quantity_tiers: action({
    description: 'A percentage off the lines in scope that grows with the number of items in scope',
    config: Type.Object({
      tiers: Type.Array(Type.Object({ minQuantity: Type.Integer({ minimum: 1 }), percent: Percent }, strict), { minItems: 1, maxItems: 10 }),
    }, strict),
    apply: (config, facts, lines) => {
      const quantity = quantityOf(lines);
      const tier = config.tiers.filter((t) => t.minQuantity <= quantity).sort((a, b) => b.minQuantity - a.minQuantity)[0];
      return tier ? { amount: percentOf(money(spent(lines), facts.currency), tier.percent).amount } : { reason: 'minimum_not_met' };
    },
  }),
  free_delivery: action({
    description: 'Delivery at no charge',
    config: Type.Object({}, strict),
    apply: () => ({ freeDelivery: true }),
  }),
};

export type ConditionType = keyof typeof CONDITIONS;
export type ActionType = keyof typeof ACTIONS;

export function isConditionType(type: string): type is ConditionType {
  return Object.hasOwn(CONDITIONS, type);
}

export function isActionType(type: string): type is ActionType {
  return Object.hasOwn(ACTIONS, type);
}

/** The condition's definition, typed loosely: configs were validated against `config` on write. */
export function conditionOf(type: ConditionType): ConditionDefinition<TSchema> {
  return CONDITIONS[type] as unknown as ConditionDefinition<TSchema>;
}

export function actionOf(type: ActionType): ActionDefinition<TSchema> {
  return ACTIONS[type] as unknown as ActionDefinition<TSchema>;
}
