import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createPayments from './0001_create_payments.ts';
import * as createMethodSettings from './0002_create_method_settings.ts';
import * as createRefundTasks from './0003_create_refund_tasks.ts';
import * as refundPayoutDetails from './0004_refund_payout_details.ts';

export const paymentsMigrations: ModuleMigrations = {
  schema: 'payments',
  migrations: {
    '0001_create_payments': createPayments,
    '0002_create_method_settings': createMethodSettings,
    '0003_create_refund_tasks': createRefundTasks,
    '0004_refund_payout_details': refundPayoutDetails,
  },
};
