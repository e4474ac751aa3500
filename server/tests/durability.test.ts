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

const recordConsent = (url: string, n: number) =>
  fetch(`${url}/api/privacy/cookie-consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ noticeVersion: `v${n}`, categories: { preferences: n % 2 === 0, analytics: false, marketing: false } }),
  });

describe('durability of acknowledged writes', () => {
  it('keeps every write acknowledged before the process is killed with SIGKILL mid-stream', async () => {
    const first = await startServerProcess(env);
    const acknowledged: { id: string; noticeVersion: string }[] = [];
    let killed = false;

    // Four writers in parallel; the process is killed while their requests are in flight.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let n = w; !killed && n < 100_000; n += 4) {
        try {
          const response = await recordConsent(first.url, n);
          if (response.status === 201) acknowledged.push((await response.json()) as { id: string; noticeVersion: string });
        } catch {
          return; // the connection died with the process: this write was never acknowledged
        }
      }
    });
    while (acknowledged.length < 120) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    assert.equal((await first.exited).signal, 'SIGKILL');

    const second = await startServerProcess(env);
    try {
      const missing: string[] = [];
      for (const write of acknowledged) {
        const response = await fetch(`${second.url}/api/privacy/cookie-consents/${write.id}`);
        if (response.status !== 200 || ((await response.json()) as { noticeVersion: string }).noticeVersion !== write.noticeVersion) missing.push(write.id);
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
