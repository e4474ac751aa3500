import type { ColumnDeclaration, PersonalColumn } from '../../kernel/personal-data.ts';

type Rule = Omit<PersonalColumn, 'table' | 'column'>;

/** Proof of consent (GDPR Art. 7(1)) outlives a withdrawal for the limitation period only. */
const marketingProof: Rule = {
  category: 'preferences',
  purpose: 'Proof of each marketing opt-in and withdrawal per channel, and honouring the choice in force (MKT-3)',
  legalBasis: 'legal-obligation',
  retention: 'P3Y after the decision is superseded or the account is closed',
  processors: [],
  exported: true,
  // Erasure keeps the proof, pseudonymised: the customer id no longer leads to a person.
  erasure: 'pseudonymise',
};

export const privacyPersonalData: ColumnDeclaration[] = [
  {
    table: 'privacy.cookie_consents',
    column: 'id',
    category: 'preferences',
    purpose: 'Proof of each cookie decision (who chose what, under which notice)',
    legalBasis: 'legal-obligation',
    retention: 'P3Y',
    processors: [],
    exported: true,
    erasure: 'retain-for-legal-obligation',
  },
  ...['customer_id', 'channel', 'granted', 'notice_version', 'source', 'decided_at'].map((column) => ({ table: 'privacy.marketing_consents', column, ...marketingProof })),
  {
    table: 'privacy.guardian_consents',
    column: 'guardian_email',
    category: 'contact',
    purpose: 'Proof of who consented, or withdrew consent, for a minor’s account (ACC-2)',
    legalBasis: 'legal-obligation',
    retention: 'Until the customer turns 18, then P3Y as proof',
    processors: [],
    exported: true,
    erasure: 'retain-for-legal-obligation',
  },
  ...['customer_id', 'decision', 'decided_at'].map((column) => ({
    table: 'privacy.guardian_consents',
    column,
    category: 'preferences' as const,
    purpose: 'Proof of a guardian’s decision for a minor’s account (ACC-2)',
    legalBasis: 'legal-obligation' as const,
    retention: 'Until the customer turns 18, then P3Y as proof',
    processors: [],
    exported: true,
    erasure: 'pseudonymise' as const,
  })),
  { table: 'privacy.settings', column: 'name', notPersonal: 'The name of a shop-wide setting (such as the secret that signs unsubscribe links), not of a person' },
];
