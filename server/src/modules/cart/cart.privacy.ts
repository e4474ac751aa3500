import type { ColumnDeclaration, PersonalColumn } from '../../kernel/personal-data.ts';

type Rule = Omit<PersonalColumn, 'table' | 'column'>;

/** What a customer keeps to buy: linked to them by id only; no names, addresses or contacts live here. */
const keeping: Rule = {
  category: 'transaction',
  purpose: 'Keeping the customer’s bag and wish list between visits and devices',
  legalBasis: 'contract',
  retention: 'While the account is open; an ordered or merged bag for P1Y',
  processors: [],
  exported: true,
  erasure: 'delete-row',
};

export const cartPersonalData: ColumnDeclaration[] = [
  { table: 'cart.bags', column: 'customer_id', ...keeping },
  { table: 'cart.wishlist_items', column: 'customer_id', ...keeping, category: 'preferences' },
];
