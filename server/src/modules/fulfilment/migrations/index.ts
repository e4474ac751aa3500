import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createFulfilment from './0001_create_fulfilment.ts';

export const fulfilmentMigrations: ModuleMigrations = {
  schema: 'fulfilment',
  migrations: { '0001_create_fulfilment': createFulfilment },
};
