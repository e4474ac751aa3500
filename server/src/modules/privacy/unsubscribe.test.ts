import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { as, newCustomer, type Browser } from '../../../tests/support/accounts.ts';

const app = await testApp();
const system = { kind: 'system', job: 'test' } as const;
const headersFor = (target: typeof app, customerId: string) =>
  target.platform.runUseCase(system, 't', (ctx) => target.platform.modules.privacy.unsubscribeHeaders(ctx, customerId));

/** The path of the one-click URL in a List-Unsubscribe header. */
const oneClickPath = (header: string) => new URL(/^<([^>]+)>$/.exec(header)![1]!).pathname;
const oneClick = (path: string, headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }, payload = 'List-Unsubscribe=One-Click') =>
  app.inject({ method: 'POST', url: path, headers, payload });
const marketing = async (who: Browser) => (await app.inject({ method: 'GET', url: '/api/account/consents', headers: as(who) })).json();

describe('unsubscribe headers of marketing mail (MKT-3, RFC 8058)', () => {
  it('are a single https URL in angle brackets with the one-click POST header', async () => {
    const shop = await testApp({ config: { seedDemo: false, publicUrl: 'https://shop.example' } });
    const headers = await headersFor(shop, 'cus_01jd8x2k3m9qv4w7c5n6t8r0ya');
    assert.deepEqual(Object.keys(headers).sort(), ['List-Unsubscribe', 'List-Unsubscribe-Post']);
    assert.match(headers['List-Unsubscribe'], /^<https:\/\/shop\.example\/api\/unsubscribe\/[A-Za-z0-9._-]+>$/, 'one https URI, no mailto, no spaces or commas');
    assert.equal(headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
  });

  it('differ per customer, and are the same each time for one customer', async () => {
    const [a, b] = [await newCustomer(app), await newCustomer(app)];
    assert.notEqual((await headersFor(app, a.customerId))['List-Unsubscribe'], (await headersFor(app, b.customerId))['List-Unsubscribe']);
    assert.equal((await headersFor(app, a.customerId))['List-Unsubscribe'], (await headersFor(app, a.customerId))['List-Unsubscribe']);
  });
});

describe('one-click unsubscribe', () => {
  it('turns e-mail marketing off at once, with no session, and leaves the other channels alone', async () => {
    const customer = await newCustomer(app, { marketing: { email: true, sms: true } });
    const path = oneClickPath((await headersFor(app, customer.customerId))['List-Unsubscribe']);
    const response = await oneClick(path);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), { channel: 'email', subscribed: false });

    const after = await marketing(customer);
    assert.equal(after.marketing.email.granted, false);
    assert.equal(after.marketing.sms.granted, true);
    assert.equal(after.history[0].source, 'unsubscribe_link');
    assert.equal(after.history.length, 3, 'the grants stay in the history');

    assert.equal((await oneClick(path)).statusCode, 200, 'repeating it is harmless');
    assert.equal((await marketing(customer)).history.length, 3, 'and records nothing more');
  });

  it('accepts the multipart form that RFC 8058 recommends', async () => {
    const customer = await newCustomer(app, { marketing: { email: true } });
    const path = oneClickPath((await headersFor(app, customer.customerId))['List-Unsubscribe']);
    const body = '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n';
    const response = await oneClick(path, { 'content-type': 'multipart/form-data; boundary=b' }, body);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal((await marketing(customer)).marketing.email.granted, false);
  });

  it('unsubscribes only the customer the link was made for', async () => {
    const alice = await newCustomer(app, { marketing: { email: true } });
    const bob = await newCustomer(app, { marketing: { email: true } });
    await oneClick(oneClickPath((await headersFor(app, alice.customerId))['List-Unsubscribe']));
    assert.equal((await marketing(alice)).marketing.email.granted, false);
    assert.equal((await marketing(bob)).marketing.email.granted, true);
  });

  it('refuses a tampered link and changes nothing', async () => {
    const alice = await newCustomer(app, { marketing: { email: true, sms: true } });
    const bob = await newCustomer(app, { marketing: { email: true } });
    const path = oneClickPath((await headersFor(app, alice.customerId))['List-Unsubscribe']);
    const lastChar = path.at(-1) === 'A' ? 'B' : 'A';
    const tampered = [
      path.replace(alice.customerId, bob.customerId), // someone else's account
      path.replace('.email.', '.sms.'), // another channel
      path.slice(0, -1) + lastChar, // a forged signature
      '/api/unsubscribe/not-a-token-at-all-but-long-enough',
    ];
    for (const attempt of tampered) {
      const response = await oneClick(attempt);
      assert.equal(response.statusCode, 404, attempt);
      assert.equal(response.json().code, 'privacy.unsubscribe_link_invalid');
    }
    assert.equal((await marketing(bob)).marketing.email.granted, true);
    assert.equal((await marketing(alice)).marketing.sms.granted, true);
    assert.equal((await marketing(alice)).marketing.email.granted, true);
  });

  it('sends a mail program that opens the link in a browser to the page that asks to confirm', async () => {
    const customer = await newCustomer(app);
    const path = oneClickPath((await headersFor(app, customer.customerId))['List-Unsubscribe']);
    const response = await app.inject({ method: 'GET', url: path });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, path.replace('/api/unsubscribe/', '/unsubscribe/'));
    assert.equal((await marketing(customer)).history.length, 0, 'opening the link changes nothing');
  });

  it('gives the visible link of the mail footer as the unsubscribe page of the shop', async () => {
    const customer = await newCustomer(app);
    const link = await app.platform.runUseCase(system, 't', (ctx) => app.platform.modules.privacy.unsubscribeLink(ctx, customer.customerId));
    const oneClickUrl = /^<([^>]+)>$/.exec((await headersFor(app, customer.customerId))['List-Unsubscribe'])![1]!;
    assert.equal(link, oneClickUrl.replace('/api/unsubscribe/', '/unsubscribe/'));
  });
});
