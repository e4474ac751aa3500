import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, testApp } from '../../../tests/support/app.ts';
import type { Actor } from '../../kernel/context.ts';
import type { MailMessageRow } from '../notifications/index.ts';
import { createLegalService, legalJobs, type CustomerContact } from './index.ts';

// Workers start only after the test swaps in a legal service that knows some customers.
const app = await testApp({ config: { seedDemo: false, publicUrl: 'https://shop.example' }, runWorkers: false });
const { runUseCase, modules, jobs } = app.platform;

const customers: CustomerContact[] = [
  { id: 'cus_01', email: 'ada@example.com', locale: 'en' },
  { id: 'cus_02', email: 'wing@example.com', locale: 'zh-HK' },
  { id: 'cus_03', email: 'li@example.com', locale: 'zh-Hans' },
  { id: 'cus_04', email: 'noor@example.com', locale: 'en-GB' },
  { id: 'cus_05', email: 'mei@example.com', locale: 'zh-Hant' },
];
const pagesAsked: (string | null)[] = [];
const legal = createLegalService({
  notifications: modules.notifications,
  listCustomerContacts: async (_ctx, afterId, limit) => {
    pagesAsked.push(afterId);
    return customers.filter((c) => afterId === null || c.id > afterId).slice(0, limit);
  },
  publicUrl: 'https://shop.example',
  shopTimeZone: 'Asia/Hong_Kong',
  runUseCase,
  noticeBatchSize: 2,
});
await jobs.declare(legalJobs(legal));
await jobs.work({ pollingIntervalSeconds: 0.5 });

const editor: Actor = { kind: 'staff', staffId: 'stf_01jd8x2k3m9qv4w7c5n6t8r0ya', sessionId: 'x', permissions: new Set(['legal.manage']) };
const system: Actor = { kind: 'system', job: 'test' };

async function publish(version: string, material: boolean, effectiveAt: Date | null) {
  await runUseCase(editor, 'test', async (ctx) => {
    await legal.createDraft(ctx, 'privacy-policy', { version, effectiveAt, material, summary: `We now keep delivery photos for 30 days (${version}).`, bodies: { en: 'Text' } });
    await legal.publish(ctx, 'privacy-policy', version);
  });
}

const mailsTo = (to: string): Promise<MailMessageRow[]> => runUseCase(system, 'test', (ctx) => modules.notifications.listMail(ctx, { to }));
const mailTo = async (to: string) => (await mailsTo(to))[0];

describe('material change notices (ACC-7)', () => {
  it('mails every customer, one page of customers per job', async () => {
    await publish('2026-01-01', true, null); // a first version changes nothing for anyone: no mail
    await publish('2099-12-01', true, new Date('2099-12-01T00:00:00+08:00'));

    await eventually(async () => (await Promise.all(customers.map((c) => mailTo(c.email)))).every(Boolean), 30_000, 'a notice to each customer');
    assert.deepEqual(pagesAsked, [null, 'cus_02', 'cus_04'], 'three pages of two customers');
    for (const c of customers) {
      assert.equal((await mailsTo(c.email)).length, 1, `one notice for ${c.email}`);
    }
  });

  it('writes in the customer\'s language and links to the document', async () => {
    const english = (await mailTo('noor@example.com'))!;
    assert.equal(english.subject, 'Our Privacy Policy is changing on 1 December 2099');
    assert.match(english.text_body, /We now keep delivery photos for 30 days/);
    assert.match(english.text_body, /https:\/\/shop\.example\/legal\/privacy-policy/);
    assert.match(english.text_body, /ask you to accept it/);

    const traditional = (await mailTo('wing@example.com'))!;
    assert.equal(traditional.subject, '我們的《私隱政策》將於2099年12月1日更新');
    assert.match(traditional.text_body, /https:\/\/shop\.example\/legal\/privacy-policy/);
    const simplified = (await mailTo('li@example.com'))!;
    assert.equal(simplified.subject, '我们的《隐私政策》将于2099年12月1日更新');
  });

  it('sends a page only once, even when its job runs again', async () => {
    const page = { kind: 'privacy-policy' as const, version: '2099-12-01', batch: 0, afterId: null };
    await legal.handleChangeNoticeJob(page, { id: 'rerun' });
    assert.equal((await mailsTo('ada@example.com')).length, 1);
  });
});
