import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { eventually, testApp } from '../../../../tests/support/app.ts';
import { cardPayment, intentRow, sessionOf, startForOpenOrder, submitCard, system } from '../payments.test-helpers.ts';

// A stand-in for the shop's public address: the processor's job posts here, and it goes to the app.
let app: FastifyInstance | undefined;
const front = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    const answer = await app!.inject({ method: request.method as 'POST', url: request.url!, headers: request.headers as Record<string, string>, payload: Buffer.concat(chunks) });
    response.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type'] ?? 'text/plain') }).end(answer.body);
  });
});
await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
after(() => new Promise<void>((resolve) => front.close(() => resolve())));
app = await testApp({ env: { DEMO_PRODUCTS: '0' }, config: { publicUrl: `http://127.0.0.1:${(front.address() as AddressInfo).port}` } });

describe("the sandbox processor's webhook job", () => {
  it('delivers the outcome by itself, late and twice, and the shop applies it once', async () => {
    const { runUseCase, modules, database } = app!.platform;
    const started = await runUseCase(system, 't', (ctx) => startForOpenOrder(ctx, modules.payments, cardPayment()));
    const url = (started.next as { url: string }).url;
    // Seed 3: every event out of order, and the last one sent twice.
    await database.db.updateTable('sandbox.sessions').set({ seed: 3 }).where('id', '=', sessionOf(url)).execute();
    assert.equal((await submitCard(app!, url, '4242424242424242')).statusCode, 303);
    const events = await eventually(async () => {
      const rows = await database.db.selectFrom('sandbox.events').select(['type', 'deliveries', 'last_status']).where('session_id', '=', sessionOf(url)).orderBy('created_at').execute();
      return rows.length === 2 && rows[1]!.deliveries === 2 && rows[0]!.deliveries === 1 ? rows : undefined;
    }, 30_000, 'the webhook deliveries');
    assert.deepEqual(events.map((e) => [e.type, e.last_status]), [['payment.processing', 200], ['payment.authorised', 200]]);
    assert.equal((await intentRow(app!, started.intentId)).status, 'authorised');
    const received = await database.db.selectFrom('payments.webhook_events').select(['type', 'outcome']).where('intent_id', '=', started.intentId).orderBy('received_at').execute();
    assert.deepEqual(received.map((r) => r.outcome).sort(), ['applied', 'informational']);
  });
});
