/** The inventory module: stock per location, reservations, delivery windows from stock (CAT-4). */
export { createInventoryService, type InventoryService, type VariantStock } from './inventory.service.ts';
export { inventoryMigrations } from './migrations/index.ts';
export { InventoryErrors } from './inventory.errors.ts';
export { bestDelivery, ZONES, type DeliveryEstimate, type StockAtLocation } from './inventory.rules.ts';
export type { LocationRow, Origin, TransitTimeRow, Zone } from './inventory.tables.ts';
export { inventoryPersonalData } from './inventory.privacy.ts';
export { inventoryAdminRoutes } from './inventory.routes.ts';
