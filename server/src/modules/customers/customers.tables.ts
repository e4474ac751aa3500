import type { Selectable } from 'kysely';

export type AccountState = 'active' | 'restricted' | 'suspended' | 'frozen' | 'closed';
export type Restriction = 'guardian_pending';
export type TokenPurpose = 'verify_email' | 'reset_password' | 'guardian_consent';

export interface AccountsTable {
  id: string;
  email: string;
  email_verified_at: Date | null;
  password_hash: string;
  name: string;
  phone_e164: string | null;
  birth_date: string | null;
  locale: string;
  state: AccountState;
  restriction: Restriction | null;
  state_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface SessionsTable {
  id: string;
  customer_id: string;
  token_hash: string;
  csrf_token: string;
  device: string;
  user_agent: string | null;
  ip_network: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  end_reason: string | null;
  /** Set when the session is a staff member's read-only view of the account (ACC-6). */
  staff_view_id: string | null;
}

export type StaffViewReason = 'customer_request' | 'order_support' | 'fraud_investigation' | 'legal_request' | 'evidence_preservation';

export interface StaffViewsTable {
  id: string;
  customer_id: string;
  staff_id: string;
  reason_code: StaffViewReason;
  started_at: Date;
  expires_at: Date;
}

export interface TokensTable {
  token_hash: string;
  customer_id: string;
  purpose: TokenPurpose;
  email: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export interface GuardiansTable {
  customer_id: string;
  guardian_email: string;
  confirmed_at: Date | null;
  withdrawn_at: Date | null;
}

export interface BlockedIdentitiesTable {
  identity_hash: string;
  kind: 'email' | 'phone';
  blocked_at: Date;
}

export interface EntitlementsTable {
  id: string;
  customer_id: string;
  kind: string;
  percent_off: number;
  granted_at: Date;
  used_at: Date | null;
}

export interface SecurityCasesTable {
  id: string;
  customer_id: string;
  description: string;
  status: 'open' | 'closed';
  opened_at: Date;
}

export interface AddressesTable {
  id: string;
  customer_id: string;
  label: string | null;
  recipient_name: string;
  recipient_phone: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postal_code: string | null;
  country_code: string;
  is_default: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface CustomersTables {
  'customers.staff_views': StaffViewsTable;
  'customers.addresses': AddressesTable;
  'customers.accounts': AccountsTable;
  'customers.sessions': SessionsTable;
  'customers.tokens': TokensTable;
  'customers.guardians': GuardiansTable;
  'customers.blocked_identities': BlockedIdentitiesTable;
  'customers.entitlements': EntitlementsTable;
  'customers.security_cases': SecurityCasesTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type TokenRow = Selectable<TokensTable>;
export type GuardianRow = Selectable<GuardiansTable>;
export type AddressRow = Selectable<AddressesTable>;
export type StaffViewRow = Selectable<StaffViewsTable>;
