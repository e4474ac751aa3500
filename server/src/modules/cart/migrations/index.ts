import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createBags from './0001_create_bags.ts';

export const cartMigrations: ModuleMigrations = {
  schema: 'cart',
  migrations: {
    '0001_create_bags': createBags,
  },
};
