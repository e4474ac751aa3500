import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { testApp } from '../../../tests/support/app.ts';

const app = await testApp({ config: { seedDemo: false } });

describe('database', () => {

  it('returns 64-bit integers as bigint, never as a rounded number', async () => {
    const { rows } = await sql<{ big: bigint; count: bigint }>`select 9007199254740993::int8 as big, count(*) as count from (values (1), (2)) v(x)`.execute(app.platform.database.db);
    assert.equal(rows[0]!.big, 9007199254740993n);
    assert.equal(rows[0]!.count, 2n);
  });

  it('rolls back everything a failed use case wrote, including its jobs', async () => {
    const { runUseCase, modules, database } = app.platform;
    await assert.rejects(
      runUseCase({ kind: 'system', job: 'test' }, 'test', async (ctx) => {
        await modules.notifications.queueMail(ctx, { to: 'rollback@example.com', subject: 'Never sent', text: '…' });
        throw new Error('the use case changed its mind');
      }),
      /changed its mind/,
    );
    const mail = await database.db.selectFrom('notifications.mail_messages').select('id').where('to_address', '=', 'rollback@example.com').execute();
    assert.equal(mail.length, 0);
    const { rows } = await sql<{ n: bigint }>`select count(*) as n from pgboss.job where name = 'notifications.send_mail'`.execute(database.db);
    assert.equal(rows[0]!.n, 0n);
  });

  it('keeps concurrent use cases apart: each sees only its own uncommitted writes', async () => {
    const { runUseCase, modules, database } = app.platform;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        runUseCase({ kind: 'system', job: 'test' }, `t${i}`, async (ctx) => {
          await modules.notifications.queueMail(ctx, { to: `parallel-${i}@example.com`, subject: `n${i}`, text: '…' });
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (i % 3 === 0) throw new Error(`use case ${i} fails`);
        }),
      ),
    );
    assert.equal(outcomes.filter((o) => o.status === 'rejected').length, 4);
    const kept = await database.db.selectFrom('notifications.mail_messages').select('to_address').where('to_address', 'like', 'parallel-%').execute();
    assert.deepEqual(
      kept.map((m) => m.to_address).sort(),
      [1, 2, 4, 5, 7, 8, 10, 11].map((i) => `parallel-${i}@example.com`).sort(),
    );
  });
});
