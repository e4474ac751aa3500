import type { ColumnDeclaration, PersonalColumn } from '../../kernel/personal-data.ts';

type Rule = Omit<PersonalColumn, 'table' | 'column'>;

const account: Rule = {
  category: 'identity',
  purpose: 'Keeping the customer account and serving its orders',
  legalBasis: 'contract',
  retention: 'Account life, then the claims period (P6Y)',
  processors: [],
  exported: true,
  erasure: 'mask',
};
const contact: Rule = { ...account, category: 'contact', processors: ['mail-delivery'] };
const technical: Rule = {
  category: 'technical',
  purpose: 'Showing the customer their sessions and devices; detecting misuse',
  legalBasis: 'legitimate-interest',
  retention: 'P90D after the session ends',
  processors: [],
  exported: true,
  erasure: 'delete-row',
};

export const customersPersonalData: ColumnDeclaration[] = [
  { table: 'customers.accounts', column: 'email', ...contact },
  { table: 'customers.accounts', column: 'email_verified_at', ...contact },
  { table: 'customers.accounts', column: 'name', ...account },
  { table: 'customers.accounts', column: 'phone_e164', ...contact },
  { table: 'customers.accounts', column: 'birth_date', ...account, purpose: 'Applying the rules for minors (guardian consent, no profiling)' },
  { table: 'customers.accounts', column: 'password_hash', ...account, category: 'account', exported: false },
  { table: 'customers.sessions', column: 'device', ...technical },
  { table: 'customers.sessions', column: 'user_agent', ...technical },
  { table: 'customers.sessions', column: 'ip_network', ...technical },
  { table: 'customers.tokens', column: 'email', ...contact, purpose: 'Where a confirmation or reset link was sent', retention: 'Until used or expired, then P30D', exported: false, erasure: 'delete-row' },
  {
    table: 'customers.guardians',
    column: 'guardian_email',
    ...contact,
    purpose: 'Asking a minor’s guardian for consent and recording it (ACC-2)',
    legalBasis: 'legal-obligation',
    retention: 'Until the customer turns 18, then P3Y as proof',
  },
  { table: 'customers.security_cases', column: 'description', ...account, category: 'content', purpose: 'Following up a reported misuse or security flaw', legalBasis: 'legitimate-interest', retention: 'P2Y after closing' },
  ...['label', 'recipient_name', 'recipient_phone', 'line1', 'line2', 'city', 'region', 'postal_code', 'country_code'].map((column) => ({
    table: 'customers.addresses', column, ...contact, purpose: 'Delivering orders to the customer or the consignee they name (ORD-4)',
  })),
  { table: 'customers.staff_views', column: 'customer_id', ...account, category: 'account', purpose: 'Showing the customer when staff viewed the account and why (ACC-6)', legalBasis: 'legitimate-interest', retention: 'P2Y', erasure: 'pseudonymise' },
  { table: 'customers.blocked_identities', column: 'identity_hash', notPersonal: 'A one-way hash kept only to refuse an identity closed for cause; it cannot be read back' },
];
