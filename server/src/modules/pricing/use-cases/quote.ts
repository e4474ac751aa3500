import type { Ctx } from '../../../kernel/context.ts';
import type { CurrencyCode } from '../../../kernel/money.ts';
import { deliveryFeeHkd, dutiesEstimate } from '../pricing.delivery.rules.ts';
import { PricingErrors } from '../pricing.errors.ts';
import { applyPromotions, type CandidatePromotion, type EvaluatedPromotion } from '../pricing.promotion-engine.ts';
import type { EngineFacts } from '../pricing.promotion-rules.ts';
import { promotionsRepository as promos } from '../pricing.promotions.repository.ts';
import { pricingRepository } from '../pricing.repository.ts';
import { BASE_CURRENCY, convertFromHkd, convertToHkd } from '../pricing.rules.ts';
import type { PromotionRow } from '../pricing.tables.ts';
import type { QuotedPromotion, Quote, QuoteInput, QuoteInputLine } from '../pricing.types.ts';
import type { CurrencyPricing } from '../pricing.service.ts';

export interface QuoteDeps {
  currencyPricing(ctx: Ctx, currency: string): Promise<CurrencyPricing>;
  /** The customer's unused welcome offer (the customers module), if bound. */
  welcomeEntitlement?: ((ctx: Ctx, customerId: string) => Promise<{ percentOff: number } | null>) | undefined;
}

/** Codes as customers type them: any case, stray spaces. */
export const normaliseCode = (code: string) => code.trim().toUpperCase();

/**
 * Prices a bag: list prices of the currency, promotions in priority order with the reason each
 * one did or did not apply, delivery to the zone, and an estimate of duties on cross-border
 * lines. Reads only: redeeming the promotions is `redeem`'s job when the order is placed.
 */
export async function quote(ctx: Ctx, deps: QuoteDeps, input: QuoteInput): Promise<Quote> {
  const money = await converters(ctx, deps, input.currency);
  const { priced, unavailable } = await priceLines(ctx, input, money.currency);

  const { candidates, unknown } = await candidatesFor(ctx, input);
  const facts: EngineFacts = {
    now: ctx.clock.now(),
    currency: money.currency,
    customer: input.customer && { id: input.customer.id, welcomePercent: (await deps.welcomeEntitlement?.(ctx, input.customer.id))?.percentOff ?? null },
    zone: input.zone,
    toHkd: money.toHkd,
    fromHkd: money.fromHkd,
  };
  const engineLines = priced.map(({ line, subtotal }) => ({ lineId: line.lineId, designerId: line.designerId, categoryIds: line.categoryIds, quantity: line.quantity, remaining: subtotal }));
  const outcome = applyPromotions(candidates, engineLines, facts);

  const lines = priced.map(({ line, unitPrice, subtotal }) => {
    const discount = outcome.lineDiscounts.get(line.lineId) ?? 0;
    return { lineId: line.lineId, variantId: line.variantId, unitPrice, quantity: line.quantity, subtotal, discount, total: subtotal - discount };
  });
  const subtotal = lines.reduce((t, l) => t + l.subtotal, 0);
  const discountTotal = lines.reduce((t, l) => t + l.discount, 0);

  const freeByPromotion = outcome.promotions.some((p) => p.applied && p.freeDelivery);
  const inputOf = (lineId: string) => priced.find((p) => p.line.lineId === lineId)!.line;
  const goods = lines.filter((l) => !inputOf(l.lineId).service);
  const parcel = { items: goods.length, weightGrams: goods.reduce((t, l) => t + inputOf(l.lineId).weightGrams * l.quantity, 0), goods: goods.reduce((t, l) => t + l.total, 0) };
  const delivery = await deliveryFor(ctx, input, money, parcel, freeByPromotion);
  const crossBorder = goods.filter((l) => inputOf(l.lineId).crossBorder);
  const duties = await dutiesFor(ctx, input, money, crossBorder.length === 0 ? null : crossBorder.reduce((t, l) => t + l.total, 0));

  return {
    currency: money.currency,
    lines,
    subtotal,
    discountTotal,
    delivery: delivery && { method: delivery.method, amount: delivery.amount, freeFrom: delivery.freeFrom, free: delivery.free },
    duties,
    total: subtotal - discountTotal + (delivery?.amount ?? 0),
    promotions: [...outcome.promotions.map((p) => present(p, delivery?.saved ?? 0)), ...unknown],
    unavailable,
  };
}

interface Money {
  currency: CurrencyCode;
  toHkd(amount: number): number;
  fromHkd(amountHkd: number): number;
}

/** The quote's currency must have a list; amounts kept in HKD convert at its stored rate. */
async function converters(ctx: Ctx, deps: QuoteDeps, currency: string): Promise<Money> {
  const pricing = await deps.currencyPricing(ctx, currency);
  if (!pricing.hasList) throw PricingErrors.no_price_list({ detail: `${currency} prices are shown converted and charged in HKD: ask for a quote in HKD.` });
  const code = currency as CurrencyCode;
  if (currency === BASE_CURRENCY) return { currency: code, toHkd: (a) => a, fromHkd: (a) => a };
  const rate = pricing.perHkdMicros;
  if (rate === null) throw PricingErrors.no_exchange_rate({ detail: `No exchange rate is stored for ${currency}.` });
  return {
    currency: code,
    toHkd: (amount) => Number(convertToHkd(BigInt(amount), rate, code)),
    fromHkd: (amountHkd) => Number(convertFromHkd(BigInt(amountHkd), rate, code)),
  };
}

/** Each line at its list price in the currency; a variant without one is set aside as unavailable. */
async function priceLines(ctx: Ctx, input: QuoteInput, currency: string) {
  for (const line of input.lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) throw new RangeError(`Line ${line.lineId}: quantity must be a positive integer`);
  }
  const rows = await pricingRepository.pricesOf(ctx.tx, [...new Set(input.lines.map((l) => l.variantId))], [currency]);
  const prices = new Map(rows.map((r) => [r.variant_id, Number(r.amount)]));
  const priced: { line: QuoteInputLine; unitPrice: number; subtotal: number }[] = [];
  const unavailable: Quote['unavailable'] = [];
  for (const line of input.lines) {
    const unitPrice = prices.get(line.variantId);
    if (unitPrice === undefined) unavailable.push({ lineId: line.lineId, variantId: line.variantId, reason: 'no_price' });
    else priced.push({ line, unitPrice, subtotal: unitPrice * line.quantity });
  }
  return { priced, unavailable };
}

/**
 * The automatic promotions in force and those of the entered codes, each marked when it cannot
 * apply whatever the bag holds (a code used or withdrawn, a usage limit reached); unknown codes
 * are reported as such.
 */
async function candidatesFor(ctx: Ctx, input: QuoteInput): Promise<{ candidates: CandidatePromotion[]; unknown: QuotedPromotion[] }> {
  const entered = [...new Set(input.codes.map(normaliseCode).filter(Boolean))];
  const [automatic, codeRows] = await Promise.all([promos.activeAutomatic(ctx.tx), promos.codes(ctx.tx, entered)]);
  const coded = await promos.promotionsByIds(ctx.tx, [...new Set(codeRows.map((c) => c.promotion_id))]);
  const uses = input.customer ? await promos.customerUses(ctx.tx, input.customer.id, [...automatic, ...coded].filter((p) => p.per_customer_limit !== null).map((p) => p.id)) : new Map<string, number>();

  const candidates = new Map<string, CandidatePromotion>();
  for (const promotion of automatic) candidates.set(promotion.id, candidate(promotion, null, limitReason(promotion, input, uses)));
  for (const code of entered) {
    const row = codeRows.find((c) => c.code === code);
    const promotion = row && coded.find((p) => p.id === row.promotion_id);
    if (!row || !promotion) continue;
    const blocked = !row.active || !promotion.active ? 'expired' : row.single_use && row.used_at !== null ? 'limit_reached' : limitReason(promotion, input, uses);
    // Two codes of one promotion count once: the first that can apply.
    const existing = candidates.get(promotion.id);
    if (!existing || (existing.blocked && !blocked)) candidates.set(promotion.id, candidate(promotion, code, blocked));
  }
  const unknown = entered
    .filter((code) => !codeRows.some((c) => c.code === code && coded.some((p) => p.id === c.promotion_id)))
    .map((code) => ({ promotionId: '', name: '', code, applied: false, amount: 0, reason: 'unknown_code' as const }));
  return { candidates: [...candidates.values()], unknown };
}

function limitReason(promotion: PromotionRow, input: QuoteInput, uses: Map<string, number>) {
  if (promotion.usage_limit !== null && promotion.times_used >= promotion.usage_limit) return 'limit_reached' as const;
  if (promotion.per_customer_limit === null) return null;
  // A limit per customer can only be counted for a signed-in customer.
  if (!input.customer) return 'not_eligible' as const;
  return (uses.get(promotion.id) ?? 0) >= promotion.per_customer_limit ? ('limit_reached' as const) : null;
}

function candidate(row: PromotionRow, code: string | null, blocked: CandidatePromotion['blocked']): CandidatePromotion {
  return {
    id: row.id, name: row.name, code, priority: row.priority, createdAt: row.created_at, combinesWith: row.combines_with,
    conditions: row.conditions, actions: row.actions, blocked,
  };
}

/** Delivery to the zone by the method; null until the customer chose an address. */
async function deliveryFor(ctx: Ctx, input: QuoteInput, money: Money, bag: { items: number; weightGrams: number; goods: number }, freeByPromotion: boolean) {
  if (input.zone === null) return null;
  const method = input.deliveryMethod ?? 'standard';
  // Only services: nothing travels, so nothing is charged for delivery.
  if (bag.items === 0) return { method, amount: 0, freeFrom: null, free: true, saved: 0 };
  const rate = await promos.deliveryRate(ctx.tx, input.zone, method);
  const fee = rate && deliveryFeeHkd(rate, { weightGrams: bag.weightGrams, valueHkd: money.toHkd(bag.goods) });
  if (!rate || !fee) throw PricingErrors.delivery_unavailable({ detail: `No ${method} delivery to ${input.zone} for a bag of ${bag.weightGrams} g.` });
  const full = money.fromHkd(fee.feeHkd);
  const free = fee.free || freeByPromotion || full === 0;
  return {
    method,
    amount: free ? 0 : full,
    freeFrom: rate.free_from_hkd === null ? null : money.fromHkd(Number(rate.free_from_hkd)),
    free,
    // What a free-delivery promotion saves: nothing when the threshold already made it free.
    saved: fee.free ? 0 : full,
  };
}

async function dutiesFor(ctx: Ctx, input: QuoteInput, money: Money, crossBorderGoods: number | null): Promise<Quote['duties']> {
  if (input.zone === null || crossBorderGoods === null) return null;
  const rule = await promos.dutyRule(ctx.tx, input.zone);
  return rule ? dutiesEstimate(rule, { amount: crossBorderGoods, valueHkd: money.toHkd(crossBorderGoods) }, money.currency) : null;
}

function present(p: EvaluatedPromotion, deliverySaved: number): QuotedPromotion {
  return { promotionId: p.promotionId, name: p.name, code: p.code, applied: p.applied, amount: p.freeDelivery ? p.amount + deliverySaved : p.amount, reason: p.reason };
}
