import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { newCustomer } from '../../server/tests/support/accounts.ts';
import { authenticatorCode, signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage, type PageWatch } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();
const customer = await newCustomer(shop.app, { name: 'Hortense Valmont' });
const suspensionReason = 'Card payments disputed, under review';

const sideNav = (page: Page) => page.getByRole('navigation', { name: 'Backstage' });

let owner: Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> | undefined;

/**
 * The demo owner, signed in once for the whole file: the first sign-in asks for nothing but an
 * authenticator, set up here from the key the page shows (codes cannot be used twice, so the
 * owner does not sign in again).
 */
function signedInOwner() {
  owner ??= (async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    await page.goto(`${shop.origin}/admin/sign-in`);
    await waitForHydration(page);
    await signInAs(page, 'owner@vitrine.localhost');
    await page.waitForURL(`${shop.origin}/admin/security`);
    await page.getByRole('heading', { name: 'First, an authenticator app' }).waitFor();
    await page.locator('header').getByText('Olivia Owner').waitFor();
    assert.deepEqual(await sideNav(page).getByRole('link').allInnerTexts(), ['YOUR SECURITY'], 'nothing else opens before the authenticator');

    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const key = await page.locator('[data-secret]').getAttribute('data-secret');
    assert.ok(key, 'the key to enter in the authenticator app is shown');
    assert.match(await page.locator('main').innerText(), /Enter this key in your authenticator app/);
    await page.getByLabel('Authenticator code').fill(authenticatorCode(key));
    await page.getByRole('button', { name: 'Confirm the code' }).click();
    await page.getByText('Your authenticator app is set up.').waitFor();
    await sideNav(page).getByRole('link', { name: 'Audit log' }).waitFor();
    return { context, page, watch };
  })();
  return owner;
}

describe('the backstage, in the browser', () => {
  it('lets customer service find a customer and suspend the account with a reason, which the audit log shows', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);

    await page.goto(`${shop.origin}/admin/customers`);
    await page.waitForURL(/\/admin\/sign-in\?next=%2Fadmin%2Fcustomers$/);
    await waitForHydration(page);
    await signInAs(page, 'service@vitrine.localhost');
    await page.waitForURL(`${shop.origin}/admin/customers`);
    await page.locator('header').getByText('Sofia Service').waitFor();
    assert.match(await page.locator('header').innerText(), /Sofia Service\s+CUSTOMER SERVICE/i);
    assert.deepEqual(await sideNav(page).getByRole('link').allInnerTexts(), ['OVERVIEW', 'ORDERS', 'FULFILMENT', 'RETURNS', 'PAYMENTS', 'CUSTOMERS', 'YOUR SECURITY'], 'only what the role allows');
    await page.getByText('Each search and each customer you open is recorded in the audit log').waitFor();

    await page.getByLabel('Name or e-mail address').fill('Hortense');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/query=Hortense/);
    await page.getByRole('link', { name: 'Hortense Valmont' }).click();
    await page.waitForURL(`${shop.origin}/admin/customers/${customer.customerId}`);
    await page.getByText('This view is recorded in the audit log').waitFor();
    assert.match(await page.locator('.backstage-facts').innerText(), new RegExp(customer.email));

    await page.getByLabel('Suspend', { exact: true }).check();
    await page.getByLabel('Reason').fill(suspensionReason);
    await page.getByRole('button', { name: 'Change the state' }).click();
    await page.getByText('The account’s state is changed').waitFor();
    assert.match(await page.locator('.backstage-facts').innerText(), /State\s+Suspended/i);
    assert.match(await page.locator('.backstage-facts').innerText(), new RegExp(suspensionReason));
    const session = await shop.app.inject({ method: 'GET', url: '/api/account/session', headers: { cookie: customer.cookie } });
    assert.equal(session.statusCode, 401, 'the suspended customer is signed out');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/admin\/sign-in\?notice=signed-out/);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();

    const { page: ownerPage, watch: ownerWatch } = await signedInOwner();
    await sideNav(ownerPage).getByRole('link', { name: 'Audit log' }).click();
    await ownerPage.getByLabel('Action').fill('customers.suspended');
    await ownerPage.getByRole('button', { name: 'Filter' }).click();
    await ownerPage.waitForURL(/action=customers.suspended/);
    const row = ownerPage.locator('tbody tr', { hasText: 'Customer suspended' });
    await row.waitFor();
    assert.equal(await ownerPage.locator('tbody tr').count(), 1, 'only the suspension matches the filter');
    const text = await row.innerText();
    assert.match(text, /Sofia Service/);
    assert.match(text, new RegExp(customer.customerId));
    assert.match(text, new RegExp(`reason: ${suspensionReason}`));
    assert.deepEqual(ownerWatch.consoleErrors, []);
  });

  it('shows a moderator no customers link, and a 403 inside the backstage for the customers page', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/admin/sign-in`);
    await waitForHydration(page);
    await signInAs(page, 'moderation@vitrine.localhost');
    await page.waitForURL(`${shop.origin}/admin`);
    await page.getByRole('heading', { name: 'Good day, Milo Moderation' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Review and remove reviews, questions and articles/);
    assert.equal(await sideNav(page).getByRole('link', { name: 'Customers' }).count(), 0);

    const response = await page.goto(`${shop.origin}/admin/customers`);
    assert.equal(response?.status(), 403);
    await page.getByRole('heading', { name: 'This page is not part of your role' }).waitFor();
    await sideNav(page).getByRole('link', { name: 'Overview' }).waitFor();
    assert.match(await page.locator('header').innerText(), /Milo Moderation/);
    await context.close();
  });

  it('lets the owner draft and publish a minor version of the content licence', async () => {
    const { page, watch } = await signedInOwner();
    await sideNav(page).getByRole('link', { name: 'Legal documents' }).click();
    await page.getByRole('link', { name: 'New draft Content licence' }).click();
    await page.getByRole('heading', { name: /New draft of the Content licence/i }).waitFor();
    const english = page.getByLabel('Text in English');
    assert.ok((await english.inputValue()).length > 100, 'the draft starts from the text in force');

    await page.getByLabel('Version label').fill('2026.2');
    await page.getByLabel('What changed').fill('Clearer wording on how short quotations may be used.');
    await english.fill(`${await english.inputValue()}\n\nShort quotations with a credit to Vitrine are welcome.`);
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.waitForURL(`${shop.origin}/admin/legal/content-licence/versions/2026.2?saved=created`);

    await page.getByRole('link', { name: 'Publish…' }).click();
    await page.getByRole('heading', { name: /Publish version 2026.2/ }).waitFor();
    assert.match(await page.locator('main').innerText(), /Customers are not e-mailed and nobody is asked to accept it again/);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText('The version is published.').waitFor();

    const published = await (await fetch(`${shop.origin}/legal/content-licence`, { headers: { 'accept-language': 'en' } })).text();
    assert.match(published, /Version 2026\.2/);
    assert.match(published, /Short quotations with a credit to Vitrine are welcome\./);
    assert.deepEqual(watch.consoleErrors, []);
  });

  it('lets the owner add a staff member, whose temporary password is shown once, and disable the account', async () => {
    const { page, watch } = await signedInOwner();
    await sideNav(page).getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { name: 'Add a staff member' }).waitFor();
    await page.getByLabel('Full name').fill('Noor Newcomer');
    await page.getByLabel('E-mail address').fill('noor@vitrine.localhost');
    await page.getByLabel('Role', { exact: true }).selectOption('moderator');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('heading', { name: 'Noor Newcomer can now sign in' }).waitFor();
    const temporaryPassword = await page.locator('[data-temporary-password]').innerText();
    const signIn = () => shop.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'noor@vitrine.localhost', password: temporaryPassword } });
    assert.equal((await signIn()).statusCode, 200, 'the temporary password opens the backstage');

    await page.goto(`${shop.origin}/admin/staff`);
    assert.equal(await page.locator('[data-temporary-password]').count(), 0, 'shown only once');
    assert.equal(await page.getByLabel('Role of Noor Newcomer').inputValue(), 'moderator');
    await page.getByRole('button', { name: 'Disable Noor Newcomer' }).click();
    await page.getByText('The account is disabled; its sessions have ended.').waitFor();
    assert.equal((await signIn()).statusCode, 401, 'a disabled account cannot sign in');
    assert.deepEqual(watch.consoleErrors, []);
  });

  it('signs a supplier in at /supplier and keeps them out of the backstage', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    await page.goto(`${shop.origin}/supplier`);
    await page.waitForURL(/\/supplier\/sign-in\?next=%2Fsupplier$/);
    await waitForHydration(page);
    await signInAs(page, 'atelier@vitrine.localhost');
    await page.waitForURL(`${shop.origin}/supplier`);
    await page.getByRole('heading', { name: 'Atelier Lumière' }).waitFor();
    await page.getByText('Your products and orders will appear here.').waitFor();

    await page.goto(`${shop.origin}/admin/customers`);
    await page.waitForURL(/\/admin\/sign-in\?next=%2Fadmin%2Fcustomers$/);
    await page.goto(`${shop.origin}/admin`);
    await page.waitForURL(/\/admin\/sign-in\?next=%2Fadmin$/);
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });

  it('signs staff in without JavaScript, asking for the authenticator code where one is set up', async () => {
    await signedInOwner();
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${shop.origin}/admin/sign-in`);
    await signInAs(page, 'owner@vitrine.localhost');
    await page.getByRole('alert').filter({ hasText: 'Enter the six-digit code from your authenticator app' }).waitFor();
    assert.equal(await page.locator('.backstage-code--asked').count(), 1, 'the code field is brought forward');
    assert.equal(await page.getByLabel('Authenticator code').getAttribute('required'), '');

    await page.goto(`${shop.origin}/admin/customers`);
    await signInAs(page, 'service@vitrine.localhost', { password: 'not-the-password' });
    await page.getByRole('alert').filter({ hasText: 'The e-mail address or password is not right.' }).waitFor();
    await signInAs(page, 'service@vitrine.localhost');
    await page.waitForURL(`${shop.origin}/admin/customers`);
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    await context.close();
  });
});
