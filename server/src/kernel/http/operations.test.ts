import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENGINE, testApp } from '../../../tests/support/app.ts';

const app = await testApp();

describe('operations endpoints', () => {

  it('reports the process alive and ready, with the engine in use', async () => {
    assert.deepEqual((await app.inject('/healthz')).json(), { status: 'ok' });
    const ready = await app.inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().engine, ENGINE);
    assert.equal(ready.json().workers, true);
  });

  it('reports not ready while shutting down', async () => {
    const stopping = await testApp();
    await stopping.platform.close();
    const ready = await stopping.inject('/readyz');
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().code, 'server.unavailable');
  });

  it('exposes latency by route template, job queues and pool use to Prometheus', async () => {
    await app.inject('/api/privacy/cookie-consents/cc_01jd8x2k3m9qv4w7c5n6t8r0ya');
    const metrics = (await app.inject('/metrics')).body;
    assert.match(metrics, /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/privacy\/cookie-consents\/:id",status_code="404"\}/);
    assert.match(metrics, /jobs_queued\{queue="notifications.send_mail",state="ready"\} \d+/);
    assert.match(metrics, /db_pool_connections\{state="total"\} \d+/);
    assert.doesNotMatch(metrics, /cc_01jd8x2k3m9qv4w7c5n6t8r0ya/, 'raw URLs (and the ids in them) stay out of labels');
  });

  it('sends security headers and a request id with every response', async () => {
    const response = await app.inject('/api/problems');
    assert.match(response.headers['content-security-policy'] as string, /default-src 'none'/);
    assert.match(response.headers['content-security-policy'] as string, /frame-ancestors 'none'/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(response.headers['strict-transport-security'] as string, /max-age=\d+/);
    assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.match(response.headers['x-request-id'] as string, /^req_/);
  });

  it('publishes an OpenAPI 3.1 document and a browsable reference', async () => {
    const document = (await app.inject('/api/openapi.json')).json();
    assert.equal(document.openapi, '3.1.0');
    assert.ok(document.paths['/api/privacy/cookie-consents'].post);
    assert.ok(document.paths['/api/problems'].get);
    assert.equal(document.paths['/healthz'], undefined, 'operations endpoints are not part of the API');
    const docs = await app.inject('/api/docs/');
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  });
});
