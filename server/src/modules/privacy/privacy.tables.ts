import type { Generated, Insertable, Selectable } from 'kysely';

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

export type MarketingChannel = 'email' | 'sms' | 'phone' | 'push';
export type MarketingSource = 'registration' | 'preferences' | 'unsubscribe_link' | 'guardian_withdrawal' | 'staff';

/** MKT-3: one row per change of a channel's opt-in; the latest row of a channel is in force. */
export interface MarketingConsentsTable {
  id: string;
  customer_id: string;
  channel: MarketingChannel;
  granted: boolean;
  notice_version: string | null;
  source: MarketingSource;
  decided_at: Date;
  /** Insertion order, which decides the latest row when two share a millisecond. */
  seq: Generated<bigint>;
}

/** ACC-2: one row per decision of a minor's guardian. */
export interface GuardianConsentsTable {
  id: string;
  customer_id: string;
  guardian_email: string;
  decision: 'confirmed' | 'withdrawn';
  decided_at: Date;
  seq: Generated<bigint>;
}

export interface SettingsTable {
  name: string;
  value: string;
  created_at: Date;
}

export interface PrivacyTables {
  'privacy.cookie_consents': CookieConsentsTable;
  'privacy.marketing_consents': MarketingConsentsTable;
  'privacy.guardian_consents': GuardianConsentsTable;
  'privacy.settings': SettingsTable;
}

export type CookieConsentRow = Selectable<CookieConsentsTable>;
export type MarketingConsentRow = Selectable<MarketingConsentsTable>;
export type NewMarketingConsent = Insertable<MarketingConsentsTable>;
export type GuardianConsentRow = Selectable<GuardianConsentsTable>;
export type NewGuardianConsent = Insertable<GuardianConsentsTable>;
