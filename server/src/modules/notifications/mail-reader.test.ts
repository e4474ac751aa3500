import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import type { Actor } from '../../kernel/context.ts';

const app = await testApp();
const { runUseCase, modules, database } = app.platform;
const { id: staffId } = await database.db.selectFrom('access.staff_users').select('id').where('email', '=', 'service@vitrine.localhost').executeTakeFirstOrThrow();
const staff = (...permissions: string[]): Actor => ({ kind: 'staff', staffId: staffId as string, sessionId: 'ses_test', permissions: new Set(permissions) });

describe('the backstage mail reader', () => {
  it('shows what the shop sent to staff with mail.read, and records each read in the audit log', async () => {
    const id = await runUseCase({ kind: 'system', job: 'test' }, 't', (ctx) => modules.notifications.queueMail(ctx, { to: 'reader@example.com', subject: 'Your order', text: 'Thank you.' }));
    const listed = await runUseCase(staff('mail.read'), 't', (ctx) => modules.notifications.readOutbox(ctx, { to: 'reader@example.com' }));
    assert.deepEqual(listed.map((m) => m.id), [id]);
    const message = await runUseCase(staff('mail.read'), 't', (ctx) => modules.notifications.readMessage(ctx, id));
    assert.equal(message.text_body, 'Thank you.');
    const audit = await database.db.selectFrom('access.audit_events').select(['action', 'subject_id']).where('staff_id', '=', staffId).execute();
    assert.deepEqual(audit.map((a) => [a.action, a.subject_id]).sort(), [['mail.listed', 'reader@example.com'], ['mail.read', id]].sort());
  });

  it('refuses staff without the permission and everyone signed out', async () => {
    await assert.rejects(runUseCase(staff('catalog.manage'), 't', (ctx) => modules.notifications.readOutbox(ctx, {})), { code: 'request.forbidden' });
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/mail' })).statusCode, 401);
  });
});
