/** The orders module: checkout, orders as offers with lines and history, payment deadlines. */
export { createOrdersService, type OrdersService } from './orders.service.ts';
export { ordersRoutes } from './orders.routes.ts';
export { ordersAdminRoutes } from './orders.admin-routes.ts';
export { ordersAfterSaleRoutes } from './orders.after-sale-routes.ts';
export { ordersJobs } from './orders.jobs.ts';
export { ordersMigrations } from './migrations/index.ts';
export { ordersPersonalData } from './orders.privacy.ts';
export { OrderErrors } from './orders.errors.ts';
export { zoneOfCountry } from './orders.rules.ts';
export type { OrdersDeps } from './orders.ports.ts';
