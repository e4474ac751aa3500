import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

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
];
