import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

const orders = {
  table: 'orders.orders', category: 'contact', purpose: 'Performing the order: contact, delivery, payment, follow-up',
  legalBasis: 'legal-obligation', retention: 'P7Y (accounting records)', processors: ['mail-delivery'], exported: true, erasure: 'mask',
} as const;

export const ordersPersonalData: ColumnDeclaration[] = [
  { ...orders, column: 'email' },
  { ...orders, column: 'phone' },
  // ORD-4: who receives the goods (name, telephone, address) and, when someone else, the e-mail they asked delivery news at.
  { ...orders, column: 'consignee', category: 'contact', purpose: 'Delivering the order to its consignee and telling a consignee other than the customer about the parcel' },
  { ...orders, column: 'customer_id', category: 'transaction', erasure: 'pseudonymise' },
  { table: 'orders.checkout_drafts', column: 'details', category: 'contact', purpose: 'Checkout steps until the order is placed', legalBasis: 'contract', retention: 'P30D', processors: [], exported: true, erasure: 'delete-row' },
];
