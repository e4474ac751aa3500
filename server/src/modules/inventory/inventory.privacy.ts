import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

/** Stock holds no personal data; a location's name only looks as if it might. */
export const inventoryPersonalData: ColumnDeclaration[] = [
  { table: 'inventory.locations', column: 'name', notPersonal: 'The name of a warehouse or a supplier’s stock location' },
];
