import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createPayments from './0001_create_payments.ts';

export const paymentsMigrations: ModuleMigrations = {
  schema: 'payments',
  migrations: {
    '0001_create_payments': createPayments,
  },
};
