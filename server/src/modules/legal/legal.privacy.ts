import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

/** The acceptance ledger is evidence of the contract (ACC-1): kept for the claims period after the account closes. */
const acceptance = {
  table: 'legal.acceptances',
  purpose: 'Proof of which version of the agreement and policies the customer accepted, when and from where',
  legalBasis: 'legal-obligation',
  retention: 'P6Y',
  processors: [],
  exported: true,
} as const;

/** Who wrote and published each legal text: accountability for the shop's own documents. */
const editor = {
  table: 'legal.document_versions',
  category: 'account',
  purpose: 'Accountability for who drafted and published each version of a legal document',
  legalBasis: 'legitimate-interest',
  retention: 'P6Y',
  processors: [],
  exported: true,
  erasure: 'pseudonymise',
} as const;

export const legalPersonalData: ColumnDeclaration[] = [
  { ...acceptance, column: 'customer_id', category: 'account', erasure: 'pseudonymise' },
  { ...acceptance, column: 'version', category: 'transaction', erasure: 'retain-for-legal-obligation' },
  { ...acceptance, column: 'accepted_at', category: 'transaction', erasure: 'retain-for-legal-obligation' },
  { ...acceptance, column: 'ip', category: 'technical', erasure: 'mask' },
  { ...acceptance, column: 'user_agent', category: 'technical', erasure: 'mask' },
  { ...editor, column: 'created_by' },
  { ...editor, column: 'published_by' },
];
