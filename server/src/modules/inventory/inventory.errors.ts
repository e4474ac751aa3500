import { defineErrors } from '../../kernel/errors.ts';

export const InventoryErrors = defineErrors('inventory', {
  location_not_found: { status: 404, title: 'No such stock location' },
  insufficient_stock: { status: 409, title: 'Not enough units are available at this location' },
  below_reserved: { status: 409, title: 'On-hand stock cannot go below the units reserved for orders' },
});
