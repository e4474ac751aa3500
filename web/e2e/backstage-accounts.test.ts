import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { newCustomer } from '../../server/tests/support/accounts.ts';
import { signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();

const sideNav = (page: Page) => page.getByRole('navigation', { name: 'Backstage' });
const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account pages' });

/** A browser signed in to the backstage as one of the demo staff accounts (none of them needs an authenticator). */
async function staffPage(email: string, firstPage: string) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const watch = watchPage(page, shop.origin);
  await page.goto(`${shop.origin}${firstPage}`);
  await waitForHydration(page);
  await signInAs(page, email);
  await page.waitForURL(`${shop.origin}${firstPage}`);
  return { context, page, watch };
}

describe('supplier organisations in the backstage', () => {
  it('lets the catalogue manager register a supplier, list it, and give one of its people access to the portal', async () => {
    const { context, page, watch } = await staffPage('catalogue@vitrine.localhost', '/admin');
    await sideNav(page).getByRole('link', { name: 'Suppliers' }).click();
    await page.getByRole('heading', { name: 'Suppliers', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Atelier Lumière' }).waitFor();

    await page.getByLabel('Organisation name').fill('Maison Orvane');
    await page.getByRole('button', { name: 'Register the supplier' }).click();
    await page.waitForURL(/\/admin\/suppliers\/sup_[0-9a-z]{26}\?saved=created$/);
    await page.getByRole('heading', { name: 'Maison Orvane', level: 1 }).waitFor();
    await page.getByText('The supplier is registered. Next, give its people access.').waitFor();
    await page.getByText('Nobody can sign in for this supplier yet.').waitFor();

    await page.getByLabel('Full name').fill('Inès Orvane');
    await page.getByLabel('E-mail address').fill('ines@orvane.example');
    await page.getByRole('button', { name: 'Give access' }).click();
    await page.getByRole('heading', { name: 'Inès Orvane can now sign in to the supplier portal' }).waitFor();
    const temporaryPassword = await page.locator('[data-temporary-password]').innerText();
    assert.match(await page.locator('tbody').innerText(), /Inès Orvane\s+ines@orvane\.example/);
    const signIn = await shop.app.inject({ method: 'POST', url: '/api/supplier/session', payload: { email: 'ines@orvane.example', password: temporaryPassword } });
    assert.equal(signIn.statusCode, 200, 'the temporary password opens the supplier portal');
    assert.equal(signIn.json().organisation.name, 'Maison Orvane');

    await page.getByLabel('Full name').fill('Inès Orvane');
    await page.getByLabel('E-mail address').fill('ines@orvane.example');
    await page.getByRole('button', { name: 'Give access' }).click();
    await page.locator('#supplier-user-email-error').waitFor();
    assert.equal(await page.locator('[data-temporary-password]').count(), 0, 'a refused address gets no password');

    await page.getByRole('link', { name: 'All suppliers' }).click();
    const row = page.locator('tbody tr', { hasText: 'Maison Orvane' });
    await row.waitFor();
    assert.match(await row.innerText(), /Active/i);
    assert.deepEqual(watch.consoleErrors.filter((error) => !error.startsWith('409 ')), [], 'nothing failed but the refused address');
    await context.close();
  });

  it('keeps the suppliers page from customer service, and its link out of their navigation', async () => {
    const { context, page } = await staffPage('service@vitrine.localhost', '/admin');
    assert.equal(await sideNav(page).getByRole('link', { name: 'Suppliers' }).count(), 0);
    const response = await page.goto(`${shop.origin}/admin/suppliers`);
    assert.equal(response?.status(), 403);
    await context.close();
  });
});

describe('customer service viewing an account as its customer (ACC-6)', () => {
  it('opens the account read-only with a notice, refuses a change with a message, and ends back in the backstage', async () => {
    const customer = await newCustomer(shop.app, { name: 'Ottilie Marchetti' });
    const { context, page, watch } = await staffPage('service@vitrine.localhost', `/admin/customers/${customer.customerId}`);
    await page.getByRole('heading', { name: 'View as the customer' }).waitFor();
    await page.getByLabel('Purpose of the view').selectOption({ label: 'Help with an order' });
    await page.getByRole('button', { name: 'Open the account as the customer' }).click();

    await page.waitForURL(`${shop.origin}/account`);
    await page.getByRole('heading', { name: 'Welcome, Ottilie' }).waitFor();
    const notice = page.getByRole('region', { name: 'Staff view — read only' });
    assert.match(await notice.innerText(), /Nothing can be changed from here/);

    await accountNav(page).getByRole('link', { name: 'Personal details' }).click();
    await page.getByLabel('Full name').fill('Changed by staff');
    await page.getByRole('button', { name: 'Save my details' }).click();
    await page.getByRole('alert').filter({ hasText: 'This is a read-only staff view of the account: nothing can be changed here.' }).waitFor();
    await page.getByRole('region', { name: 'Staff view — read only' }).waitFor();
    const profile = await shop.app.inject({ method: 'GET', url: '/api/account/profile', headers: { cookie: customer.cookie } });
    assert.equal(profile.json().name, 'Ottilie Marchetti', 'nothing was changed');

    await page.getByRole('button', { name: 'End the view' }).click();
    await page.waitForURL(`${shop.origin}/admin/customers/${customer.customerId}`);
    await page.goto(`${shop.origin}/account`);
    await page.waitForURL(/\/account\/sign-in\?next=%2Faccount$/);

    const { views } = (await shop.app.inject({ method: 'GET', url: '/api/account/staff-views', headers: { cookie: customer.cookie } })).json();
    assert.deepEqual(views.map((view: { reason: string }) => view.reason), ['order_support'], 'the customer is shown why');
    assert.deepEqual(watch.consoleErrors.filter((error) => !error.startsWith('403 ')), [], 'nothing failed but the refused change');
    await context.close();
  });

  it('works without JavaScript too', async () => {
    const customer = await newCustomer(shop.app, { name: 'Leopold Brand' });
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/admin/customers/${customer.customerId}`);
    await signInAs(page, 'service@vitrine.localhost');
    await page.getByLabel('Purpose of the view').selectOption('customer_request');
    await page.getByRole('button', { name: 'Open the account as the customer' }).click();
    await page.waitForURL(`${shop.origin}/account`);
    await page.getByRole('region', { name: 'Staff view — read only' }).waitFor();
    await page.getByRole('heading', { name: 'Welcome, Leopold' }).waitFor();
    await context.close();
  });
});

describe('signing in again from a client-side navigation', () => {
  it('brings the customer back to the page itself, not to its data address', async () => {
    const customer = await newCustomer(shop.app, { name: 'Bastien Roux' });
    const context = await browser.newContext({ locale: 'en-GB' });
    const [name, value] = customer.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: shop.origin }]);
    const page = await context.newPage();
    await page.goto(`${shop.origin}/account`);
    await waitForHydration(page);
    await page.getByRole('heading', { name: 'Welcome, Bastien' }).waitFor();

    await context.clearCookies();
    await accountNav(page).getByRole('link', { name: 'Addresses' }).click();
    await page.waitForURL(/\/account\/sign-in\?/);
    assert.equal(new URL(page.url()).searchParams.get('next'), '/account/addresses');
    await context.close();
  });
});
