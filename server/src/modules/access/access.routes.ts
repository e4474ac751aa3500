import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminRoutes } from './access.admin.routes.ts';
import type { AccessRouteDeps } from './access.http.ts';
import { sessionRoutes } from './access.session.routes.ts';
import { supplierRoutes } from './access.supplier.routes.ts';

export type { AccessRouteDeps } from './access.http.ts';

/** Staff sessions, staff and supplier administration, the audit log, supplier sessions. */
export function accessRoutes(deps: AccessRouteDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    sessionRoutes(app, deps);
    adminRoutes(app, deps);
    supplierRoutes(app, deps);
  };
}

