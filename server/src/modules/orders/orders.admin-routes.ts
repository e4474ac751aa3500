import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { presentStaffOrder, presentStaffOrderRow } from './orders.admin-present.ts';
import * as S from './orders.admin-schemas.ts';
import { OrderParams } from './orders.schemas.ts';
import type { OrdersService } from './orders.service.ts';

/** The backstage's orders: find them and open one with its lines, history and payments (audited). */
export function ordersAdminRoutes(orders: OrdersService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['backstage: orders'];
    const config = { permission: 'orders.manage' };

    app.get('/admin/orders', {
      config,
      schema: {
        tags, summary: 'Find orders, newest first (audited)',
        description: 'Filters combine; `query` matches part of an order number or e-mail address. Pages follow each other with `after` (the `next` of the page before). `from` not before `to` is refused with `orders.invalid_filter`, a cursor this list did not give with `orders.invalid_cursor`.',
        querystring: S.StaffOrderListQuery, response: { 200: S.StaffOrderList, ...ProblemResponses },
      },
    }, async (request) => {
      const page = await runUseCase(request.actor, request.id, (ctx) => orders.listOrdersForStaff(ctx, { ...request.query, limit: request.query.limit ?? 50 }));
      return { orders: page.orders.map(presentStaffOrderRow), next: page.next };
    });

    app.get('/admin/orders/:id', {
      config,
      schema: {
        tags, summary: 'One order: lines, consignee and contact, promotions, totals, history and payments (audited)',
        params: OrderParams, response: { 200: S.StaffOrderView, ...ProblemResponses },
      },
    }, async (request) => presentStaffOrder(await runUseCase(request.actor, request.id, (ctx) => orders.orderForStaff(ctx, request.params.id))));
  };
}
