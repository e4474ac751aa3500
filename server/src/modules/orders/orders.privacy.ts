import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

const orders = {
  table: 'orders.orders', category: 'contact', purpose: 'Performing the order: contact, delivery, payment, follow-up',
  legalBasis: 'legal-obligation', retention: 'P7Y (accounting records)', processors: ['mail-delivery'], exported: true, erasure: 'mask',
} as const;

export const ordersPersonalData: ColumnDeclaration[] = [
  { ...orders, column: 'email' },
  { ...orders, column: 'phone' },
  { ...orders, column: 'consignee', category: 'contact' },
  { ...orders, column: 'customer_id', category: 'transaction', erasure: 'pseudonymise' },
  { table: 'orders.checkout_drafts', column: 'details', category: 'contact', purpose: 'Checkout steps until the order is placed', legalBasis: 'contract', retention: 'P30D', processors: [], exported: true, erasure: 'delete-row' },
];
