import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

const delivery = {
  category: 'contact', purpose: 'Delivering the parcel and proving who received it', legalBasis: 'contract',
  retention: 'P7Y (with the order it belongs to)', processors: ['carriers'], exported: true, erasure: 'mask',
} as const;

export const fulfilmentPersonalData: ColumnDeclaration[] = [
  // Name, telephone and address for the carrier; a consignee other than the customer may add an e-mail for the parcel's news.
  { ...delivery, table: 'fulfilment.shipments', column: 'consignee', purpose: 'Delivering the parcel and telling a consignee other than the customer about it', processors: ['carriers', 'mail-delivery'] },
  { ...delivery, table: 'fulfilment.shipments', column: 'customer_id', category: 'transaction', erasure: 'pseudonymise' },
  { ...delivery, table: 'fulfilment.shipments', column: 'authorised_proxy' },
  { ...delivery, table: 'fulfilment.shipments', column: 'received_by' },
  // DEL-5: who checked which document type and its last four characters; never the number.
  { ...delivery, table: 'fulfilment.shipments', column: 'id_check', category: 'identity' },
  // Staff and carriers note who received the parcel or what went wrong.
  { ...delivery, table: 'fulfilment.delivery_events', column: 'note', category: 'transaction' },
  { ...delivery, table: 'fulfilment.address_changes', column: 'previous' },
  { ...delivery, table: 'fulfilment.address_changes', column: 'address' },
  { table: 'fulfilment.refusals', column: 'customer_id', category: 'transaction', purpose: 'Counting unjustified refusals (DEL-6)', legalBasis: 'legitimate-interest', retention: 'P2Y', processors: [], exported: true, erasure: 'pseudonymise' },
  { table: 'fulfilment.refusals', column: 'stated_reason', category: 'transaction', purpose: 'Judging whether a refusal was justified (DEL-6)', legalBasis: 'legitimate-interest', retention: 'P2Y', processors: [], exported: true, erasure: 'mask' },
];
