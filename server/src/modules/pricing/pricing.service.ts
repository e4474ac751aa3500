import type { Ctx } from '../../kernel/context.ts';
import { isCurrencyCode } from '../../kernel/money.ts';
import { PricingErrors } from './pricing.errors.ts';
import { pricingRepository as repo } from './pricing.repository.ts';
import { BASE_CURRENCY, convertFromHkd, convertToHkd } from './pricing.rules.ts';
import type { PriceRow } from './pricing.tables.ts';
import type { Zone } from '../inventory/index.ts';
import type { CodesBody, DeliveryRateBody, DutyRuleBody, PromotionCreateBody, PromotionPatchBody } from './pricing.schemas.ts';
import type { DeliveryMethod } from './pricing.tables.ts';
import type { Quote, QuoteInput } from './pricing.types.ts';
import { listDeliveryRates, listDutyRules, setDeliveryRate, setDutyRule, writeDeliveryRate, writeDutyRule } from './use-cases/admin-delivery.ts';
import {
  addCodes, createPromotion, deactivateCode, deactivatePromotion, listCodes, listPromotions, ruleCatalogue, updatePromotion, writePromotion, type AuditPort,
} from './use-cases/admin-promotions.ts';
import { quote } from './use-cases/quote.ts';
import { redeem } from './use-cases/redeem.ts';

export interface PricingDeps {
  /** Told whenever prices change, so the storefront's listings follow in the same transaction. */
  pricesChanged(ctx: Ctx, variantIds: readonly string[]): Promise<void>;
  /** Staff changes to promotions and rates are audited (the access module). */
  audit: AuditPort;
  /** The customer's unused welcome offer (MKT-1), from the customers module. */
  welcomeEntitlement?: (ctx: Ctx, customerId: string) => Promise<{ percentOff: number } | null>;
  /** Marks the welcome offer used by the order; false when it was used already. */
  consumeWelcomeEntitlement?: (ctx: Ctx, customerId: string, orderId: string) => Promise<boolean>;
  referenceTtlMs?: number;
}

/** A price as shown: from the currency's own list, or converted from HKD and marked approximate. */
export interface Price {
  amount: number;
  currency: string;
  compareAt: number | null;
  approximate: boolean;
}

export interface PriceInput {
  currency: string;
  amount: number;
  compareAt?: number | null | undefined;
}

/** How a currency is priced: its own list, or a conversion from HKD at a stored rate. */
export interface CurrencyPricing {
  currency: string;
  hasList: boolean;
  perHkdMicros: bigint | null;
}

interface Reference {
  lists: Set<string>;
  rates: Map<string, bigint>;
  loadedAt: number;
}

export function createPricingService(deps: PricingDeps) {
  const ttl = deps.referenceTtlMs ?? 5_000;
  let reference: Reference | undefined;

  async function referenceData(ctx: Ctx): Promise<Reference> {
    if (reference && Date.now() - reference.loadedAt < ttl) return reference;
    const [lists, rates] = await Promise.all([repo.priceListCurrencies(ctx.tx), repo.exchangeRates(ctx.tx)]);
    reference = { lists: new Set(lists), rates: new Map(rates.map((r) => [r.currency, r.per_hkd_micros])), loadedAt: Date.now() };
    return reference;
  }

  /** The way prices in `currency` are found; refuses a currency the shop neither lists nor converts to. */
  async function currencyPricing(ctx: Ctx, currency: string): Promise<CurrencyPricing> {
    const { lists, rates } = await referenceData(ctx);
    const hasList = lists.has(currency);
    const perHkdMicros = rates.get(currency) ?? null;
    if (!hasList && perHkdMicros === null) throw PricingErrors.unknown_currency({ detail: `No price list or exchange rate for ${currency}.` });
    return { currency, hasList, perHkdMicros };
  }

  return {
    currencyPricing,

    /** Every currency a visitor can browse in: the price lists first, then those shown converted. */
    async currencies(ctx: Ctx): Promise<CurrencyPricing[]> {
      const { lists, rates } = await referenceData(ctx);
      const converted = [...rates.keys()].filter((c) => !lists.has(c)).sort();
      return [...lists, ...converted].map((currency) => ({ currency, hasList: lists.has(currency), perHkdMicros: rates.get(currency) ?? null }));
    },

    /**
     * The price of each variant in `currency`: its list price where the list has one, else its
     * HKD price converted at the stored rate (approximate), else null (not for sale there).
     */
    async pricesFor(ctx: Ctx, variantIds: readonly string[], currency: string): Promise<Map<string, Price | null>> {
      const pricing = await currencyPricing(ctx, currency);
      const rows = await repo.pricesOf(ctx.tx, variantIds, pricing.hasList ? [currency, BASE_CURRENCY] : [BASE_CURRENCY]);
      const listed = new Map(rows.filter((r) => r.currency === currency).map((r) => [r.variant_id, r]));
      const base = new Map(rows.filter((r) => r.currency === BASE_CURRENCY).map((r) => [r.variant_id, r]));
      return new Map(variantIds.map((id) => [id, priceOf(listed.get(id), base.get(id), pricing)]));
    },

    /** Every list price of the variants, for the storefront's price filters. */
    async listPrices(ctx: Ctx, variantIds: readonly string[]): Promise<PriceRow[]> {
      return repo.pricesOf(ctx.tx, variantIds);
    },

    /** A price filter's bounds in the currency whose list the listing filters on. */
    async filterBounds(ctx: Ctx, currency: string, min: number | undefined, max: number | undefined) {
      const pricing = await currencyPricing(ctx, currency);
      if (pricing.hasList) return { currency, min, max };
      const toHkd = (v: number | undefined) => (v === undefined ? undefined : Number(convertToHkd(BigInt(v), pricing.perHkdMicros!, currency)));
      return { currency: BASE_CURRENCY, min: toHkd(min), max: toHkd(max) };
    },

    /**
     * An amount in HKD at the stored rate, for thresholds set in HKD (the ID check on valuable
     * parcels, DEL-5). A currency without a stored rate counts one for one, which only matters
     * for a shop that lists a currency it never gave a rate for.
     */
    async toHkd(ctx: Ctx, minor: number, currency: string): Promise<number> {
      if (currency === BASE_CURRENCY) return minor;
      const rate = (await referenceData(ctx)).rates.get(currency);
      return rate ? Number(convertToHkd(BigInt(minor), rate, currency)) : minor;
    },

    /** Converts an HKD amount for display; null when the currency has a list of its own. */
    async convertForDisplay(ctx: Ctx, hkdMinor: number, currency: string): Promise<number | null> {
      const pricing = await currencyPricing(ctx, currency);
      return pricing.hasList ? null : Number(convertFromHkd(BigInt(hkdMinor), pricing.perHkdMicros!, currency));
    },

    /**
     * Replaces the variant's prices: one per listed currency given, HKD always among them; a
     * currency left out falls back to conversion from HKD.
     */
    async setPrices(ctx: Ctx, variantId: string, prices: readonly PriceInput[]): Promise<void> {
      const { lists } = await referenceData(ctx);
      if (!prices.some((p) => p.currency === BASE_CURRENCY)) throw PricingErrors.base_price_required();
      for (const p of prices) {
        if (!lists.has(p.currency)) throw PricingErrors.no_price_list({ detail: `There is no ${p.currency} price list.` });
        if (p.compareAt != null && p.compareAt <= p.amount) throw PricingErrors.compare_at_not_higher({ detail: `${p.currency}: ${p.compareAt} is not above ${p.amount}.` });
      }
      const at = ctx.clock.now();
      await repo.upsertPrices(ctx.tx, prices.map((p) => ({
        variant_id: variantId, currency: p.currency, amount: BigInt(p.amount), compare_at_amount: p.compareAt == null ? null : BigInt(p.compareAt), updated_at: at,
      })));
      await repo.deletePrices(ctx.tx, variantId, [...lists].filter((c) => !prices.some((p) => p.currency === c)));
      await deps.pricesChanged(ctx, [variantId]);
    },

    /** Bulk loading for demo data and imports; the caller refreshes listings itself. */
    async loadPriceLists(ctx: Ctx, currencies: readonly string[], rates: ReadonlyMap<string, bigint>): Promise<void> {
      for (const c of [...currencies, ...rates.keys()]) if (!isCurrencyCode(c)) throw new RangeError(`Unknown currency ${c}`);
      const at = ctx.clock.now();
      await repo.insertPriceLists(ctx.tx, currencies, BASE_CURRENCY, at);
      await repo.upsertRates(ctx.tx, [...rates].map(([currency, per_hkd_micros]) => ({ currency, per_hkd_micros, updated_at: at })));
      reference = undefined;
    },

    async loadPrices(ctx: Ctx, rows: readonly Omit<PriceRow, 'updated_at'>[]): Promise<void> {
      const at = ctx.clock.now();
      await repo.upsertPrices(ctx.tx, rows.map((r) => ({ ...r, updated_at: at })));
    },

    /** Prices a bag for checkout: lines, promotions (applied or why not), delivery, duties. Reads only. */
    quote: (ctx: Ctx, input: QuoteInput): Promise<Quote> => quote(ctx, { currencyPricing, welcomeEntitlement: deps.welcomeEntitlement }, input),
    /** Inside the placing transaction: records the quote's promotions, or `pricing.promotion_unavailable`. */
    redeem: (ctx: Ctx, quoted: Quote, order: { orderId: string; customerId: string | null }): Promise<void> =>
      redeem(ctx, { consumeWelcomeEntitlement: deps.consumeWelcomeEntitlement }, quoted, order),

    // The backstage (catalog.manage), each change audited.
    ruleCatalogue,
    listPromotions,
    createPromotion: (ctx: Ctx, body: PromotionCreateBody) => createPromotion(ctx, deps.audit, body),
    updatePromotion: (ctx: Ctx, id: string, body: PromotionPatchBody) => updatePromotion(ctx, deps.audit, id, body),
    deactivatePromotion: (ctx: Ctx, id: string) => deactivatePromotion(ctx, deps.audit, id),
    listCodes,
    addCodes: (ctx: Ctx, promotionId: string, body: CodesBody) => addCodes(ctx, deps.audit, promotionId, body),
    deactivateCode: (ctx: Ctx, code: string) => deactivateCode(ctx, deps.audit, code),
    listDeliveryRates,
    setDeliveryRate: (ctx: Ctx, zone: Zone, method: DeliveryMethod, body: DeliveryRateBody) => setDeliveryRate(ctx, deps.audit, zone, method, body),
    listDutyRules,
    setDutyRule: (ctx: Ctx, zone: Zone, body: DutyRuleBody) => setDutyRule(ctx, deps.audit, zone, body),

    /** Demo data and imports: the same checks as the backstage, without a staff member or an audit entry. */
    loadPromotion: writePromotion,
    loadDeliveryRate: writeDeliveryRate,
    loadDutyRule: writeDutyRule,
  };
}

function priceOf(listed: PriceRow | undefined, base: PriceRow | undefined, pricing: CurrencyPricing): Price | null {
  if (listed) {
    return { amount: Number(listed.amount), currency: pricing.currency, compareAt: listed.compare_at_amount === null ? null : Number(listed.compare_at_amount), approximate: false };
  }
  if (!base || pricing.perHkdMicros === null) return null;
  const convert = (v: bigint) => Number(convertFromHkd(v, pricing.perHkdMicros!, pricing.currency));
  return { amount: convert(base.amount), currency: pricing.currency, compareAt: base.compare_at_amount === null ? null : convert(base.compare_at_amount), approximate: true };
}

export type PricingService = ReturnType<typeof createPricingService>;
