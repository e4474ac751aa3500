import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { setSessionCookie } from '../../kernel/http/sessions.ts';
import { CUSTOMER_COOKIE } from './customers.routes.ts';
import { present } from './customers.routes.ts';
import * as S from './customers.schemas.ts';
import type { CustomersService } from './customers.service.ts';
import type { AccountRow } from './customers.tables.ts';

const tags = ['backstage: customers'];

/** Backstage routes; permissions are checked in the use cases, which also write the audit log. */
export function customersAdminRoutes({ customers, runUseCase, secureCookies }: { customers: CustomersService; runUseCase: RunUseCase; secureCookies: boolean }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/customers', {
      config: { permission: 'customers.read' },
      schema: { tags, summary: 'Find customers (audited)', querystring: S.CustomerListQuery, response: { 200: Type.Object({ customers: Type.Array(S.StaffCustomerView), next: Type.Union([Type.String(), Type.Null()]) }), ...ProblemResponses } },
    }, async (request) => {
      const limit = request.query.limit ?? 50;
      const rows = await runUseCase(request.actor, request.id, (ctx) => customers.listCustomers(ctx, { ...request.query, limit }));
      return { customers: rows.map(staffView), next: rows.length === limit ? rows[rows.length - 1]!.id : null };
    });

    app.get('/admin/customers/:id', {
      config: { permission: 'customers.read' },
      schema: { tags, summary: 'One customer (audited)', params: S.CustomerParams, response: { 200: S.StaffCustomerView, ...ProblemResponses } },
    }, async (request) => staffView(await runUseCase(request.actor, request.id, (ctx) => customers.viewCustomer(ctx, request.params.id))));

    app.post('/admin/customers/:id/view-as', {
      config: { permission: 'customers.view_as' },
      schema: {
        tags, summary: 'View the account as the customer does (ACC-6)',
        description: 'Read-only, for 30 minutes, audited, and listed to the customer with its reason. Sets a customer session cookie in this browser that refuses every change.',
        params: S.CustomerParams, body: S.StaffViewBody, response: { 201: S.StaffViewStarted, ...ProblemResponses },
      },
    }, async (request, reply) => {
      const view = await runUseCase(request.actor, request.id, (ctx) => customers.startStaffView(ctx, request.params.id, request.body.reason));
      setSessionCookie(reply, CUSTOMER_COOKIE, view.token, secureCookies, view.maxAgeSeconds);
      return reply.code(201).send({ viewId: view.viewId, expiresAt: view.expiresAt.toISOString(), csrfToken: view.csrfToken });
    });

    app.post('/admin/customers/:id/state', {
      config: { permission: 'customers.manage' },
      schema: { tags, summary: 'Suspend, freeze, close or reactivate an account', description: 'Ends every session of the account. Closing for cause bars its e-mail and phone from registering again.', params: S.CustomerParams, body: S.StateChangeBody, response: { 200: S.StaffCustomerView, ...ProblemResponses } },
    }, async (request) => staffView(await runUseCase(request.actor, request.id, (ctx) => customers.changeAccountState(ctx, request.params.id, request.body))));
  };
}

function staffView(account: AccountRow) {
  return { ...present(account), stateReason: account.state_reason, createdAt: account.created_at.toISOString() };
}
