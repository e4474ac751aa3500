import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createCookieConsents from './0001_create_cookie_consents.ts';

export const privacyMigrations: ModuleMigrations = {
  schema: 'privacy',
  migrations: {
    '0001_create_cookie_consents': createCookieConsents,
  },
};
