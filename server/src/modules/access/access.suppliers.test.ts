import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { testApp } from '../../../tests/support/app.ts';
import { ManualClock } from '../../kernel/clock.ts';
import { isPersonal } from '../../kernel/personal-data.ts';
import { accessPersonalData } from './access.privacy.ts';
import { browser, DEMO_PASSWORD, enrolledOwner, seedAccounts, sessionCookie } from './access.test-helpers.ts';

const clock = new ManualClock('2026-05-20T08:00:00Z');
const app = await testApp({ clock, config: { seedDemo: false } });
await seedAccounts(app);

const supplierSignIn = (email: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/supplier/session', payload: { email, password }, headers });

describe('supplier sessions', () => {
  it('signs a supplier user in with its own HttpOnly cookie and shows their organisation', async () => {
    const response = await supplierSignIn('atelier@vitrine.localhost');
    assert.equal(response.statusCode, 200);
    assert.equal(response.cookies.find((c) => c.name === 'vitrine_supplier')?.httpOnly, true);
    assert.equal(sessionCookie(response, 'vitrine_staff'), undefined);
    const supplier = browser(app, response, 'vitrine_supplier');
    const me = (await supplier.call('GET', '/api/supplier/session')).json();
    assert.equal(me.organisation.name, 'Atelier Lumière');
    assert.equal(me.user.email, 'atelier@vitrine.localhost');
    assert.equal((await supplier.call('DELETE', '/api/supplier/session')).statusCode, 204);
    assert.equal((await supplier.call('GET', '/api/supplier/session')).statusCode, 401);
  });

  it('answers a wrong password and an unknown e-mail alike, and limits guessing', async () => {
    const wrong = await supplierSignIn('atelier@vitrine.localhost', 'wrong-guess-1');
    const unknown = await supplierSignIn('nobody@atelier.example', 'wrong-guess-1');
    assert.equal(wrong.statusCode, 401);
    assert.deepEqual({ ...unknown.json<object>(), request_id: 0 }, { ...wrong.json<object>(), request_id: 0 });
    for (let attempt = 2; attempt <= 5; attempt++) await supplierSignIn('atelier@vitrine.localhost', `wrong-guess-${attempt}`);
    const sixth = await supplierSignIn('atelier@vitrine.localhost');
    assert.equal(sixth.statusCode, 429);
    assert.ok(sixth.headers['retry-after']);
  });

  it('refuses a staff session on the supplier routes', async () => {
    const staff = browser(app, await app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'catalogue@vitrine.localhost', password: DEMO_PASSWORD } }));
    assert.equal((await staff.call('GET', '/api/supplier/session')).statusCode, 401);
  });

  it('lets staff register an organisation and give a person access to it', async () => {
    const owner = await enrolledOwner(app, clock);
    const organisation = (await owner.call('POST', '/api/admin/supplier-organisations', { name: 'Maison Ardoise' })).json();
    assert.match(organisation.id, /^sup_/);
    const created = await owner.call('POST', `/api/admin/supplier-organisations/${organisation.id}/users`, { email: 'hana@ardoise.example', name: 'Hana Sato' });
    assert.equal(created.statusCode, 201);
    const signedIn = await supplierSignIn('hana@ardoise.example', created.json().temporaryPassword);
    assert.equal(signedIn.json().organisation.id, organisation.id);
    const detail = (await owner.call('GET', `/api/admin/supplier-organisations/${organisation.id}`)).json();
    assert.deepEqual(detail.users.map((u: { email: string }) => u.email), ['hana@ardoise.example']);
    const audit = (await owner.call('GET', '/api/admin/audit-events?action=suppliers.user_created')).json().events;
    assert.equal(audit[0].subjectId, created.json().user.id);
  });
});

describe('personal data of the access module', () => {
  it('declares every column of its tables that holds a person, a secret or where they connected from', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'access' and table_name not like 'kysely_%'`.execute(app.platform.database.db);
    const declared = new Map(accessPersonalData.map((d) => [`${d.table}.${d.column}`, d]));
    const missing = rows
      .map((r) => `access.${r.table_name}.${r.column_name}`)
      .filter((name) => /\.(email|name|password_hash|totp_secret|totp_pending_secret|ip_network|user_agent|detail|subject_id)$|audit_events\.staff_id$/.test(name))
      .filter((name) => !declared.has(name));
    assert.deepEqual(missing, []);
    for (const secret of ['access.staff_users.password_hash', 'access.staff_users.totp_secret', 'access.supplier_users.password_hash']) {
      const declaration = declared.get(secret)!;
      assert.ok(isPersonal(declaration) && !declaration.exported, `${secret} is never exported`);
    }
  });
});
