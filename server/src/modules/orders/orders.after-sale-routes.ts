import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { Ctx } from '../../kernel/context.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { presentReturn } from './orders.present.ts';
import { OrderParams, ReturnTrackingBody, ReturnView } from './orders.schemas.ts';
import type { OrdersService } from './orders.service.ts';
import type { ReturnRow } from './orders.tables.ts';

const ok = <T>(schema: T) => ({ 200: schema, ...ProblemResponses });
const ReturnIdParams = Type.Object({ returnId: Type.String({ pattern: '^ret_[0-9a-z]{26}$' }) });
const StaffReturnView = Type.Object({ ...ReturnView.properties, orderId: Type.String(), orderNumber: Type.String() });
const RefundHeaders = Type.Object({ 'idempotency-key': Type.String({ minLength: 8, maxLength: 100, description: 'The same key refunds once' }) });

/** The backstage's after-sale work (orders.manage): cancel what cannot be supplied, refunds, returns. */
export function ordersAfterSaleRoutes(orders: OrdersService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['backstage: after sale'];
    const config = { permission: 'orders.manage' };
    const staffReturn = async (ctx: Ctx, row: ReturnRow) => {
      const lines = await orders.returnsWithLines(ctx, [row.id]);
      const numbers = await orders.numbersOf(ctx, [row.order_id]);
      return { ...presentReturn({ ...row, lineIds: lines.map((l) => l.order_line_id) }), orderId: row.order_id, orderNumber: numbers.get(row.order_id) ?? '' };
    };

    app.post('/admin/orders/:id/cancel-lines', {
      config, schema: {
        tags, summary: 'Cancel lines the shop cannot supply (ORD-3); the customer is told',
        description: 'Only lines not yet shipped. Stock is released; money not owed any more is refunded by the original method or its authorisation released (PAY-2).',
        params: OrderParams, body: Type.Object({ lineIds: Type.Array(Type.String({ pattern: '^oli_[0-9a-z]{26}$' }), { minItems: 1, maxItems: 100, uniqueItems: true }), reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
        response: ok(Type.Object({ cancelled: Type.Array(Type.String()), refunded: Type.Integer() })),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => orders.cancelLinesByStaff(ctx, request.params.id, request.body.lineIds, request.body.reason)));

    const ServiceLines = Type.Array(Type.String({ pattern: '^oli_[0-9a-z]{26}$' }), { minItems: 1, maxItems: 100, uniqueItems: true });
    app.post('/admin/orders/:id/services/confirm', {
      config, schema: {
        tags, summary: 'Confirm services to the customer: their contract forms now (ORD-2)',
        description: 'Only service lines that are open offers, on an order whose payment is secured. A card is charged their amount; the customer gets the note by e-mail.',
        params: OrderParams, body: Type.Object({ lineIds: ServiceLines, note: Type.String({ maxLength: 500 }) }, { additionalProperties: false }),
        response: ok(Type.Object({ confirmed: Type.Array(Type.String()) })),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => orders.confirmServices(ctx, request.params.id, request.body)));

    app.post('/admin/orders/:id/services/given', {
      config, schema: {
        tags, summary: 'The confirmed services were given: they count as delivered',
        params: OrderParams, body: Type.Object({ lineIds: ServiceLines }, { additionalProperties: false }),
        response: ok(Type.Object({ given: Type.Array(Type.String()) })),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => orders.servicesGiven(ctx, request.params.id, request.body.lineIds)));

    app.post('/admin/orders/:id/refunds', {
      config, schema: {
        tags, summary: 'Refund part of what was captured, by the original method (PAY-2)',
        description: 'Never more than was captured and not yet refunded (`payments.amount_exceeds_captured`), checked under a lock so that two refunds at once cannot together exceed it. Send an `Idempotency-Key`: the same key refunds once.',
        params: OrderParams, headers: RefundHeaders,
        body: Type.Object({ amount: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
        response: ok(Type.Object({ refunded: Type.Integer() })),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => orders.refundByStaff(ctx, request.params.id, request.body.amount, request.body.reason, String(request.headers['idempotency-key']))));

    app.get('/admin/returns', {
      config, schema: { tags, summary: 'Returns waiting for staff, oldest first', response: ok(Type.Object({ returns: Type.Array(StaffReturnView) })) },
    }, async (request) => runUseCase(request.actor, request.id, async (ctx) => ({ returns: await Promise.all((await orders.openReturns(ctx)).map((r) => staffReturn(ctx, r))) })));

    app.post('/admin/returns/:returnId/decision', {
      config, schema: { tags, summary: 'Approve or refuse a return, with the reason; the customer is told', params: ReturnIdParams, body: Type.Object({ approve: Type.Boolean(), reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }), response: ok(StaffReturnView) },
    }, async (request) => runUseCase(request.actor, request.id, async (ctx) => staffReturn(ctx, await orders.decideReturn(ctx, request.params.returnId, request.body))));

    app.post('/admin/returns/:returnId/tracking', {
      config, schema: { tags, summary: 'Record how the returned items travel back', params: ReturnIdParams, body: ReturnTrackingBody, response: ok(StaffReturnView) },
    }, async (request) => runUseCase(request.actor, request.id, async (ctx) => staffReturn(ctx, await orders.returnShippedByStaff(ctx, request.params.returnId, request.body))));

    app.post('/admin/returns/:returnId/received', {
      config, schema: { tags, summary: 'The returned items arrived and are being inspected', params: ReturnIdParams, response: ok(StaffReturnView) },
    }, async (request) => runUseCase(request.actor, request.id, async (ctx) => staffReturn(ctx, await orders.returnReceived(ctx, request.params.returnId))));

    app.post('/admin/returns/:returnId/resolve', {
      config, schema: { tags, summary: 'After inspection: refund the items, or send the exchange (reserved now, shipped like any line)', params: ReturnIdParams, response: ok(StaffReturnView) },
    }, async (request) => runUseCase(request.actor, request.id, async (ctx) => staffReturn(ctx, await orders.resolveReturn(ctx, request.params.returnId))));
  };
}
