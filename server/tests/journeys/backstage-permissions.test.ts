import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedIn } from '../../src/modules/access/access.test-helpers.ts';
import { testApp } from '../support/app.ts';
import { newCustomer, as } from '../support/accounts.ts';

/**
 * Every backstage route, read from the published OpenAPI document so that a route added later is
 * covered without touching this test: a staff role without the route's permission gets 403, a
 * customer or supplier session gets 401, and nobody signed in gets 401.
 */
const app = await testApp();
const document = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
const OWN_SESSION = /^\/api\/admin\/session/;
const ID = 'x'.repeat(26);
const routes = Object.entries(document.paths)
  .filter(([path]) => path.startsWith('/api/admin/') && !OWN_SESSION.test(path))
  .flatMap(([path, operations]) => Object.keys(operations).map((method) => ({ method: method.toUpperCase() as 'GET', url: fill(path) })));

function fill(path: string): string {
  // A well-formed id of the right kind, so only the permission check can refuse the call.
  return path.replace(/\{id\}|:id/g, (_, offset: number) => {
    const kind = /\/(customers|staff|supplier-organisations|mail)\//.exec(path.slice(0, offset + 1))?.[1];
    const prefix = { customers: 'cus', staff: 'stf', 'supplier-organisations': 'sup', mail: 'mail' }[kind ?? 'customers'];
    return `${prefix}_${ID.replace(/x/g, '0')}`;
  }).replace(/\{(\w+)\}|:(\w+)/g, (_, a: string | undefined, b: string | undefined) => ((a ?? b) === 'kind' ? 'registration-agreement' : '2026-11-01'));
}

describe('backstage permissions across every module', () => {
  it('covers the backstage routes of several modules', () => {
    const prefixes = new Set(routes.map((r) => r.url.split('/')[3]));
    for (const area of ['customers', 'staff', 'audit-events', 'legal', 'mail']) assert.ok(prefixes.has(area), `${area} routes are listed`);
  });

  it('refuses a role without the permission (a moderator) on every backstage route', async () => {
    const moderator = await signedIn(app, 'moderation@vitrine.localhost');
    const allowed = [];
    for (const route of routes) {
      const response = await moderator.call(route.method, route.url, route.method === 'GET' ? undefined : {});
      if (response.statusCode !== 403) allowed.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    assert.deepEqual(allowed, []);
  });

  it('refuses customer sessions and anonymous callers on every backstage route', async () => {
    const customer = await newCustomer(app);
    const leaks = [];
    for (const route of routes) {
      const asCustomer = await app.inject({ method: route.method, url: route.url, headers: as(customer), ...(route.method === 'GET' ? {} : { payload: {} }) });
      const anonymous = await app.inject({ method: route.method, url: route.url, ...(route.method === 'GET' ? {} : { payload: {} }) });
      if (asCustomer.statusCode !== 401) leaks.push(`customer: ${route.method} ${route.url} → ${asCustomer.statusCode}`);
      if (anonymous.statusCode !== 401) leaks.push(`anonymous: ${route.method} ${route.url} → ${anonymous.statusCode}`);
    }
    assert.deepEqual(leaks, []);
  });
});
