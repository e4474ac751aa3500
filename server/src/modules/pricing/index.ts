/** The pricing module: price lists per currency, exchange rates, promotions and codes, delivery rates, duty estimates. */
export { createPricingService, type CurrencyPricing, type Price, type PriceInput, type PricingDeps, type PricingService } from './pricing.service.ts';
export { pricingMigrations } from './migrations/index.ts';
export { PricingErrors } from './pricing.errors.ts';
export { BASE_CURRENCY, convertFromHkd } from './pricing.rules.ts';
export type { PromotionReason, Quote, QuoteInput, QuoteInputLine, QuoteLine, QuotedPromotion } from './pricing.types.ts';
export { pricingAdminRoutes } from './pricing.admin-routes.ts';
export { pricingPersonalData } from './pricing.privacy.ts';
export { loadDemoPromotions, DEMO_SITE_CODE } from './pricing.demo.ts';
