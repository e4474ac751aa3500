import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createStock from './0001_create_stock.ts';

export const inventoryMigrations: ModuleMigrations = {
  schema: 'inventory',
  migrations: { '0001_create_stock': createStock },
};
