import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireCustomer } from '../../kernel/auth/guards.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { OrderErrors } from './orders.errors.ts';
import type { BagOwner } from './orders.ports.ts';
import { presentOrder, presentReturn, presentSummary } from './orders.present.ts';
import * as S from './orders.schemas.ts';
import type { OrdersService } from './orders.service.ts';

const ok = <T>(schema: T) => ({ 200: schema, ...ProblemResponses });
const GUEST_BAG_COOKIES = ['__Host-vitrine_bag', 'vitrine_bag'];

/** The bag being checked out: the signed-in customer's, else the guest bag of this browser. */
function ownerOf(request: FastifyRequest): BagOwner {
  if (request.actor.kind === 'customer') return { customerId: request.actor.customerId };
  const token = GUEST_BAG_COOKIES.map((name) => request.cookies[name]).find(Boolean);
  if (!token) throw OrderErrors.bag_not_found();
  return { guestToken: token };
}

export function ordersRoutes(orders: OrdersService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['checkout and orders'];
    const view = (q: { currency?: string; locale?: 'en' | 'zh-Hant' | 'zh-Hans' }) => ({ currency: q.currency ?? 'HKD', locale: q.locale ?? 'en' });

    app.get('/checkout', {
      schema: { tags, summary: 'The checkout review as it stands (ORD-1): lines, contact, consignee, address, delivery, payment methods, totals, what is missing', querystring: S.ViewQuery, response: ok(Type.Any()) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => orders.checkoutReview(ctx, ownerOf(request), view(request.query))));

    app.patch('/checkout', {
      schema: { tags, summary: 'Save checkout steps: contact, consignee and address, delivery method, payment method', querystring: S.ViewQuery, body: S.CheckoutChanges, response: ok(Type.Any()) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => orders.saveCheckoutDetails(ctx, ownerOf(request), request.body, view(request.query))));

    app.post('/checkout/orders', {
      schema: {
        tags, summary: 'Place the order: an offer (ORD-2), stock reserved, payment started',
        description: 'Refused with `orders.price_changed` when the total is no longer the one reviewed. With the same `Idempotency-Key` (or for a bag already placed) the answer is the order placed the first time.',
        headers: S.IdempotencyHeaders, body: S.PlaceOrderBody, response: { 201: S.PlacedOrderView, 200: S.PlacedOrderView, ...ProblemResponses },
      },
    }, async (request, reply) => {
      const placed = await runUseCase(request.actor, request.id, (ctx) => orders.placeOrder(ctx, {
        owner: ownerOf(request), reviewedTotal: request.body.reviewedTotal, currency: request.body.currency, locale: request.body.locale ?? 'en',
        idempotencyKey: request.headers['idempotency-key'], acceptedAgreementVersion: request.body.acceptedAgreementVersion, network: request.ip,
      }));
      return reply.code(placed.replayed ? 200 : 201).send({ order: presentSummary(placed.order), payment: placed.payment, guestLink: placed.guestLink, replayed: placed.replayed });
    });

    app.get('/account/orders', {
      schema: { tags, summary: 'My orders, newest first (ORD-5)', response: ok(Type.Object({ orders: Type.Array(S.OrderSummary) })) },
    }, async (request) => {
      const { customerId } = requireCustomer(request.actor);
      return { orders: (await runUseCase(request.actor, request.id, (ctx) => orders.ordersOfCustomer(ctx, customerId))).map(presentSummary) };
    });

    app.get('/account/orders/:id', {
      schema: { tags, summary: 'One of my orders with its lines and status history', params: S.OrderParams, response: ok(S.OrderView) },
    }, async (request) => {
      const { customerId } = requireCustomer(request.actor);
      const found = await runUseCase(request.actor, request.id, (ctx) => orders.orderDetail(ctx, request.params.id, { customerId }));
      return presentOrder(found.order, found.lines, found.events, found.returns);
    });

    app.get('/orders/:id', {
      schema: { tags, summary: 'A guest’s order, through the signed link mailed to them', params: S.OrderParams, querystring: S.GuestQuery, response: ok(S.OrderView) },
    }, async (request) => {
      const found = await runUseCase(request.actor, request.id, (ctx) => orders.orderDetail(ctx, request.params.id, { guestToken: request.query.token }));
      return presentOrder(found.order, found.lines, found.events, found.returns);
    });

    // ORD-3 and returns, for the customer in the account and the guest through the link.
    const who = (request: FastifyRequest, token: string | undefined): { customerId: string } | { guestToken: string } => {
      if (token) return { guestToken: token };
      return { customerId: requireCustomer(request.actor).customerId };
    };
    const afterSale = (summary: string, description: string) => ({ tags, summary, description, params: S.OrderParams, querystring: S.OptionalGuestQuery });

    app.post('/orders/:id/cancel', {
      schema: { ...afterSale('Cancel what has not shipped yet (ORD-3)', 'Signed in, or with the guest link’s `token`. Shipped items have formed their contract and are returned instead. Stock is released; money not owed is refunded or released.'), body: S.CancelBody, response: ok(Type.Object({ cancelled: Type.Array(Type.String()), refunded: Type.Integer() })) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => orders.cancelByCustomer(ctx, request.params.id, who(request, request.query.token), request.body.lineIds)));

    app.post('/orders/:id/returns', {
      schema: { ...afterSale('Ask to return delivered items, for a refund or an exchange', 'Within the return window after delivery; staff approve or refuse with a reason.'), body: S.ReturnBody, response: { 201: S.ReturnView, ...ProblemResponses } },
    }, async (request, reply) => {
      const row = await runUseCase(request.actor, request.id, (ctx) => orders.requestReturn(ctx, request.params.id, who(request, request.query.token), request.body));
      return reply.code(201).send(presentReturn({ ...row, lineIds: request.body.lineIds }));
    });

    app.post('/orders/:id/returns/:returnId/tracking', {
      schema: { tags, summary: 'Tell the shop how the returned items travel back', params: S.ReturnParams, querystring: S.OptionalGuestQuery, body: S.ReturnTrackingBody, response: ok(Type.Object({ id: Type.String(), status: Type.String() })) },
    }, async (request) => {
      const row = await runUseCase(request.actor, request.id, (ctx) => orders.returnShippedByCustomer(ctx, request.params.id, request.params.returnId, who(request, request.query.token), request.body));
      return { id: row.id, status: row.status };
    });
  };
}
