import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createAccounts from './0001_create_accounts.ts';
import * as createAddresses from './0002_create_addresses.ts';
import * as createStaffViews from './0003_create_staff_views.ts';

export const customersMigrations: ModuleMigrations = {
  schema: 'customers',
  migrations: {
    '0001_create_accounts': createAccounts,
    '0002_create_addresses': createAddresses,
    '0003_create_staff_views': createStaffViews,
  },
};
