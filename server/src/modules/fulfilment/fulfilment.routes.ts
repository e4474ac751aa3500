import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireCustomer } from '../../kernel/auth/guards.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { presentShipment } from './fulfilment.present.ts';
import * as S from './fulfilment.schemas.ts';
import type { CarrierEvent, FulfilmentService } from './fulfilment.service.ts';

const ok = <T>(schema: T) => ({ 200: schema, ...ProblemResponses });
const OrderIdParams = Type.Object({ id: Type.String({ pattern: '^ord_[0-9a-z]{26}$' }) });
export const CARRIER_SIGNATURE_HEADER = 'x-carrier-signature';

/** The customer's parcels in the account, and the consignee's through the link in the notice. */
export function fulfilmentRoutes(fulfilment: FulfilmentService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['deliveries'];

    app.get('/account/shipments/:id', {
      schema: { tags, summary: 'One of my parcels, with its history', params: S.ShipmentParams, response: ok(S.ShipmentView) },
    }, async (request) => {
      const { customerId } = requireCustomer(request.actor);
      return presentShipment(await runUseCase(request.actor, request.id, (ctx) => fulfilment.shipmentForCustomer(ctx, request.params.id, customerId)));
    });

    app.post('/account/shipments/:id/address', {
      schema: { tags, summary: 'Send my parcel elsewhere while it travels (DEL-3)', description: 'Recorded as the customer’s own decision.', params: S.ShipmentParams, body: S.AddressChangeBody, response: ok(S.ShipmentView) },
    }, async (request) => {
      const { customerId } = requireCustomer(request.actor);
      return presentShipment(await runUseCase(request.actor, request.id, (ctx) => fulfilment.changeAddress(ctx, request.params.id, { customerId }, request.body.address)));
    });

    app.get('/account/orders/:id/shipments', {
      schema: { tags, summary: 'The parcels of one of my orders, each with its history', params: OrderIdParams, response: ok(Type.Object({ shipments: Type.Array(S.ShipmentView) })) },
    }, async (request) => {
      const { customerId } = requireCustomer(request.actor);
      return { shipments: (await runUseCase(request.actor, request.id, (ctx) => fulfilment.shipmentsVisibleTo(ctx, request.params.id, { customerId }))).map(presentShipment) };
    });

    app.get('/orders/:id/shipments', {
      schema: { tags, summary: 'The parcels of a guest’s order, through the signed link', params: OrderIdParams, querystring: S.ConsigneeQuery, response: ok(Type.Object({ shipments: Type.Array(S.ShipmentView) })) },
    }, async (request) => ({ shipments: (await runUseCase(request.actor, request.id, (ctx) => fulfilment.shipmentsVisibleTo(ctx, request.params.id, { guestToken: request.query.token }))).map(presentShipment) }));

    app.get('/deliveries/:id', {
      schema: { tags, summary: 'A parcel, for its consignee, through the link in the delivery notice', params: S.ShipmentParams, querystring: S.ConsigneeQuery, response: ok(S.ShipmentView) },
    }, async (request) => presentShipment(await runUseCase(request.actor, request.id, (ctx) => fulfilment.shipmentForConsignee(ctx, request.params.id, request.query.token))));

    app.post('/deliveries/:id/address', {
      schema: { tags, summary: 'The consignee sends the parcel elsewhere while it travels (DEL-3)', description: 'Recorded as the customer’s own decision, and the customer is told.', params: S.ShipmentParams, querystring: S.ConsigneeQuery, body: S.AddressChangeBody, response: ok(S.ShipmentView) },
    }, async (request) => presentShipment(await runUseCase(request.actor, request.id, (ctx) => fulfilment.changeAddress(ctx, request.params.id, { consigneeToken: request.query.token }, request.body.address))));
  };
}

/** Carriers' webhooks: the raw body is kept, because the signature covers its exact bytes. */
export function carrierWebhookRoutes(fulfilment: FulfilmentService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 65_536 }, (_request, body, done) => done(null, body));

    app.post('/fulfilment/webhooks/carriers/:carrier', {
      schema: {
        tags: ['deliveries'], summary: 'A carrier tells where a parcel is',
        description: `Signed in \`${CARRIER_SIGNATURE_HEADER}\` (HMAC-SHA256 hex of the body, with the secret shown in the backstage settings). Body: \`{ id, trackingNumber, kind, occurredAt, reason?, receivedBy?, idCheck?, statedReason? }\`. The same event id twice is recorded once; an older event never moves a parcel backwards.`,
        params: Type.Object({ carrier: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }) }),
        response: ok(Type.Object({ outcome: Type.String(), status: Type.Optional(Type.String()) })),
      },
    }, async (request) => {
      const signature = request.headers[CARRIER_SIGNATURE_HEADER];
      return runUseCase({ kind: 'system', job: 'fulfilment.carrier_webhook' }, request.id, (ctx) =>
        fulfilment.receiveCarrierEvent(ctx, request.params.carrier, typeof request.body === 'string' ? request.body : '', typeof signature === 'string' ? signature : undefined, parseCarrierEvent));
    });
  };
}

function parseCarrierEvent(body: string): CarrierEvent | undefined {
  try {
    const event = JSON.parse(body) as Partial<CarrierEvent>;
    if (typeof event.id !== 'string' || typeof event.trackingNumber !== 'string' || typeof event.kind !== 'string' || typeof event.occurredAt !== 'string') return undefined;
    if (Number.isNaN(Date.parse(event.occurredAt))) return undefined;
    return event as CarrierEvent;
  } catch {
    return undefined;
  }
}

/** The backstage's deliveries (orders.manage): pack, dispatch, record each step, classify refusals. */
export function fulfilmentAdminRoutes(fulfilment: FulfilmentService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['backstage: deliveries'];
    const config = { permission: 'orders.manage' };
    const present = presentShipment;

    app.get('/admin/fulfilment/shipments', {
      config, schema: { tags, summary: 'Parcels being packed or on their way, oldest first', querystring: Type.Object({ location: Type.Optional(Type.String({ maxLength: 64 })) }), response: ok(Type.Object({ shipments: Type.Array(S.ShipmentView) })) },
    }, async (request) => runUseCase(request.actor, request.id, async (ctx) => {
      const open = await fulfilment.openShipments(ctx, request.query.location ?? null);
      return { shipments: (await Promise.all(open.map((s) => fulfilment.shipmentForStaff(ctx, s.id)))).map(present) };
    }));

    app.get('/admin/fulfilment/queue', {
      config, schema: {
        tags, summary: 'What to pick and pack at a location: open offers of paid orders, oldest first, grouped by order',
        querystring: Type.Object({ location: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: ok(Type.Object({ orders: Type.Array(Type.Object({
          orderId: Type.String(), number: Type.String(), placedAt: Type.String(), consignee: Type.String(), destination: Type.String(),
          lines: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), designer: Type.String(), sku: Type.String(), colour: Type.Union([Type.String(), Type.Null()]), size: Type.Union([Type.String(), Type.Null()]), image: Type.Union([Type.String(), Type.Null()]), quantity: Type.Integer() })),
        })) })),
      },
    }, async (request) => ({
      orders: (await runUseCase(request.actor, request.id, (ctx) => fulfilment.queue(ctx, request.query.location))).map((o) => ({ ...o, placedAt: o.placedAt.toISOString() })),
    }));

    app.get('/admin/orders/:id/shipments', {
      config, schema: { tags, summary: 'Every parcel of an order, each with its history', params: OrderIdParams, response: ok(Type.Object({ shipments: Type.Array(S.ShipmentView) })) },
    }, async (request) => ({ shipments: (await runUseCase(request.actor, request.id, (ctx) => fulfilment.shipmentsOfOrder(ctx, request.params.id))).map(present) }));

    app.post('/admin/fulfilment/shipments', {
      config, schema: { tags, summary: 'Pack lines of an order at one location', description: 'The lines must be open offers reserved at that location; the order’s payment must be secured. Nothing is captured until dispatch.', body: S.CreateShipmentBody, response: { 201: S.ShipmentView, ...ProblemResponses } },
    }, async (request, reply) => reply.code(201).send(present(await runUseCase(request.actor, request.id, async (ctx) => fulfilment.shipmentForStaff(ctx, (await fulfilment.createShipment(ctx, request.body)).id)))));

    app.get('/admin/fulfilment/shipments/:id', {
      config, schema: { tags, summary: 'One parcel with its history', params: S.ShipmentParams, response: ok(S.ShipmentView) },
    }, async (request) => present(await runUseCase(request.actor, request.id, (ctx) => fulfilment.shipmentForStaff(ctx, request.params.id))));

    app.post('/admin/fulfilment/shipments/:id/dispatch', {
      config, schema: { tags, summary: 'The parcel leaves: its lines’ contracts form and their amount is captured (ORD-2)', params: S.ShipmentParams, body: S.DispatchBody, response: ok(S.ShipmentView) },
    }, async (request) => present(await runUseCase(request.actor, request.id, async (ctx) => {
      await fulfilment.dispatchShipment(ctx, request.params.id, request.body);
      return fulfilment.shipmentForStaff(ctx, request.params.id);
    })));

    app.post('/admin/fulfilment/shipments/:id/cancel', {
      config, schema: { tags, summary: 'Unpack a parcel not yet dispatched', params: S.ShipmentParams, response: ok(S.ShipmentView) },
    }, async (request) => present(await runUseCase(request.actor, request.id, async (ctx) => {
      await fulfilment.cancelShipment(ctx, request.params.id);
      return fulfilment.shipmentForStaff(ctx, request.params.id);
    })));

    app.post('/admin/fulfilment/shipments/:id/events', {
      config, schema: {
        tags, summary: 'Record a step: in transit, out for delivery, attempted, exception, delivered, refused',
        description: 'Attempts and exceptions need a reason (DEL-2; some exempt the shop). Delivered says who received it (DEL-4) and, above the threshold, the ID check (DEL-5). Refused waits for classification (DEL-6).',
        params: S.ShipmentParams, body: S.StaffEventBody, response: ok(S.ShipmentView),
      },
    }, async (request) => present(await runUseCase(request.actor, request.id, async (ctx) => {
      const body = request.body;
      await fulfilment.recordStaffEvent(ctx, request.params.id, { ...body, occurredAt: body.occurredAt ? new Date(body.occurredAt) : undefined } as never);
      return fulfilment.shipmentForStaff(ctx, request.params.id);
    })));

    app.post('/admin/fulfilment/shipments/:id/proxy', {
      config, schema: { tags, summary: 'Record the receiver a consignee authorised (DEL-4)', params: S.ShipmentParams, body: S.ProxyBody, response: ok(S.ShipmentView) },
    }, async (request) => present(await runUseCase(request.actor, request.id, async (ctx) => {
      await fulfilment.authoriseProxy(ctx, request.params.id, request.body.name);
      return fulfilment.shipmentForStaff(ctx, request.params.id);
    })));

    app.get('/admin/fulfilment/refusals', {
      config, schema: { tags, summary: 'Refused deliveries waiting to be classified', response: ok(Type.Object({ refusals: Type.Array(Type.Object({ id: Type.String(), shipmentId: Type.String(), customerId: Type.Union([Type.String(), Type.Null()]), statedReason: Type.Union([Type.String(), Type.Null()]), refusedAt: Type.String() })) })) },
    }, async (request) => ({
      refusals: (await runUseCase(request.actor, request.id, (ctx) => fulfilment.pendingRefusals(ctx))).map((r) => ({ id: r.id, shipmentId: r.shipment_id, customerId: r.customer_id, statedReason: r.stated_reason, refusedAt: r.refused_at.toISOString() })),
    }));

    app.post('/admin/fulfilment/refusals/:id/classify', {
      config, schema: { tags, summary: 'Justified (damaged, wrong item, late) or not; only unjustified refusals count (DEL-6)', params: S.RefusalParams, body: S.ClassifyBody, response: ok(Type.Object({ id: Type.String(), classification: Type.String(), justification: Type.Union([Type.String(), Type.Null()]) })) },
    }, async (request) => {
      const refusal = await runUseCase(request.actor, request.id, (ctx) => fulfilment.classifyRefusal(ctx, request.params.id, request.body));
      return { id: refusal.id, classification: refusal.classification, justification: refusal.justification };
    });

    app.get('/admin/fulfilment/settings', {
      config, schema: { tags, summary: 'ID-check threshold, refusal limit and period, return window, carrier webhook secret', response: ok(S.SettingsView) },
    }, async (request) => presentSettings(await runUseCase(request.actor, request.id, async (ctx) => ({ settings: await fulfilment.settings(ctx), secret: await fulfilment.carrierSecret(ctx) }))));

    app.patch('/admin/fulfilment/settings', {
      config, schema: { tags, summary: 'Change the thresholds and windows', body: S.SettingsBody, response: ok(S.SettingsView) },
    }, async (request) => presentSettings(await runUseCase(request.actor, request.id, async (ctx) => ({ settings: await fulfilment.updateSettings(ctx, request.body), secret: await fulfilment.carrierSecret(ctx) }))));
  };
}

function presentSettings({ settings, secret }: { settings: { id_check_from_hkd: bigint; refusal_limit: number; refusal_period_months: number; return_window_days: number }; secret: string }) {
  return { idCheckFromHkd: Number(settings.id_check_from_hkd), refusalLimit: settings.refusal_limit, refusalPeriodMonths: settings.refusal_period_months, returnWindowDays: settings.return_window_days, carrierWebhookSecret: secret };
}
