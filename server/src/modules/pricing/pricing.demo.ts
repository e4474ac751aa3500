import type { Ctx } from '../../kernel/context.ts';
import type { Zone } from '../inventory/index.ts';
import type { DeliveryRateBody, DutyRuleBody } from './pricing.schemas.ts';
import type { PricingService } from './pricing.service.ts';
import type { DeliveryMethod } from './pricing.tables.ts';

/** The demo shop's site-wide code (MKT-1): 15% off one item, 25% off two or more. */
export const DEMO_SITE_CODE = 'MAISON';

/** Every fee in HKD minor units; HK$400 is 40000. */
const RATES: [Zone, DeliveryMethod, DeliveryRateBody][] = [
  // DEL-1: Hong Kong by weight, free from HK$400 after discounts (standard delivery).
  ['HK', 'standard', { basis: 'weight', bands: [{ upTo: 2000, amount: 6000 }, { upTo: null, amount: 9000 }], freeFromHkd: 40000 }],
  ['HK', 'express', { basis: 'weight', bands: [{ upTo: 2000, amount: 12000 }, { upTo: null, amount: 16000 }], freeFromHkd: null }],
  ['CN', 'standard', { basis: 'weight', bands: [{ upTo: 1000, amount: 9000 }, { upTo: 3000, amount: 14000 }, { upTo: null, amount: 22000 }], freeFromHkd: null }],
  ['CN', 'express', { basis: 'weight', bands: [{ upTo: 1000, amount: 16000 }, { upTo: 3000, amount: 24000 }, { upTo: null, amount: 36000 }], freeFromHkd: null }],
  ['ASIA', 'standard', { basis: 'weight', bands: [{ upTo: 1000, amount: 14000 }, { upTo: 3000, amount: 22000 }, { upTo: null, amount: 32000 }], freeFromHkd: null }],
  ['ASIA', 'express', { basis: 'weight', bands: [{ upTo: 1000, amount: 22000 }, { upTo: 3000, amount: 34000 }, { upTo: null, amount: 48000 }], freeFromHkd: null }],
  // Far away, insurance dominates: the rest of the world pays by the bag's value.
  ['ROW', 'standard', { basis: 'value', bands: [{ upTo: 500000, amount: 25000 }, { upTo: 2000000, amount: 40000 }, { upTo: null, amount: 60000 }], freeFromHkd: null }],
  ['ROW', 'express', { basis: 'value', bands: [{ upTo: 500000, amount: 38000 }, { upTo: 2000000, amount: 56000 }, { upTo: null, amount: 80000 }], freeFromHkd: null }],
];

/** Hong Kong is a free port: no rule, no estimate. */
const DUTIES: [Zone, DutyRuleBody][] = [
  ['CN', { rateBasisPoints: 910, deMinimisHkd: 0, note: 'Estimated cross-border e-commerce tax for mainland China, paid to the courier on arrival.' }],
  ['ASIA', { rateBasisPoints: 800, deMinimisHkd: 150000, note: 'Estimated import duties and sales tax in Asia, collected by the courier on delivery.' }],
  ['ROW', { rateBasisPoints: 2000, deMinimisHkd: 0, note: 'Estimated import duties and VAT at destination, collected by the courier on delivery.' }],
];

/**
 * The demo shop's promotions (MKT-1), delivery rates (DEL-1) and duty estimates. The welcome
 * offer and the site code exclude each other; the code has the higher priority, so a new member
 * who enters it gets the larger discount and keeps the welcome offer for another order.
 */
export async function loadDemoPromotions(ctx: Ctx, pricing: Pick<PricingService, 'loadPromotion' | 'loadDeliveryRate' | 'loadDutyRule'>): Promise<void> {
  await pricing.loadPromotion(ctx, {
    name: 'Welcome offer: 10% off your first order',
    trigger: 'automatic',
    conditions: [{ type: 'customer', config: { who: 'new_member' } }],
    actions: [{ type: 'percent_off_lines', config: { percent: 10 } }],
    priority: 100,
    combinesWith: 'none',
    perCustomerLimit: 1,
  });
  await pricing.loadPromotion(ctx, {
    name: 'Maison days: 15% off one piece, 25% off two or more',
    trigger: 'code',
    code: DEMO_SITE_CODE,
    conditions: [],
    actions: [{ type: 'quantity_tiers', config: { tiers: [{ minQuantity: 1, percent: 15 }, { minQuantity: 2, percent: 25 }] } }],
    priority: 200,
    combinesWith: 'all',
  });
  for (const [zone, method, rate] of RATES) await pricing.loadDeliveryRate(ctx, zone, method, rate);
  for (const [zone, rule] of DUTIES) await pricing.loadDutyRule(ctx, zone, rule);
}
