import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireStaff } from '../../kernel/auth/guards.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { InventoryService } from './inventory.service.ts';

const Location = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  origin: Type.String({ description: 'HK, CN, EU, US or JP: decides the transit time to each zone' }),
  supplierId: Type.Union([Type.String(), Type.Null()], { description: 'Set for a supplier’s own location' }),
  handlingDays: Type.Object({ min: Type.Integer(), max: Type.Integer() }),
  active: Type.Boolean(),
});

/** Stock locations, for the backstage's stock forms. */
export function inventoryAdminRoutes(inventory: InventoryService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/inventory/locations', {
      config: { permission: 'catalog.manage' },
      schema: { tags: ['backstage: catalogue'], summary: 'Stock locations with their handling times (`catalog.manage`)', response: { 200: Type.Array(Location), ...ProblemResponses } },
    }, async (request) => {
      const rows = await runUseCase(request.actor, request.id, async (ctx) => {
        requireStaff(ctx.actor, 'catalog.manage');
        return inventory.listLocations(ctx);
      });
      return rows.map((l) => ({
        id: l.id, code: l.code, name: l.name, origin: l.origin, supplierId: l.supplier_id,
        handlingDays: { min: l.handling_days_min, max: l.handling_days_max }, active: l.active,
      }));
    });

    // The pick list is for those who ship (orders.manage), who may not manage the catalogue.
    app.get('/admin/inventory/packing-locations', {
      config: { permission: 'orders.manage' },
      schema: { tags: ['backstage: deliveries'], summary: 'Stock locations to pack parcels at (`orders.manage`)', response: { 200: Type.Array(Type.Pick(Location, ['id', 'code', 'name', 'supplierId', 'active'])), ...ProblemResponses } },
    }, async (request) => {
      const rows = await runUseCase(request.actor, request.id, (ctx) => inventory.listLocations(ctx));
      return rows.map((l) => ({ id: l.id, code: l.code, name: l.name, supplierId: l.supplier_id, active: l.active }));
    });
  };
}
