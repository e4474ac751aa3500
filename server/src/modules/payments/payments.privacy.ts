import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

const common = {
  table: 'payments.intents',
  category: 'transaction',
  purpose: 'Taking payment for orders, refunds, and fraud screening (PAY-3)',
  legalBasis: 'contract',
  // Payment records are accounting records.
  retention: 'P7Y',
  processors: ['card-processor'],
  exported: true,
  erasure: 'retain-for-legal-obligation',
} as const;

export const paymentsPersonalData: ColumnDeclaration[] = [
  { ...common, column: 'email', category: 'contact', erasure: 'pseudonymise' },
  { ...common, table: 'payments.refund_tasks', column: 'email', category: 'contact', purpose: 'Paying out a refund by hand and telling the customer (PAY-2)', processors: ['mail-delivery'], erasure: 'pseudonymise' },
  // How staff paid it back: may name the customer's bank account.
  { ...common, table: 'payments.refund_tasks', column: 'note', purpose: 'Proof of a refund paid out by hand (PAY-2)', processors: [] },
  // Used for the velocity rule of the last hour only; kept as long as a dispute may need it.
  { ...common, column: 'ip', category: 'technical', purpose: 'Fraud screening: attempts per network (PAY-3)', legalBasis: 'legitimate-interest', retention: 'P180D', exported: false, erasure: 'delete-row' },
  { ...common, column: 'customer_id', category: 'identity' },
  { ...common, column: 'card_last4' },
  { ...common, column: 'card_brand' },
  { ...common, column: 'decision_reason', category: 'content', exported: false },
];

/** The sandbox processor's books: no number, expiry or code is ever kept (PAY-4). */
export const sandboxPersonalData: ColumnDeclaration[] = [
  { table: 'sandbox.sessions', column: 'card_last4', category: 'transaction', purpose: 'The test processor shows which card paid', legalBasis: 'contract', retention: 'P7Y', processors: [], exported: false, erasure: 'retain-for-legal-obligation' },
  { table: 'sandbox.sessions', column: 'return_url', notPersonal: "The shop's own page a customer comes back to" },
];
