import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createMailMessages from './0001_create_mail_messages.ts';

export const notificationsMigrations: ModuleMigrations = {
  schema: 'notifications',
  migrations: {
    '0001_create_mail_messages': createMailMessages,
  },
};
