import { existsSync } from 'node:fs';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * A real, headless Chromium: CHROME_PATH, or Debian's /usr/bin/chromium (which `npm test`
 * installs on a fresh machine when it may). Never skipped silently: without a browser the test
 * fails with the command that fixes it.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Run: sudo apt-get install -y chromium (or set CHROME_PATH).`);
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  after(() => browser.close());
  return browser;
}

/** What a page did that a person would notice or that breaks our promises. */
export interface PageWatch {
  consoleErrors: string[];
  /** Requests to any host other than the shop's own. */
  foreignRequests: string[];
}

export function watchPage(page: Page, shopOrigin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  // The console says only "Failed to load resource"; name the resource.
  page.on('response', (response) => {
    if (response.status() >= 400) watch.consoleErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(shopOrigin) && !url.startsWith('data:')) watch.foreignRequests.push(url);
  });
  return watch;
}

/** True once React has hydrated the server-rendered document (it tags DOM nodes with fibers). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const header = document.querySelector('header');
    return header !== null && Object.keys(header).some((key) => key.startsWith('__reactFiber'));
  });
}
