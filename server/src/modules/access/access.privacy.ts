import type { ColumnDeclaration, PersonalColumn } from '../../kernel/personal-data.ts';

/** Staff and supplier users are data subjects too: their accounts exist for their work contract. */
const account = (table: string, who: string) =>
  ({ table, category: 'account', purpose: `Signing ${who} in to the backstage`, legalBasis: 'contract', retention: 'P1Y after the account is disabled', processors: [], exported: true, erasure: 'mask' }) as const;

/** Sessions are kept for security review: who signed in from where. */
const session = (table: string) =>
  ({ table, category: 'technical', purpose: 'Keeping backstage sessions apart and spotting misuse', legalBasis: 'legitimate-interest', retention: 'P90D after the session ends', processors: [], exported: true, erasure: 'delete-row' }) as const;

const audit = {
  table: 'access.audit_events',
  category: 'account',
  purpose: 'Accountability for staff actions and every staff access to personal data (PRV-8)',
  legalBasis: 'legal-obligation',
  retention: 'P3Y',
  processors: [],
  exported: true,
  erasure: 'retain-for-legal-obligation',
} as const satisfies Omit<PersonalColumn, 'column'>;

export const accessPersonalData: ColumnDeclaration[] = [
  { ...account('access.staff_users', 'staff'), column: 'email', category: 'contact' },
  { ...account('access.staff_users', 'staff'), column: 'name', category: 'identity' },
  { ...account('access.staff_users', 'staff'), column: 'password_hash', exported: false, erasure: 'delete-row' },
  { ...account('access.staff_users', 'staff'), column: 'totp_secret', exported: false, erasure: 'delete-row' },
  { ...account('access.staff_users', 'staff'), column: 'totp_pending_secret', exported: false, erasure: 'delete-row' },
  { ...session('access.staff_sessions'), column: 'ip_network' },
  { ...session('access.staff_sessions'), column: 'user_agent' },
  { ...audit, column: 'staff_id' },
  // Subjects are often customers: "customers.viewed cus_…" is their data as much as the staff member's.
  { ...audit, column: 'subject_id' },
  { ...audit, column: 'detail' },
  { table: 'access.supplier_organisations', column: 'name', notPersonal: "A supplier company's trading name" },
  { ...account('access.supplier_users', 'supplier users'), column: 'email', category: 'contact' },
  { ...account('access.supplier_users', 'supplier users'), column: 'name', category: 'identity' },
  { ...account('access.supplier_users', 'supplier users'), column: 'password_hash', exported: false, erasure: 'delete-row' },
  { ...session('access.supplier_sessions'), column: 'ip_network' },
  { ...session('access.supplier_sessions'), column: 'user_agent' },
];
