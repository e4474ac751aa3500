import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';
import type { Quote, QuoteInput, QuoteInputLine } from './pricing.types.ts';

/**
 * Fixtures for pricing tests: price lists in HKD, USD and JPY, variants priced in them (pricing
 * does not need the catalogue to know a variant), and bag lines as checkout would build them.
 */

export const RATES = new Map([['USD', 128_000n], ['JPY', 19_500_000n], ['SGD', 172_000n]]);

export function run<T>(app: FastifyInstance, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return app.platform.runUseCase({ kind: 'system', job: 'test' }, newId('req'), work);
}

export async function priceLists(app: FastifyInstance): Promise<void> {
  await run(app, (ctx) => app.platform.modules.pricing.loadPriceLists(ctx, ['HKD', 'USD', 'JPY'], RATES));
}

/** A variant with these prices (minor units per currency); returns its id. */
export async function pricedVariant(app: FastifyInstance, prices: Record<string, number>): Promise<string> {
  const variantId = newId('var');
  await run(app, (ctx) => app.platform.modules.pricing.loadPrices(ctx, Object.entries(prices).map(([currency, amount]) => ({
    variant_id: variantId, currency, amount: BigInt(amount), compare_at_amount: null,
  }))));
  return variantId;
}

export function line(variantId: string, options: Partial<QuoteInputLine> = {}): QuoteInputLine {
  return {
    lineId: newId('line'), variantId, productId: newId('prd'), designerId: 'des_demo', categoryIds: ['cat_demo'],
    quantity: 1, weightGrams: 800, crossBorder: false, ...options,
  };
}

export function quoteFor(app: FastifyInstance, input: Partial<QuoteInput> & Pick<QuoteInput, 'lines'>): Promise<Quote> {
  return run(app, (ctx) => app.platform.modules.pricing.quote(ctx, { currency: 'HKD', customer: null, codes: [], zone: null, ...input }));
}

/** How the quote lists one promotion, found by (part of) its name or its code. */
export function promotionIn(quote: Quote, match: string) {
  const found = quote.promotions.find((p) => p.code === match || p.name.includes(match));
  if (!found) throw new Error(`No promotion "${match}" in ${JSON.stringify(quote.promotions)}`);
  return found;
}
