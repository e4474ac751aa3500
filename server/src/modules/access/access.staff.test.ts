import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { testApp } from '../../../tests/support/app.ts';
import { ManualClock } from '../../kernel/clock.ts';
import { totpCodeAt } from './access.totp.ts';
import { browser, enrolledOwner, seedAccounts, signedIn, signIn, type Browser } from './access.test-helpers.ts';

const clock = new ManualClock('2026-04-10T03:00:00Z');
const app = await testApp({ clock, config: { seedDemo: false } });
await seedAccounts(app);

const SOME_STAFF = 'stf_01jd8x2k3m9qv4w7c5n6t8r0ya';
const SOME_SUPPLIER = 'sup_01jd8x2k3m9qv4w7c5n6t8r0ya';

/** Every backstage route of the module, with a valid request, so only the permission can refuse it. */
const ROUTES: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object; permission: string }[] = [
  { method: 'GET', url: '/api/admin/roles', permission: 'staff.manage' },
  { method: 'GET', url: '/api/admin/staff', permission: 'staff.manage' },
  { method: 'POST', url: '/api/admin/staff', payload: { email: 'new@vitrine.localhost', name: 'New Person', role: 'moderator' }, permission: 'staff.manage' },
  { method: 'PUT', url: `/api/admin/staff/${SOME_STAFF}/role`, payload: { role: 'moderator' }, permission: 'staff.manage' },
  { method: 'POST', url: `/api/admin/staff/${SOME_STAFF}/disable`, permission: 'staff.manage' },
  { method: 'POST', url: `/api/admin/staff/${SOME_STAFF}/enable`, permission: 'staff.manage' },
  { method: 'POST', url: `/api/admin/staff/${SOME_STAFF}/totp-reset`, permission: 'staff.manage' },
  { method: 'GET', url: '/api/admin/audit-events?limit=5', permission: 'audit.read' },
  { method: 'GET', url: '/api/admin/supplier-organisations', permission: 'suppliers.manage' },
  { method: 'POST', url: '/api/admin/supplier-organisations', payload: { name: 'Maison Test' }, permission: 'suppliers.manage' },
  { method: 'GET', url: `/api/admin/supplier-organisations/${SOME_SUPPLIER}`, permission: 'suppliers.manage' },
  { method: 'POST', url: `/api/admin/supplier-organisations/${SOME_SUPPLIER}/users`, payload: { email: 'x@maison.example', name: 'X' }, permission: 'suppliers.manage' },
];

describe('backstage permissions', () => {
  it('refuses every route to a role without its permission', async () => {
    const moderator = await signedIn(app, 'moderation@vitrine.localhost');
    for (const route of ROUTES) {
      const response = await moderator.call(route.method, route.url, route.payload);
      assert.equal(response.statusCode, 403, `${route.method} ${route.url}`);
      assert.equal(response.json().code, 'request.forbidden');
    }
  });

  it('lets a role through exactly where it holds the permission', async () => {
    const privacyOfficer = await signedIn(app, 'privacy@vitrine.localhost');
    for (const route of ROUTES.filter((r) => r.method === 'GET' && !r.url.includes(SOME_SUPPLIER))) {
      const expected = route.permission === 'audit.read' ? 200 : 403;
      assert.equal((await privacyOfficer.call(route.method, route.url)).statusCode, expected, route.url);
    }
  });

  it('refuses every route to a supplier session as not signed in to the backstage', async () => {
    const supplier = browser(app, await app.inject({ method: 'POST', url: '/api/supplier/session', payload: { email: 'atelier@vitrine.localhost', password: 'vitrine-demo-2026' } }), 'vitrine_supplier');
    assert.equal((await supplier.call('GET', '/api/supplier/session')).statusCode, 200);
    for (const route of [...ROUTES, { method: 'GET' as const, url: '/api/admin/session' }]) {
      const response = await supplier.call(route.method, route.url, 'payload' in route ? route.payload : undefined);
      assert.equal(response.statusCode, 401, `${route.method} ${route.url}`);
      assert.equal(response.json().code, 'request.unauthenticated');
    }
  });

  it('refuses every route without any session', async () => {
    for (const route of ROUTES) assert.equal((await app.inject({ method: route.method, url: route.url, payload: route.payload })).statusCode, 401, route.url);
  });
});

describe('staff management', () => {
  let owner: Browser;
  before(async () => {
    owner = await enrolledOwner(app, clock);
  });

  it('creates a member with a temporary password that signs them in', async () => {
    const created = await owner.call('POST', '/api/admin/staff', { email: 'Ines@Vitrine.localhost', name: 'Inès Martin', role: 'order_manager' });
    assert.equal(created.statusCode, 201);
    const { staff, temporaryPassword } = created.json();
    assert.equal(staff.email, 'ines@vitrine.localhost');
    assert.equal((await signIn(app, 'ines@vitrine.localhost', temporaryPassword)).statusCode, 200);
    const listed = (await owner.call('GET', '/api/admin/staff')).json().staff;
    assert.ok(listed.some((s: { id: string }) => s.id === staff.id));
    assert.equal(JSON.stringify(listed).includes('argon2'), false, 'no password hash leaves the server');

    const again = await owner.call('POST', '/api/admin/staff', { email: 'ines@vitrine.localhost', name: 'Someone Else', role: 'moderator' });
    assert.equal(again.json().code, 'access.email_taken');
  });

  it('ends the sessions of a member whose role changes, and the next sign-in carries the new role', async () => {
    const { staff, temporaryPassword } = (await owner.call('POST', '/api/admin/staff', { email: 'leo@vitrine.localhost', name: 'Léo Chan', role: 'moderator' })).json();
    const leo = browser(app, await signIn(app, 'leo@vitrine.localhost', temporaryPassword));
    const changed = await owner.call('PUT', `/api/admin/staff/${staff.id}/role`, { role: 'catalogue_manager' });
    assert.equal(changed.json().role, 'catalogue_manager');
    assert.equal((await leo.call('GET', '/api/admin/session')).statusCode, 401);
    const again = browser(app, await signIn(app, 'leo@vitrine.localhost', temporaryPassword));
    assert.ok(again.body.permissions.includes('catalog.manage'));
    assert.ok(!again.body.permissions.includes('content.moderate'));
  });

  it('disables a member: their session ends and they cannot sign in', async () => {
    const { staff, temporaryPassword } = (await owner.call('POST', '/api/admin/staff', { email: 'mei@vitrine.localhost', name: 'Mei Wong', role: 'moderator' })).json();
    const mei = browser(app, await signIn(app, 'mei@vitrine.localhost', temporaryPassword));
    assert.equal((await owner.call('POST', `/api/admin/staff/${staff.id}/disable`)).json().status, 'disabled');
    assert.equal((await mei.call('GET', '/api/admin/session')).statusCode, 401);
    assert.equal((await signIn(app, 'mei@vitrine.localhost', temporaryPassword)).json().code, 'access.invalid_credentials');
  });

  it('keeps the last active owner', async () => {
    const me = owner.body.staff.id;
    assert.equal((await owner.call('PUT', `/api/admin/staff/${me}/role`, { role: 'moderator' })).json().code, 'access.last_owner');
    assert.equal((await owner.call('POST', `/api/admin/staff/${me}/disable`)).json().code, 'access.cannot_disable_self');
  });

  it('writes who did what to the audit log, newest first, a page at a time', async () => {
    const { staff } = (await owner.call('POST', '/api/admin/staff', { email: 'noor@vitrine.localhost', name: 'Noor Ali', role: 'moderator' })).json();
    await owner.call('PUT', `/api/admin/staff/${staff.id}/role`, { role: 'customer_service' });
    await owner.call('POST', `/api/admin/staff/${staff.id}/disable`);

    const page = (await owner.call('GET', `/api/admin/audit-events?subjectType=staff&subjectId=${staff.id}`)).json();
    assert.deepEqual(page.events.map((e: { action: string }) => e.action), ['staff.disabled', 'staff.role_changed', 'staff.created']);
    assert.ok(page.events.every((e: { staffId: string }) => e.staffId === owner.body.staff.id));
    assert.deepEqual(page.events[1].detail, { from: 'moderator', to: 'customer_service', sessionsEnded: 0 });
    assert.equal(page.nextCursor, null);

    const first = (await owner.call('GET', `/api/admin/audit-events?subjectId=${staff.id}&limit=2`)).json();
    assert.equal(first.events.length, 2);
    const second = (await owner.call('GET', `/api/admin/audit-events?subjectId=${staff.id}&limit=2&cursor=${first.nextCursor}`)).json();
    assert.deepEqual(second.events.map((e: { action: string }) => e.action), ['staff.created']);

    const signIns = (await owner.call('GET', `/api/admin/audit-events?action=staff.signed_in&staffId=${owner.body.staff.id}`)).json();
    assert.ok(signIns.events.length >= 1);
    const future = (await owner.call('GET', `/api/admin/audit-events?from=2030-01-01T00:00:00Z`)).json();
    assert.deepEqual(future.events, []);
    assert.equal((await owner.call('GET', '/api/admin/audit-events?cursor=bogus')).json().code, 'access.invalid_cursor');
  });

  it('lets other modules record an audited action inside their own use case', async () => {
    const actor = { kind: 'staff', staffId: owner.body.staff.id, sessionId: 'stfses_test', permissions: new Set(['customers.read']) } as const;
    await app.platform.runUseCase(actor, 'req-audit-1', (ctx) =>
      app.platform.modules.access.recordAudit(ctx, { action: 'customers.viewed', subjectType: 'customer', subjectId: 'cus_01jd8x2k3m9qv4w7c5n6t8r0ya', detail: { reason: 'support_ticket' } }),
    );
    await assert.rejects(
      app.platform.runUseCase(actor, 'req-audit-2', async (ctx) => {
        await app.platform.modules.access.recordAudit(ctx, { action: 'customers.suspended', subjectType: 'customer', subjectId: 'cus_01jd8x2k3m9qv4w7c5n6t8r0ya' });
        throw new Error('the use case failed after auditing');
      }),
    );
    const events = (await owner.call('GET', '/api/admin/audit-events?subjectType=customer')).json().events;
    assert.deepEqual(events.map((e: { action: string; requestId: string }) => [e.action, e.requestId]), [['customers.viewed', 'req-audit-1']], 'the rolled-back action left no entry');
  });
});

describe('own password and lost authenticators', () => {
  it('changes a password only with the current one, refuses a weak one, and rotates the session', async () => {
    const staff = await signedIn(app, 'orders@vitrine.localhost');
    const wrong = await staff.call('PUT', '/api/admin/session/password', { currentPassword: 'not-it-at-all', newPassword: 'a-much-longer-secret-77' });
    assert.equal(wrong.json().code, 'access.current_password_wrong');
    const weak = await staff.call('PUT', '/api/admin/session/password', { currentPassword: 'vitrine-demo-2026', newPassword: 'password123' });
    assert.equal(weak.json().code, 'access.weak_password');
    const changed = await staff.call('PUT', '/api/admin/session/password', { currentPassword: 'vitrine-demo-2026', newPassword: 'a-much-longer-secret-77' });
    assert.equal(changed.statusCode, 200);
    assert.equal((await staff.call('GET', '/api/admin/session')).statusCode, 401, 'the old session ended');
    assert.equal((await browser(app, changed).call('GET', '/api/admin/session')).statusCode, 200);
    assert.equal((await signIn(app, 'orders@vitrine.localhost')).json().code, 'access.invalid_credentials');
    assert.equal((await signIn(app, 'orders@vitrine.localhost', 'a-much-longer-secret-77')).statusCode, 200);
  });

  it('lets an owner remove a lost authenticator, which signs its holder out', async () => {
    const owner = browser(app, await signIn(app, 'owner@vitrine.localhost', undefined, { totp: totpCodeAt((await ownerSecret()), clock.now()) }));
    const service = await signedIn(app, 'service@vitrine.localhost');
    const { secret } = (await service.call('POST', '/api/admin/session/totp')).json();
    const enrolled = browser(app, await service.call('POST', '/api/admin/session/totp/confirm', { code: totpCodeAt(secret, clock.now()) }));
    const reset = await owner.call('POST', `/api/admin/staff/${enrolled.body.staff.id}/totp-reset`);
    assert.equal(reset.json().totpEnrolled, false);
    assert.equal((await enrolled.call('GET', '/api/admin/session')).statusCode, 401);
    assert.equal((await signIn(app, 'service@vitrine.localhost')).statusCode, 200, 'no code asked any more');
  });
});

/** The secret the owner enrolled in the staff-management block, read back for a fresh sign-in. */
async function ownerSecret(): Promise<string> {
  clock.advance(30_000);
  const { rows } = await sql<{ totp_secret: string }>`select totp_secret from access.staff_users where email = 'owner@vitrine.localhost'`.execute(app.platform.database.db);
  return rows[0]!.totp_secret;
}
