import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';

const app = await testApp({ config: { bodyLimitBytes: 2048 } });

describe('errors as application/problem+json', () => {
  before(async () => {
    // A route that fails the way a bug would, with a secret in the message.
    app.get('/api-test/explode', async () => {
      throw new Error('connection to postgres://admin:hunter2@db failed');
    });
  });

  it('lists every invalid field with a stable code', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/privacy/cookie-consents',
      payload: { noticeVersion: 'not valid!', categories: { preferences: 'yes' }, colour: 'red' },
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
    const problem = response.json();
    assert.equal(problem.code, 'request.validation_failed');
    const fields = Object.fromEntries(problem.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
    assert.equal(fields['/colour'], 'unknown_field');
    assert.equal(fields['/noticeVersion'], 'invalid_pattern');
    assert.equal(fields['/categories/preferences'], 'invalid_type');
    assert.equal(fields['/categories/analytics'], 'required');
  });

  it('answers unknown API paths with a problem, not a web page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'request.not_found');
  });

  it('says so when the body is not JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/privacy/cookie-consents',
      headers: { 'content-type': 'application/json' },
      payload: '{"noticeVersion": ',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'request.malformed');
  });

  it('refuses bodies over the size limit', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/privacy/cookie-consents',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ noticeVersion: 'x'.repeat(5000) }),
    });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().code, 'request.payload_too_large');
  });

  it('hides the cause of an unexpected failure and gives the request id instead', async () => {
    const response = await app.inject({ method: 'GET', url: '/api-test/explode', headers: { 'x-request-id': 'support-case-42' } });
    assert.equal(response.statusCode, 500);
    const problem = response.json();
    assert.equal(problem.code, 'server.internal');
    assert.equal(problem.request_id, 'support-case-42');
    assert.equal(response.headers['x-request-id'], 'support-case-42');
    assert.doesNotMatch(response.body, /hunter2|postgres:|Error:|at /);
  });

  it('publishes the catalogue of codes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/problems' });
    const codes = response.json().codes.map((c: { code: string }) => c.code);
    for (const code of ['request.validation_failed', 'server.internal', 'privacy.consent_not_found']) assert.ok(codes.includes(code), code);
  });
});
