import type { Selectable } from 'kysely';

export interface CookieConsentsTable {
  id: string;
  notice_version: string;
  preferences: boolean;
  analytics: boolean;
  marketing: boolean;
  gpc: boolean;
  supersedes: string | null;
  decided_at: Date;
}

export interface PrivacyTables {
  'privacy.cookie_consents': CookieConsentsTable;
}

export type CookieConsentRow = Selectable<CookieConsentsTable>;
