import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { as, newCustomer } from '../../../tests/support/accounts.ts';

const app = await testApp();
const office = { label: 'Office', recipientName: 'Wei Chen', recipientPhone: '+852 2123 4567', line1: '18/F, 1 Queen’s Road Central', city: 'Hong Kong', countryCode: 'hk' };

describe('the address book', () => {
  it('keeps the customer’s addresses, the first as default, phones in E.164', async () => {
    const customer = await newCustomer(app);
    const created = await app.inject({ method: 'POST', url: '/api/account/addresses', headers: as(customer), payload: office });
    assert.equal(created.statusCode, 201);
    assert.equal(created.json().recipientPhone, '+85221234567');
    assert.equal(created.json().countryCode, 'HK');
    assert.equal(created.json().isDefault, true);
    const home = await app.inject({ method: 'POST', url: '/api/account/addresses', headers: as(customer), payload: { ...office, label: 'Home', isDefault: true } });
    const { addresses } = (await app.inject({ method: 'GET', url: '/api/account/addresses', headers: as(customer) })).json();
    assert.deepEqual(addresses.map((a: { label: string; isDefault: boolean }) => [a.label, a.isDefault]), [['Home', true], ['Office', false]]);
    assert.equal(home.statusCode, 201);
  });

  it('never shows, changes or deletes another customer’s address', async () => {
    const alice = await newCustomer(app);
    const bob = await newCustomer(app);
    const { id } = (await app.inject({ method: 'POST', url: '/api/account/addresses', headers: as(alice), payload: office })).json();
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/account/addresses', headers: as(bob) })).json().addresses, []);
    assert.equal((await app.inject({ method: 'PATCH', url: `/api/account/addresses/${id}`, headers: as(bob), payload: { city: 'Elsewhere' } })).statusCode, 404);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/account/addresses/${id}`, headers: as(bob) })).statusCode, 404);
    const [mine] = (await app.inject({ method: 'GET', url: '/api/account/addresses', headers: as(alice) })).json().addresses;
    assert.equal(mine.city, 'Hong Kong');
  });

  it('needs a session for every route of the account', async () => {
    for (const [method, url] of [['GET', '/api/account/addresses'], ['GET', '/api/account/profile'], ['GET', '/api/account/sessions'], ['GET', '/api/account/entitlements']] as const) {
      assert.equal((await app.inject({ method, url })).statusCode, 401, url);
    }
  });
});
