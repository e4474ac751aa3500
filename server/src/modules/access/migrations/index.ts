import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createStaff from './0001_create_staff.ts';
import * as createSuppliers from './0002_create_suppliers.ts';

export const accessMigrations: ModuleMigrations = {
  schema: 'access',
  migrations: {
    '0001_create_staff': createStaff,
    '0002_create_suppliers': createSuppliers,
  },
};
