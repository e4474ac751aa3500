/** The pricing module: price lists per currency, exchange rates; promotions and delivery rates later. */
export { createPricingService, type CurrencyPricing, type Price, type PriceInput, type PricingService } from './pricing.service.ts';
export { pricingMigrations } from './migrations/index.ts';
export { PricingErrors } from './pricing.errors.ts';
export { BASE_CURRENCY, convertFromHkd } from './pricing.rules.ts';
