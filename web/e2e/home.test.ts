import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();

describe('the home page', () => {
  it('arrives rendered from the server, before any script runs', async () => {
    const response = await fetch(`${shop.origin}/`, { headers: { 'accept-language': 'en' } });
    const html = await response.text();
    // Inline scripts run only with this response's nonce; nothing may come from another host.
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    assert.ok(nonce, 'the page has a nonce-based script policy');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0);
    for (const tag of scripts) assert.ok(tag.includes(`nonce="${nonce}"`), `script without the nonce: ${tag}`);
    assert.match(html, /<html lang="en"/);
    assert.match(html, /<header[\s>]/);
    assert.match(html, /<main[\s>]/);
    assert.match(html, /<footer[\s>]/);
    assert.match(html, /Privacy policy/i);
  });

  it('hydrates, switches to Traditional Chinese and back, with no console error and no request elsewhere', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);

    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const englishTitle = await page.title();

    await page.getByRole('link', { name: '繁體中文' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await waitForHydration(page);
    const chineseTitle = await page.title();
    assert.notEqual(chineseTitle, englishTitle);
    assert.match(chineseTitle, /[\u4e00-\u9fff]/, 'the title is in Chinese');
    assert.match(await page.locator('main').innerText(), /[\u4e00-\u9fff]/, 'the page reads in Chinese');
    assert.equal(new URL(page.url()).pathname, '/', 'the switch brings the visitor back to the same page');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('can be used with the keyboard alone: the first Tab reaches “skip to content”', async () => {
    const page = await browser.newPage();
    await page.goto(`${shop.origin}/`);
    await waitForHydration(page);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, href: document.activeElement?.getAttribute('href') }));
    assert.equal(focused.tag, 'A');
    assert.equal(focused.href, '#main');
    await page.close();
  });
});
