import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { testApp } from '../../../../tests/support/app.ts';
import { cardPayment, intentRow, postWebhook, sessionOf, signedEvents, startForOpenOrder, submitCard, system } from '../payments.test-helpers.ts';

// Webhook jobs post to an address nothing listens on: these tests deliver the events themselves.
const app = await testApp({ env: { DEMO_PRODUCTS: '0' }, config: { publicUrl: 'http://127.0.0.1:9' } });
const { runUseCase, modules } = app.platform;

async function startCard(overrides = {}) {
  const started = await runUseCase(system, 't', (ctx) => startForOpenOrder(ctx, modules.payments, cardPayment(overrides)));
  assert.equal(started.next.kind, 'redirect');
  return { intentId: started.intentId, url: (started.next as { url: string }).url };
}

/** Pays with `number` on the hosted page and delivers the processor's webhooks in order. */
async function payWith(number: string) {
  const { intentId, url } = await startCard();
  const answer = await submitCard(app, url, number);
  for (const event of await signedEvents(app, sessionOf(url))) assert.equal((await postWebhook(app, event)).statusCode, 200);
  return { intentId, url, answer, intent: await intentRow(app, intentId) };
}

describe('the sandbox card processor', () => {
  it("shows its own card page, with a policy that runs no script and posts only to itself and the shop", async () => {
    const { url } = await startCard();
    assert.match(url, /^http:\/\/127\.0\.0\.1:9\/sandbox-pay\/sbxcs_/);
    const page = await app.inject({ method: 'GET', url: new URL(url).pathname });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /HKD 2500\.00/);
    assert.match(page.body, /name="number"/);
    assert.doesNotMatch(page.body, /<script/);
    const policy = String(page.headers['content-security-policy']);
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /form-action 'self' http:\/\/localhost:3000/);
  });

  it('approves 4242 4242 4242 4242: back to the shop, then authorised by webhook, keeping only brand and last four', async () => {
    const { answer, intent, url } = await payWith('4242 4242 4242 4242');
    assert.equal(answer.statusCode, 303);
    const back = new URL(answer.headers.location as string);
    assert.equal(back.origin + back.pathname, 'http://localhost:3000/checkout/return');
    assert.equal(back.searchParams.get('outcome'), 'authorised');
    assert.equal(back.searchParams.get('sandbox_session'), sessionOf(url));
    assert.equal(intent.status, 'authorised');
    assert.equal(Number(intent.authorised_amount), 250_000);
    assert.deepEqual([intent.card_brand, intent.card_last4], ['visa', '4242']);
  });

  it('declines 4000 0000 0000 0002 and reports insufficient funds for 4000 0000 0000 9995', async () => {
    const declined = await payWith('4000000000000002');
    assert.equal(new URL(declined.answer.headers.location as string).searchParams.get('outcome'), 'failed');
    assert.deepEqual([declined.intent.status, declined.intent.failure_reason], ['failed', 'card_declined']);
    const poor = await payWith('4000000000009995');
    assert.deepEqual([poor.intent.status, poor.intent.failure_reason], ['failed', 'insufficient_funds']);
  });

  it('asks the bank to confirm 4000 0000 0000 3220: approving authorises, failing the check fails', async () => {
    for (const [decision, status] of [['approve', 'authorised'], ['fail', 'failed']] as const) {
      const { intentId, url } = await startCard();
      const challenge = await submitCard(app, url, '4000000000003220');
      assert.equal(challenge.statusCode, 200);
      assert.match(challenge.body, /Your bank asks you to confirm/);
      const decided = await app.inject({ method: 'POST', url: `${new URL(url).pathname}/challenge`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `decision=${decision}` });
      assert.equal(decided.statusCode, 303);
      for (const event of await signedEvents(app, sessionOf(url))) await postWebhook(app, event);
      assert.equal((await intentRow(app, intentId)).status, status);
    }
  });

  it('holds 4100 0000 0000 0019 for review: authorised by the processor, but a person decides', async () => {
    const { intent } = await payWith('4100000000000019');
    assert.deepEqual([intent.status, intent.review_reason], ['review', 'processor_review']);
  });

  it('refuses a mistyped number on the page itself and lets the customer try again', async () => {
    const { intentId, url } = await startCard();
    const wrong = await submitCard(app, url, '4242 4242 4242 4241');
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /card number is not valid/);
    assert.equal((await intentRow(app, intentId)).status, 'pending');
    assert.equal((await submitCard(app, url, '4242424242424242')).statusCode, 303);
    assert.equal((await submitCard(app, url, '4242424242424242')).statusCode, 410, 'a paid page cannot be paid twice');
  });

  it('never keeps the card number: not in the shop tables, not in the processor tables, not in the job queue (PAY-4)', async () => {
    await payWith('4242424242424242');
    await payWith('4000 0000 0000 3220');
    const { rows } = await sql<{ table_schema: string; table_name: string; column_name: string }>`
      select table_schema, table_name, column_name from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema', 'pg_toast') and data_type in ('text', 'jsonb', 'json', 'character varying', 'bytea')`.execute(app.platform.database.db);
    const found: string[] = [];
    for (const c of rows) {
      const { rows: hits } = await sql<{ n: bigint }>`select count(*) as n from ${sql.id(c.table_schema, c.table_name)} where ${sql.id(c.column_name)}::text ~ '4242 ?4242 ?4242 ?4242|4000 ?0000 ?0000 ?3220'`.execute(app.platform.database.db);
      if (Number(hits[0]!.n) > 0) found.push(`${c.table_schema}.${c.table_name}.${c.column_name}`);
    }
    assert.ok(rows.some((c) => c.table_schema === 'payments'), 'the shop tables were searched');
    assert.deepEqual(found, []);
  });
});
