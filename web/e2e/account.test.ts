import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { linkToken } from '../../server/tests/support/accounts.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();

const email = `amelie-${process.pid}@example.com`;
const password = 'velvet-orchid-lantern';

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the legal pages', () => {
  it('show the agreement in force with its version and date, and link to its history', async () => {
    const html = await (await fetch(`${shop.origin}/legal/agreement`, { headers: { 'accept-language': 'en' } })).text();
    const version = /Version ([0-9A-Za-z._-]+)/.exec(html)?.[1];
    assert.ok(version, 'the version in force is named');
    assert.match(html, /<h1[^>]*>Registration Agreement<\/h1>/);
    assert.match(html, /effective \d{1,2} \w+ \d{4}/);
    assert.match(html, /<h2>[^<]+<\/h2>/, 'the text is rendered with its headings');
    assert.match(html, /href="\/legal\/agreement\/versions"/);

    const history = await (await fetch(`${shop.origin}/legal/agreement/versions`)).text();
    assert.match(history, new RegExp(`href="/legal/agreement/versions/${version}"`));
    assert.equal((await fetch(`${shop.origin}/legal/no-such-document`)).status, 404);
  });
});

describe('a customer account, in the browser', () => {
  it('is opened from the sign-up form, confirmed from the mail, edited, and signed out and in again', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);

    await page.goto(`${shop.origin}/account/sign-up`);
    await waitForHydration(page);
    // With scripts, the guardian's address is asked for only once the date of birth says under 18.
    const guardianField = page.getByLabel('Parent’s or guardian’s e-mail address');
    assert.equal(await guardianField.count(), 0);
    await page.getByLabel('Date of birth (optional)').fill('2014-03-02');
    await guardianField.waitFor();
    await page.getByLabel('Date of birth (optional)').fill('');
    await guardianField.waitFor({ state: 'detached' });

    await page.getByLabel('Full name').fill('Amélie Laurent');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    const agreement = page.getByLabel(/I accept the registration agreement \(version .+\)/);
    assert.equal(await agreement.isChecked(), false, 'the agreement starts un-ticked');
    await agreement.check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/account\/check-email/);
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();

    const token = await linkToken(shop.app, email, '/account/verify');
    await page.goto(`${shop.origin}/account/verify?token=${token}`);
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.waitForURL(`${shop.origin}/account`);
    await page.getByRole('heading', { name: 'Welcome, Amélie' }).waitFor();
    assert.match(await page.locator('main').innerText(), /10% welcome offer/);
    const accountLink = page.getByRole('navigation', { name: 'Your account' }).first().getByRole('link', { name: /Amélie/ });
    assert.equal(await accountLink.getAttribute('href'), '/account', 'the header greets the customer and leads to the account');

    await page.getByRole('link', { name: 'Personal details' }).first().click();
    await page.getByLabel('Full name').fill('Amélie Laurent-Rossi');
    await page.getByLabel('Mobile number (optional)').fill('+852 9123 4567');
    await page.getByRole('button', { name: 'Save my details' }).click();
    await page.getByText('Your details are saved.').waitFor();
    await page.reload();
    assert.equal(await page.getByLabel('Full name').inputValue(), 'Amélie Laurent-Rossi');
    assert.equal(await page.getByLabel('Mobile number (optional)').inputValue(), '+85291234567');

    await page.getByRole('link', { name: 'Sign-in and security' }).first().click();
    const thisDevice = page.locator('.session-list__item', { hasText: 'This device' });
    await thisDevice.waitFor();
    assert.match(await thisDevice.innerText(), /Chrome on Linux/);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/account\/sign-in\?notice=signed-out/);
    await page.getByText('You are signed out.').waitFor();
    await page.goto(`${shop.origin}/account`);
    await page.waitForURL(/\/account\/sign-in\?next=%2Faccount/);

    await waitForHydration(page);
    await signIn(page);
    await page.waitForURL(`${shop.origin}/account`);
    await page.getByRole('heading', { name: 'Welcome, Amélie' }).waitFor();

    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('signs in without JavaScript, refusing a wrong password with a message beside the form', async () => {
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${shop.origin}/account/security`);
    await page.waitForURL(/\/account\/sign-in\?next=%2Faccount%2Fsecurity/);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The e-mail address or password is not correct.' }).waitFor();
    assert.equal(await page.getByLabel('E-mail address').inputValue(), email, 'the address is kept for the next try');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${shop.origin}/account/security`);
    await page.locator('.session-list__item', { hasText: 'This device' }).waitFor();
    await context.close();
  });
});
