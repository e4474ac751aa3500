import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createOrders from './0001_create_orders.ts';

export const ordersMigrations: ModuleMigrations = {
  schema: 'orders',
  migrations: { '0001_create_orders': createOrders },
};
