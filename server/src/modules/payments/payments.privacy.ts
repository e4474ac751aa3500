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
  // PAY-2: the account the customer asks a refund of a transfer or of cash to be paid into.
  ...payoutDetails(),
  // Used for the velocity rule of the last hour only; kept as long as a dispute may need it.
  { ...common, column: 'ip', category: 'technical', purpose: 'Fraud screening: attempts per network (PAY-3)', legalBasis: 'legitimate-interest', retention: 'P180D', exported: false, erasure: 'delete-row' },
  { ...common, column: 'customer_id', category: 'identity' },
  { ...common, column: 'card_last4' },
  { ...common, column: 'card_brand' },
  { ...common, column: 'decision_reason', category: 'content', exported: false },
];

/**
 * The payout details a customer gives on the order page. The account number is the sensitive
 * one: kept in full only until staff pay the refund out (then its last four characters remain as
 * proof of where the money went), and blanked on erasure. The rest is the record of whom a refund
 * was paid to, an accounting record like the payment itself.
 */
function payoutDetails(): ColumnDeclaration[] {
  const payout = {
    ...common, table: 'payments.refund_tasks', category: 'financial', purpose: 'Paying out a refund of a bank transfer or of cash (PAY-2)', processors: [],
  } as const;
  return [
    { ...payout, column: 'account_holder', erasure: 'pseudonymise' },
    { ...payout, column: 'bank_name' },
    { ...payout, column: 'account_number', retention: 'In full until the refund is paid out, then its last 4 characters for P7Y', erasure: 'mask' },
    { ...payout, column: 'bank_code' },
    { ...payout, column: 'details_given_at' },
  ];
}

/** The sandbox processor's books: no number, expiry or code is ever kept (PAY-4). */
export const sandboxPersonalData: ColumnDeclaration[] = [
  { table: 'sandbox.sessions', column: 'card_last4', category: 'transaction', purpose: 'The test processor shows which card paid', legalBasis: 'contract', retention: 'P7Y', processors: [], exported: false, erasure: 'retain-for-legal-obligation' },
  { table: 'sandbox.sessions', column: 'return_url', notPersonal: "The shop's own page a customer comes back to" },
];
