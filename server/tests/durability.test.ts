import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabaseUrl } from './support/app.ts';
import { startServerProcess } from './support/server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-durability-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const databaseUrl = await freshDatabaseUrl();
const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' };

const categoriesOf = (n: number) => ({ preferences: n % 2 === 0, analytics: n % 3 === 0, marketing: n % 5 === 0 });
let noticeVersion = '';
const recordConsent = (url: string, n: number) =>
  fetch(`${url}/api/privacy/cookie-consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ noticeVersion, categories: categoriesOf(n) }),
  });

describe('durability of acknowledged writes', () => {
  it('keeps every write acknowledged before the process is killed with SIGKILL mid-stream', async () => {
    const first = await startServerProcess(env);
    noticeVersion = ((await (await fetch(`${first.url}/api/privacy/cookie-notice`)).json()) as { version: string }).version;
    const acknowledged: { id: string; categories: object }[] = [];
    let killed = false;

    // Four writers in parallel; the process is killed while their requests are in flight.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let n = w; !killed && n < 100_000; n += 4) {
        let body: { id: string; categories: object } | undefined;
        let status = 0;
        try {
          const response = await recordConsent(first.url, n);
          status = response.status;
          body = (await response.json()) as { id: string; categories: object };
        } catch {
          return; // the connection died with the process: this write was never acknowledged
        }
        if (status !== 201) throw new Error(`write refused with ${status}: ${JSON.stringify(body)}`);
        acknowledged.push(body);
      }
    });
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 120 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(acknowledged.length >= 120, 'the server acknowledged writes before the kill');
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    assert.equal((await first.exited).signal, 'SIGKILL');

    const second = await startServerProcess(env);
    try {
      const missing: string[] = [];
      for (const write of acknowledged) {
        const response = await fetch(`${second.url}/api/privacy/cookie-consents/${write.id}`);
        if (response.status !== 200) missing.push(write.id);
        else assert.deepEqual(((await response.json()) as { categories: object }).categories, write.categories);
      }
      assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.length} acknowledged writes were lost`);
      assert.equal((await fetch(`${second.url}/readyz`)).status, 200);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('finishes requests in flight and exits cleanly within 10 s of SIGTERM', async () => {
    const server = await startServerProcess(env);
    noticeVersion = ((await (await fetch(`${server.url}/api/privacy/cookie-notice`)).json()) as { version: string }).version;
    const arrivals = () => (server.output().match(/incoming request/g) ?? []).length;
    const before = arrivals();
    const inFlight = Array.from({ length: 12 }, (_, n) => recordConsent(server.url, n).then((r) => r.status, () => 'reset'));
    // Signal once the server has taken every request in (it logs each one as it arrives).
    while (arrivals() < before + 12) await new Promise((resolve) => setTimeout(resolve, 2));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);
    const { code } = await server.exited;
    assert.ok(Date.now() - signalledAt < 10_000, 'stopped within the deadline');
    assert.equal(code, 0, server.output());
    assert.match(server.output(), /stopped cleanly/);
    // Every request the server had taken in was completed, none cut off.
    assert.deepEqual(statuses, Array(12).fill(201));
  });
});
