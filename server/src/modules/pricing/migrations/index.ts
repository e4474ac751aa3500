import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createPrices from './0001_create_prices.ts';
import * as createPromotions from './0002_create_promotions.ts';

export const pricingMigrations: ModuleMigrations = {
  schema: 'pricing',
  migrations: { '0001_create_prices': createPrices, '0002_create_promotions': createPromotions },
};
