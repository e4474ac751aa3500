import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createPrices from './0001_create_prices.ts';

export const pricingMigrations: ModuleMigrations = {
  schema: 'pricing',
  migrations: { '0001_create_prices': createPrices },
};
