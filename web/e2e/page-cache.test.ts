import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

// Long enough for a browser to load the page twice on a slow machine; the staleness test waits it out.
const TTL_MS = 5_000;
const shop = await startShop({ env: { PAGE_CACHE_MS: String(TTL_MS) } });
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'en-GB' });
after(() => context.close());

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${shop.origin}${path}`, { headers: { 'accept-language': 'en', ...headers } });
  const html = await response.text();
  return { status: response.status, cache: response.headers.get('x-page-cache'), nonce: nonceOf(response.headers.get('content-security-policy')), html };
}

async function aProductSlug(): Promise<string> {
  return (await (await fetch(`${shop.origin}/api/catalog/products?limit=1`)).json()).products[0].slug;
}

describe('the page cache for visitors without cookies', () => {
  it('renders a public page once and copies it for the next visitor, each copy with its own nonce', async () => {
    const path = `/products/${await aProductSlug()}`;
    const first = await get(path);
    const second = await get(path);
    assert.deepEqual([first.status, first.cache, second.status, second.cache], [200, 'miss', 200, 'hit']);
    assert.ok(first.nonce && second.nonce && first.nonce !== second.nonce, 'no two responses share a nonce');
    assert.ok(second.html.includes(`nonce="${second.nonce}"`), 'the copy carries its own response’s nonce');
    assert.ok(!second.html.includes(first.nonce!), 'and none of the first one’s');
    assert.equal(second.html.replaceAll(second.nonce!, 'N'), first.html.replaceAll(first.nonce!, 'N'), 'the same page');
  });

  it('renders afresh once the copy is older than its few seconds (CAT-1)', async () => {
    const path = '/search?q=bag';
    assert.equal((await get(path)).cache, 'miss');
    assert.equal((await get(path)).cache, 'hit');
    await sleep(TTL_MS + 200);
    assert.equal((await get(path)).cache, 'miss');
  });

  it('never shares a page with a visitor who has a cookie, nor a private page, and keeps languages apart', async () => {
    const path = `/products/${await aProductSlug()}`;
    await get(path);
    assert.equal((await get(path, { cookie: 'vitrine_currency=USD' })).cache, null, 'a cookie: rendered for this visitor');
    assert.equal((await get('/account/sign-in')).cache, null, 'not a public page');
    const chinese = await get(path, { 'accept-language': 'zh-Hant' });
    assert.equal(chinese.cache, 'miss');
    assert.match(chinese.html, /lang="zh-Hant"/);
  });

  it('serves copies that hydrate under the page’s Content-Security-Policy', async () => {
    const path = `/category/bags`;
    const page = await context.newPage();
    const watch = watchPage(page, shop.origin);
    await page.goto(`${shop.origin}${path}`);
    const response = await page.goto(`${shop.origin}${path}`);
    assert.equal(response?.headers()['x-page-cache'], 'hit');
    await waitForHydration(page);
    assert.deepEqual(watch.consoleErrors, [], 'no script refused by the policy');
  });
});
