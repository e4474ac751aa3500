import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createAccounts from './0001_create_accounts.ts';
import * as createAddresses from './0002_create_addresses.ts';

export const customersMigrations: ModuleMigrations = {
  schema: 'customers',
  migrations: {
    '0001_create_accounts': createAccounts,
    '0002_create_addresses': createAddresses,
  },
};
