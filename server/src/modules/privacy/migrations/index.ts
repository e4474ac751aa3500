import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createCookieConsents from './0001_create_cookie_consents.ts';
import * as createConsentLedgers from './0002_create_consent_ledgers.ts';

export const privacyMigrations: ModuleMigrations = {
  schema: 'privacy',
  migrations: {
    '0001_create_cookie_consents': createCookieConsents,
    '0002_create_consent_ledgers': createConsentLedgers,
  },
};
