import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireCustomer } from '../../kernel/auth/guards.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import * as S from './customers.schemas.ts';
import type { CustomersService } from './customers.service.ts';
import type { AddressRow } from './customers.tables.ts';

const tags = ['account'];

/** The signed-in customer's address book. Routes take only the customer's own session. */
export function addressRoutes({ customers, runUseCase }: { customers: CustomersService; runUseCase: RunUseCase }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/account/addresses', { schema: { tags, summary: 'Your addresses', response: { 200: Type.Object({ addresses: Type.Array(S.Address) }), ...ProblemResponses } } }, async (request) => {
      const actor = requireCustomer(request.actor);
      return { addresses: (await runUseCase(actor, request.id, (ctx) => customers.listAddresses(ctx, actor.customerId))).map(presentAddress) };
    });

    app.post('/account/addresses', { schema: { tags, summary: 'Add an address', body: S.AddressBody, response: { 201: S.Address, ...ProblemResponses } } }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      return reply.code(201).send(presentAddress(await runUseCase(actor, request.id, (ctx) => customers.addAddress(ctx, actor.customerId, request.body))));
    });

    app.patch('/account/addresses/:id', { schema: { tags, summary: 'Change an address', params: S.AddressParams, body: S.AddressPatch, response: { 200: S.Address, ...ProblemResponses } } }, async (request) => {
      const actor = requireCustomer(request.actor);
      return presentAddress(await runUseCase(actor, request.id, (ctx) => customers.updateAddress(ctx, actor.customerId, request.params.id, request.body)));
    });

    app.delete('/account/addresses/:id', { schema: { tags, summary: 'Remove an address', params: S.AddressParams, response: { 204: Type.Null(), ...ProblemResponses } } }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      await runUseCase(actor, request.id, (ctx) => customers.removeAddress(ctx, actor.customerId, request.params.id));
      return reply.code(204).send(null);
    });
  };
}

function presentAddress(row: AddressRow) {
  return {
    id: row.id, label: row.label, recipientName: row.recipient_name, recipientPhone: row.recipient_phone, line1: row.line1, line2: row.line2,
    city: row.city, region: row.region, postalCode: row.postal_code, countryCode: row.country_code, isDefault: row.is_default,
  };
}
