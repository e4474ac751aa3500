import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { linkToken } from '../../server/tests/support/accounts.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();

const email = `consents-${process.pid}@example.com`;
const password = 'velvet-orchid-lantern';
const emailSwitch = (page: Page) => page.getByRole('switch', { name: 'By e-mail' });

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('marketing consents, in the browser (MKT-3)', () => {
  it('are ticked one by one at sign-up, shown on the privacy page, and switched off for good', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);

    await page.goto(`${shop.origin}/account/sign-up`);
    await waitForHydration(page);
    await page.getByLabel('Full name').fill('Iris Wong');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    for (const channel of ['By e-mail', 'By SMS', 'By telephone', 'By app notification']) {
      assert.equal(await page.getByLabel(channel).isChecked(), false, `${channel} starts un-ticked`);
    }
    await page.getByLabel('By e-mail').check();
    await page.getByLabel(/I accept the registration agreement/).check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/account\/check-email/);

    await page.goto(`${shop.origin}/account/verify?token=${await linkToken(shop.app, email, '/account/verify')}`);
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.waitForURL(`${shop.origin}/account`);

    await page.getByRole('link', { name: 'Privacy and consents' }).first().click();
    await page.waitForURL(`${shop.origin}/account/consents`);
    assert.equal(await emailSwitch(page).isChecked(), true);
    assert.equal(await page.getByRole('switch', { name: 'By SMS' }).isChecked(), false);
    assert.match(await page.locator('table').innerText(), /E-mail\s+On\s+When you signed up/);
    assert.ok(await page.getByRole('link', { name: 'Change your cookie settings' }).isVisible());

    await emailSwitch(page).uncheck();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.getByText('Your choices are saved.').waitFor();
    await page.reload();
    assert.equal(await emailSwitch(page).isChecked(), false, 'still off after reload');
    const history = await page.locator('table').innerText();
    assert.match(history, /E-mail\s+Off\s+On this page/);
    assert.match(history, /E-mail\s+On\s+When you signed up/, 'the grant stays in the history');

    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('work without JavaScript', async () => {
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/account/consents`);
    await page.waitForURL(/\/account\/sign-in\?next=%2Faccount%2Fconsents/);
    await signIn(page);
    await page.waitForURL(`${shop.origin}/account/consents`);

    await emailSwitch(page).check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.getByText('Your choices are saved.').waitFor();
    await page.reload();
    assert.equal(await emailSwitch(page).isChecked(), true);
    await context.close();
  });

  it('are withdrawn from the unsubscribe link of a mail, which asks before it acts', async () => {
    const customerId = await shop.app.platform.database.db.selectFrom('customers.accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const link = await shop.app.platform.runUseCase({ kind: 'system', job: 'test' }, 't', (ctx) => shop.app.platform.modules.privacy.unsubscribeLink(ctx, customerId.id as string));
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(link.replace(/^https?:\/\/[^/]+/, shop.origin));
    await page.getByText('Stop receiving news and offers from Vitrine by e-mail?').waitFor();
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();

    await page.goto(`${shop.origin}/account/sign-in?next=%2Faccount%2Fconsents`);
    await signIn(page);
    await page.waitForURL(`${shop.origin}/account/consents`);
    assert.equal(await emailSwitch(page).isChecked(), false);
    assert.match(await page.locator('table').innerText(), /E-mail\s+Off\s+With an unsubscribe link/);

    await page.goto(`${shop.origin}${new URL(link).pathname}x`);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('alert').filter({ hasText: 'This unsubscribe link is not valid.' }).waitFor();
    await context.close();
  });
});

describe('updated legal documents on the account overview (ACC-7)', () => {
  it('can be read and then accepted with one button', async () => {
    const editor = { kind: 'staff', staffId: 'stf_01jd8x2k3m9qv4w7c5n6t8r0ya', sessionId: 'test', permissions: new Set(['legal.manage']) } as const;
    const { legal } = shop.app.platform.modules;
    await shop.app.platform.runUseCase(editor, 't', async (ctx) => {
      await legal.createDraft(ctx, 'privacy-policy', { version: '2026-12-01', material: true, summary: 'Clearer retention periods', bodies: { en: '# Privacy Policy\n\nClearer retention periods.' } });
      await legal.publish(ctx, 'privacy-policy', '2026-12-01');
    });

    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/account/sign-in?next=%2Faccount`);
    await signIn(page);
    await page.waitForURL(`${shop.origin}/account`);
    await page.getByRole('heading', { name: 'Updated terms to read' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /Read it/ }).getAttribute('href'), '/legal/privacy/versions/2026-12-01');
    await page.getByRole('button', { name: 'Accept Privacy policy, version 2026-12-01' }).click();
    await page.getByText('Thank you: your acceptance is recorded.').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Updated terms to read' }).count(), 0);
    await context.close();
  });
});
