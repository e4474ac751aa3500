import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, testApp } from '../../../tests/support/app.ts';
import { startSmtpServer } from '../../../tests/support/smtp.ts';

const system = { kind: 'system', job: 'test' } as const;

describe('mail', () => {
  it('is kept whole in the database when no SMTP server is configured', async () => {
    const app = await testApp({ config: { seedDemo: false } });
    const { runUseCase, modules } = app.platform;
    const id = await runUseCase(system, 'test', (ctx) =>
      modules.notifications.queueMail(ctx, { to: 'amelie@example.com', subject: 'Votre commande', text: 'Merci, Amélie.' }),
    );
    const stored = await eventually(async () => {
      const [mail] = await runUseCase(system, 'test', (ctx) => modules.notifications.listMail(ctx, { to: 'amelie@example.com' }));
      return mail?.status === 'stored' ? mail : undefined;
    }, 15_000, 'the mail job');
    assert.equal(stored.id, id);
    assert.match(stored.raw_message!, /^To: amelie@example.com$/m);
    assert.match(stored.raw_message!, /^Subject: Votre commande$/m);
    assert.match(stored.raw_message!, new RegExp(`^Message-ID: <${id}@localhost>$`, 'm'));
  });

  it('goes out over SMTP when SMTP_URL is set, and is retried when the server is busy', async () => {
    const smtp = await startSmtpServer();
    const app = await testApp({ config: { seedDemo: false, smtpUrl: smtp.url } });
    const { runUseCase, modules } = app.platform;
    smtp.refuseNext(1);
    const id = await runUseCase(system, 'test', (ctx) =>
      modules.notifications.queueMail(ctx, { to: 'wei@example.com', subject: '您的訂單已確認', text: '多謝惠顧', headers: { 'X-Vitrine-Kind': 'service' } }),
    );
    const arrived = await eventually(async () => smtp.received.find((m) => m.to.includes('wei@example.com')), 40_000, 'the SMTP delivery');
    assert.equal(arrived.from, 'service@vitrine.localhost');
    assert.match(arrived.raw, new RegExp(`Message-ID: <${id}@localhost>`));
    assert.match(arrived.raw, /X-Vitrine-Kind: service/);
    const [row] = await runUseCase(system, 'test', (ctx) => modules.notifications.listMail(ctx, { to: 'wei@example.com' }));
    assert.equal(row!.status, 'sent');
    assert.equal(row!.attempts, 2, 'one refused attempt, one delivery');
  });

  it('refuses a recipient that is not an address', async () => {
    const app = await testApp({ config: { seedDemo: false } });
    await assert.rejects(
      app.platform.runUseCase(system, 'test', (ctx) => app.platform.modules.notifications.queueMail(ctx, { to: 'nobody', subject: 'x', text: 'x' })),
      { code: 'notifications.invalid_recipient' },
    );
  });
});
