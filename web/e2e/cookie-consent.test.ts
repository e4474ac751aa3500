import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();

const NOTICE = '2026-11-01';
const CONSENT_COOKIE_VALUE = new RegExp(`^(cc_[0-9a-z]{26})\\.${NOTICE.replaceAll('.', '\\.')}$`);

const banner = (page: Page) => page.getByRole('region', { name: 'Your cookie choices' });

/** The one cookie the shop may have set after a decision, and the consent id it names. */
async function consentCookie(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  assert.deepEqual(
    cookies.map((cookie) => cookie.name),
    ['vitrine_consent'],
    'exactly one cookie, the consent cookie',
  );
  const match = CONSENT_COOKIE_VALUE.exec(cookies[0]!.value);
  assert.ok(match, `the cookie holds only <id>.<notice version>: ${cookies[0]!.value}`);
  return match[1]!;
}

/** What the append-only ledger recorded, read through the public API. */
async function ledger(consentId: string) {
  const response = await fetch(`${shop.origin}/api/privacy/cookie-consents/${consentId}`);
  assert.equal(response.status, 200);
  return (await response.json()) as { categories: Record<string, boolean>; gpc: boolean; noticeVersion: string; supersedes: string | null };
}

describe('cookie consent (PRV-6)', () => {
  it('sets no cookie and calls no other host before the visitor decides, and asks', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);

    assert.ok(await banner(page).isVisible(), 'the banner is shown');
    assert.match(await banner(page).innerText(), new RegExp(`version ${NOTICE}`));
    const accept = await page.getByRole('button', { name: 'Accept all' }).boundingBox();
    const reject = await page.getByRole('button', { name: 'Reject all' }).boundingBox();
    assert.ok(accept && reject);
    // Grid columns may differ by a fraction of a pixel; a person sees the same size.
    assert.ok(Math.abs(accept.width - reject.width) < 1 && accept.height === reject.height, 'Accept and Reject are the same size');
    const weights = await page.$$eval('.cookie-banner__actions button', (buttons) => buttons.map((b) => getComputedStyle(b).fontWeight + getComputedStyle(b).backgroundColor));
    assert.equal(new Set(weights).size, 1, 'and the same weight and colour');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(watch.foreignRequests, []);
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });

  it('Reject all hides the banner, sets only the consent cookie and records every optional category off', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);

    await page.getByRole('button', { name: 'Reject all' }).click();
    await banner(page).waitFor({ state: 'detached' });
    assert.match(await page.getByRole('status').innerText(), /saved/);
    const consentId = await consentCookie(context);
    const recorded = await ledger(consentId);
    assert.deepEqual(recorded.categories, { preferences: false, analytics: false, marketing: false });
    assert.equal(recorded.noticeVersion, NOTICE);
    assert.equal(recorded.gpc, false);

    await page.reload();
    assert.equal(await banner(page).count(), 0, 'the decision holds on the next page');
    assert.deepEqual(watch.foreignRequests, []);
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });

  it('honours Global Privacy Control: marketing shown off and locked, and recorded off on Accept all', async () => {
    const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'sec-gpc': '1' } });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);

    await banner(page).getByText('Settings').click();
    const marketing = page.getByRole('switch', { name: 'Marketing' });
    assert.equal(await marketing.isChecked(), false);
    assert.equal(await marketing.isDisabled(), true);
    assert.ok(await page.getByText('Global Privacy Control').isVisible(), 'the page says why');
    assert.equal(await page.getByRole('switch', { name: 'Strictly necessary' }).isDisabled(), true);

    await page.getByRole('button', { name: 'Accept all' }).click();
    await banner(page).waitFor({ state: 'detached' });
    const recorded = await ledger(await consentCookie(context));
    assert.deepEqual(recorded.categories, { preferences: true, analytics: true, marketing: false });
    assert.equal(recorded.gpc, true);
    await context.close();
  });

  it('lets the visitor change a choice on the cookie settings page, as a new decision that supersedes the old', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/cookies`);
    await waitForHydration(page);
    assert.equal(await banner(page).count(), 0, 'the settings page is the form itself');
    assert.match(await page.locator('main').innerText(), /not made a choice/);

    await page.getByRole('switch', { name: 'Analytics' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.getByText('Your choices are saved.').waitFor();
    const first = await consentCookie(context);
    assert.deepEqual((await ledger(first)).categories, { preferences: false, analytics: true, marketing: false });

    await page.getByRole('switch', { name: 'Analytics' }).uncheck();
    await page.getByRole('switch', { name: 'Preferences' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.waitForFunction((previous) => !document.cookie.includes(previous), first);
    const second = await consentCookie(context);
    const recorded = await ledger(second);
    assert.deepEqual(recorded.categories, { preferences: true, analytics: false, marketing: false });
    assert.equal(recorded.supersedes, first, 'the ledger links the change of mind to the earlier decision');
    assert.deepEqual((await ledger(first)).categories, { preferences: false, analytics: true, marketing: false }, 'the earlier decision is untouched');

    await page.reload();
    assert.equal(await page.getByRole('switch', { name: 'Preferences' }).isChecked(), true);
    assert.equal(await page.getByRole('switch', { name: 'Analytics' }).isChecked(), false);
    assert.match(await page.locator('main').innerText(), /is in force/);
    await context.close();
  });

  it('works without JavaScript: the banner posts a plain form and returns the visitor to their page', async () => {
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/designers`);
    assert.ok(await banner(page).isVisible());

    await banner(page).getByText('Settings').click();
    await page.getByRole('switch', { name: 'Preferences' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.waitForURL(`${shop.origin}/designers`);
    assert.equal(await banner(page).count(), 0);
    const recorded = await ledger(await consentCookie(context));
    assert.deepEqual(recorded.categories, { preferences: true, analytics: false, marketing: false });
    await context.close();
  });

  it('Reject all works without JavaScript too', async () => {
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/`);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.waitForURL(`${shop.origin}/`);
    assert.equal(await banner(page).count(), 0);
    const recorded = await ledger(await consentCookie(context));
    assert.deepEqual(recorded.categories, { preferences: false, analytics: false, marketing: false });
    await context.close();
  });

  it('asks again when the decision was made under an earlier notice', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.addCookies([{ name: 'vitrine_consent', value: 'cc_01jd8x2k3m9qv4w7c5n6t8r0ya.2025-01-01', url: shop.origin }]);
    const page = await context.newPage();
    await page.goto(`${shop.origin}/`);
    assert.ok(await banner(page).isVisible());
    await context.close();
  });

  it('is reached by keyboard right after the skip link, and speaks Chinese to Chinese readers', async () => {
    const context = await browser.newContext({ locale: 'zh-HK' });
    const page = await context.newPage();
    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);
    assert.ok(await page.getByRole('region', { name: '你的 Cookie 選擇' }).isVisible());
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // the cookie policy link in the banner
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '全部接受');
    await context.close();
  });
});
