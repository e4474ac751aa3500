/** The catalog module: designers, categories, products, variants, media, and the storefront's search index. */
export { createCatalogService, type CatalogService } from './catalog.service.ts';
export { catalogRoutes } from './catalog.routes.ts';
export { createCatalogAdminService, type CatalogAdminService } from './catalog.admin.service.ts';
export { catalogAdminRoutes } from './catalog.admin-routes.ts';
export { catalogSiteRoutes } from './catalog.site-routes.ts';
export { catalogMigrations } from './migrations/index.ts';
export { catalogPersonalData } from './catalog.privacy.ts';
export { CatalogErrors } from './catalog.errors.ts';
export type { VariantForOrder } from './use-cases/variants-for-order.ts';
