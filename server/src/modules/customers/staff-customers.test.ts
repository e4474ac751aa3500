import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { as, currentAgreement, newCustomer } from '../../../tests/support/accounts.ts';
import type { Actor } from '../../kernel/context.ts';

const app = await testApp();
const { runUseCase, modules } = app.platform;

// A real staff member of the demo shop, so the audit trail can point at them.
const { id: staffId } = await app.platform.database.db.selectFrom('access.staff_users').select('id').where('email', '=', 'service@vitrine.localhost').executeTakeFirstOrThrow();
const staff = (...permissions: string[]): Actor => ({ kind: 'staff', staffId: staffId as string, sessionId: 'ses_test', permissions: new Set(permissions) });
const auditedActions = async (customerId: string) =>
  (await app.platform.database.db.selectFrom('access.audit_events').select('action').where('subject_id', '=', customerId).execute()).map((r) => r.action as string);

describe('staff and customer accounts (ACC-3, ACC-8, PRV-8)', () => {
  it('refuses staff without customers.read, and customers themselves, the backstage list', async () => {
    await assert.rejects(runUseCase(staff('catalog.manage'), 't', (ctx) => modules.customers.listCustomers(ctx, { limit: 10 })), { code: 'request.forbidden' });
    const customer = await newCustomer(app);
    const response = await app.inject({ method: 'GET', url: '/api/admin/customers', headers: as(customer) });
    assert.equal(response.statusCode, 401);
  });

  it('records every look at a customer in the audit log', async () => {
    const customer = await newCustomer(app);
    const viewed = await runUseCase(staff('customers.read'), 't', (ctx) => modules.customers.viewCustomer(ctx, customer.customerId));
    assert.equal(viewed.email, customer.email);
    assert.deepEqual(await auditedActions(customer.customerId), ['customers.viewed']);
  });

  it('suspends with a reason: every session ends and sign-in is refused', async () => {
    const customer = await newCustomer(app);
    await runUseCase(staff('customers.manage'), 't', (ctx) => modules.customers.changeAccountState(ctx, customer.customerId, { state: 'suspended', reason: 'invalid_registration_data' }));
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: as(customer) })).statusCode, 401);
    const signIn = await app.inject({ method: 'POST', url: '/api/account/session', payload: { email: customer.email, password: customer.password } });
    assert.equal(signIn.json().code, 'customers.account_unavailable');
    assert.ok((await auditedActions(customer.customerId)).includes('customers.suspended'));
  });

  it('bars an account closed for cause from registering again with the same verified e-mail', async () => {
    const customer = await newCustomer(app);
    await runUseCase(staff('customers.manage'), 't', (ctx) => modules.customers.changeAccountState(ctx, customer.customerId, { state: 'closed', reason: 'repeated_unjustified_rejections', forCause: true }));
    const again = await app.inject({ method: 'POST', url: '/api/account/registrations', payload: { email: customer.email.toUpperCase(), password: 'velvet-orchid-lantern', name: 'Again', locale: 'en', acceptedAgreementVersion: await currentAgreement(app) } });
    assert.equal(again.statusCode, 403);
    assert.equal(again.json().code, 'customers.identity_blocked');
    await assert.rejects(
      runUseCase(staff('customers.manage'), 't', (ctx) => modules.customers.changeAccountState(ctx, customer.customerId, { state: 'active' })),
      { code: 'customers.state_change_not_allowed' },
    );
  });
});

describe('staff viewing an account as its customer (ACC-6)', () => {
  it('is read-only, time-boxed, audited and shown to the customer with its reason', async () => {
    const customer = await newCustomer(app);
    const view = await runUseCase(staff('customers.view_as'), 't', (ctx) => modules.customers.startStaffView(ctx, customer.customerId, 'order_support'));
    const viewCookie = `vitrine_session=${view.token}`;

    const profile = await app.inject({ method: 'GET', url: '/api/account/profile', headers: { cookie: viewCookie } });
    assert.equal(profile.statusCode, 200);
    assert.equal(profile.json().email, customer.email, 'staff see what the customer sees');
    const session = await app.inject({ method: 'GET', url: '/api/account/session', headers: { cookie: viewCookie } });
    assert.equal(session.json().staffView, true, 'the pages can say it is a staff view');
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/session', headers: as(customer) })).json().staffView, false);
    const change = await app.inject({ method: 'PATCH', url: '/api/account/profile', headers: { cookie: viewCookie, 'x-csrf-token': view.csrfToken }, payload: { name: 'Changed by staff' } });
    assert.equal(change.statusCode, 403);
    assert.equal(change.json().code, 'request.read_only_session');
    assert.equal(view.expiresAt.getTime() - Date.now() <= 30 * 60_000, true, 'ends within 30 minutes');

    const { views } = (await app.inject({ method: 'GET', url: '/api/account/staff-views', headers: as(customer) })).json();
    assert.deepEqual(views.map((v: { reason: string }) => v.reason), ['order_support']);
    const { sessions } = (await app.inject({ method: 'GET', url: '/api/account/sessions', headers: as(customer) })).json();
    assert.ok(sessions.every((s: { device: string }) => s.device !== 'Staff view'), 'a staff view is not one of the customer’s devices');
    assert.ok((await auditedActions(customer.customerId)).includes('customers.view_as_started'));

    // The one change a view may make is to end itself.
    const end = await app.inject({ method: 'DELETE', url: '/api/account/session', headers: { cookie: viewCookie, 'x-csrf-token': view.csrfToken } });
    assert.equal(end.statusCode, 204);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/profile', headers: { cookie: viewCookie } })).statusCode, 401);
  });

  it('needs its own permission', async () => {
    const customer = await newCustomer(app);
    await assert.rejects(runUseCase(staff('customers.read', 'customers.manage'), 't', (ctx) => modules.customers.startStaffView(ctx, customer.customerId, 'customer_request')), { code: 'request.forbidden' });
  });
});
