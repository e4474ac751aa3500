import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createOrders from './0001_create_orders.ts';
import * as fulfilmentReturns from './0002_fulfilment_returns.ts';

export const ordersMigrations: ModuleMigrations = {
  schema: 'orders',
  migrations: { '0001_create_orders': createOrders, '0002_fulfilment_returns': fulfilmentReturns },
};
