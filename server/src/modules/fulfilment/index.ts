/** The fulfilment module: shipments, delivery events, consignee changes, ID checks, refusals. */
export { createFulfilmentService, type FulfilmentService } from './fulfilment.service.ts';
export { carrierWebhookRoutes, fulfilmentAdminRoutes, fulfilmentRoutes, CARRIER_SIGNATURE_HEADER } from './fulfilment.routes.ts';
export { fulfilmentMigrations } from './migrations/index.ts';
export { fulfilmentPersonalData } from './fulfilment.privacy.ts';
export { FulfilmentErrors } from './fulfilment.errors.ts';
export type { FulfilmentDeps, OrderForShipping } from './fulfilment.ports.ts';
