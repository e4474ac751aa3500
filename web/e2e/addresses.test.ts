import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { as, newCustomer } from '../../server/tests/support/accounts.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();

const office = { label: 'Office', recipientName: 'Wei Chen', line1: '18/F, 1 Queen’s Road Central', city: 'Hong Kong', country: 'HK' };
const home = { label: 'Home', recipientName: 'Amélie Laurent', phone: '+44 20 7946 0958', line1: '12 Chester Square', city: 'London', postalCode: 'SW1W 9HH', country: 'GB' };

/** A signed-in customer (made through the API) whose session cookie the browser then carries. */
async function signedInContext(options: { javaScriptEnabled: boolean }) {
  const customer = await newCustomer(shop.app);
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const [name, value] = customer.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: shop.origin }]);
  return { customer, context };
}

async function fillAddress(form: Locator, fields: { label?: string; recipientName?: string; phone?: string; line1?: string; line2?: string; city?: string; postalCode?: string; country?: string }) {
  if (fields.label !== undefined) await form.getByLabel('Label (optional)').fill(fields.label);
  if (fields.recipientName !== undefined) await form.getByLabel('Recipient’s full name').fill(fields.recipientName);
  if (fields.phone !== undefined) await form.getByLabel('Recipient’s phone number').fill(fields.phone);
  if (fields.line1 !== undefined) await form.getByLabel('Address', { exact: true }).fill(fields.line1);
  if (fields.line2 !== undefined) await form.getByLabel('Address, continued (optional)').fill(fields.line2);
  if (fields.city !== undefined) await form.getByLabel('City or district').fill(fields.city);
  if (fields.postalCode !== undefined) await form.getByLabel('Postal code (optional)').fill(fields.postalCode);
  if (fields.country !== undefined) await form.getByLabel('Country or region').selectOption(fields.country);
}

const addForm = (page: Page) => page.getByRole('form', { name: 'Add an address' });
const card = (page: Page, title: string) => page.getByRole('article', { name: new RegExp(`^${title}`) });

/** The titles of the saved addresses in page order, the default one marked. */
async function titles(page: Page): Promise<string[]> {
  return (await page.locator('.address-card__title').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Adds an address with an unusable phone, sees the refusal beside the field, and fixes it. */
async function addOfficeAfterAPhoneRefusal(page: Page): Promise<void> {
  await fillAddress(addForm(page), { ...office, phone: '2123 45' });
  await addForm(page).getByRole('button', { name: 'Save the address' }).click();
  const phone = addForm(page).getByLabel('Recipient’s phone number');
  const error = page.locator('#address-add-recipientPhone-error');
  await error.waitFor();
  assert.equal(await error.innerText(), 'Please enter the number in international format, such as +852 9123 4567.');
  assert.equal(await phone.getAttribute('aria-invalid'), 'true');
  assert.match((await phone.getAttribute('aria-describedby')) ?? '', /address-add-recipientPhone-error/);
  assert.equal(await addForm(page).getByLabel('Label (optional)').inputValue(), 'Office', 'what was typed is kept');
  assert.equal(await addForm(page).getByLabel('Country or region').inputValue(), 'HK');

  await phone.fill('+852 2123 4567');
  await addForm(page).getByRole('button', { name: 'Save the address' }).click();
  await page.getByText('The address is saved.').waitFor();
  assert.deepEqual(await titles(page), ['Office Default'], 'the first address becomes the default');
  const saved = await card(page, 'Office').innerText();
  assert.match(saved, /Wei Chen\n18\/F, 1 Queen’s Road Central\nHong Kong\nHong Kong SAR China/);
  assert.match(saved, /Phone \+85221234567/);
  assert.equal(await addForm(page).getByLabel('Label (optional)').inputValue(), '', 'the add form is empty again');
}

async function addHomeAsDefault(page: Page): Promise<void> {
  await fillAddress(addForm(page), home);
  await addForm(page).getByLabel('Make this my default address').check();
  await addForm(page).getByRole('button', { name: 'Save the address' }).click();
  await page.getByText('The address is saved.').waitFor();
  await card(page, 'Home').waitFor();
  assert.deepEqual(await titles(page), ['Home Default', 'Office'], 'one default at a time, listed first');
  assert.match(await card(page, 'Home').innerText(), /London SW1W 9HH\nUnited Kingdom/);
}

async function editOffice(page: Page): Promise<void> {
  await card(page, 'Office').getByRole('link', { name: 'Edit Office' }).click();
  const edit = page.getByRole('form', { name: 'Edit the address' });
  await edit.waitFor();
  assert.match(page.url(), /\?edit=adr_/);
  assert.equal(await edit.getByLabel('Recipient’s phone number').inputValue(), '+85221234567');
  await fillAddress(edit, { line2: 'Central', city: 'Kowloon' });
  await edit.getByRole('button', { name: 'Save the changes' }).click();
  await page.getByText('Your changes are saved.').waitFor();
  assert.match(await card(page, 'Office').innerText(), /Queen’s Road Central\nCentral\nKowloon\n/);
  assert.equal(await page.getByRole('form', { name: 'Edit the address' }).count(), 0, 'the edit form is closed');
}

async function deleteHome(page: Page): Promise<void> {
  await card(page, 'Home').getByRole('button', { name: 'Delete Home' }).click();
  await card(page, 'Home').getByText('Delete this address? This cannot be undone.').waitFor();
  assert.deepEqual(await titles(page), ['Home Default', 'Office'], 'nothing is deleted before the confirmation');
  await card(page, 'Home').getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByText('The address is deleted.').waitFor();
  assert.deepEqual(await titles(page), ['Office']);
}

async function savedAddresses(customer: Awaited<ReturnType<typeof newCustomer>>) {
  const response = await shop.app.inject({ method: 'GET', url: '/api/account/addresses', headers: as(customer) });
  return response.json().addresses as { label: string; city: string; line2: string | null; isDefault: boolean }[];
}

async function closeAfter(context: BrowserContext, run: () => Promise<void>) {
  try {
    await run();
  } finally {
    await context.close();
  }
}

describe('the address book, in the browser', () => {
  it('adds, corrects, edits, moves the default and deletes addresses', async () => {
    const { customer, context } = await signedInContext({ javaScriptEnabled: true });
    await closeAfter(context, async () => {
      const page = await context.newPage();
      const watch = watchPage(page, shop.origin);
      await page.goto(`${shop.origin}/account`);
      await waitForHydration(page);
      await page.getByRole('navigation', { name: 'Account pages' }).getByRole('link', { name: 'Addresses' }).click();
      await page.getByRole('heading', { name: 'Address book', level: 1 }).waitFor();
      await page.getByText('You have not saved an address yet.').waitFor();

      await addOfficeAfterAPhoneRefusal(page);
      await addHomeAsDefault(page);
      await editOffice(page);
      await deleteHome(page);

      assert.deepEqual(
        (await savedAddresses(customer)).map((a) => [a.label, a.line2, a.city]),
        [['Office', 'Central', 'Kowloon']],
      );
      // The refused phone is the one answer meant to be an error (422, read by the page's script).
      const unexpected = watch.consoleErrors.filter((error) => !/^422 .*\/account\/addresses\.data/.test(error));
      assert.deepEqual(unexpected, []);
      assert.equal(watch.consoleErrors.length - unexpected.length, 1, 'exactly one refused form');
      assert.deepEqual(watch.foreignRequests, []);
    });
  });

  it('works the same without JavaScript', async () => {
    const { customer, context } = await signedInContext({ javaScriptEnabled: false });
    await closeAfter(context, async () => {
      const page = await context.newPage();
      await page.goto(`${shop.origin}/account/addresses`);

      await addOfficeAfterAPhoneRefusal(page);
      await addHomeAsDefault(page);
      await card(page, 'Office').getByRole('button', { name: 'Make default Office' }).click();
      await page.getByText('Your default address has changed.').waitFor();
      assert.deepEqual(await titles(page), ['Office Default', 'Home']);
      await editOffice(page);
      await card(page, 'Home').getByRole('button', { name: 'Delete Home' }).click();
      await card(page, 'Home').getByRole('link', { name: 'Keep it' }).click();
      assert.equal(await card(page, 'Home').getByRole('button', { name: 'Delete Home' }).count(), 1, 'kept');
      await card(page, 'Home').getByRole('button', { name: 'Delete Home' }).click();
      await card(page, 'Home').getByRole('button', { name: 'Yes, delete it' }).click();
      await page.getByText('The address is deleted.').waitFor();
      assert.deepEqual(await titles(page), ['Office Default']);
      assert.equal((await savedAddresses(customer)).length, 1);
    });
  });

  it('names the countries in the reader’s language, the frequent destinations first', async () => {
    const customer = await newCustomer(shop.app);
    await shop.app.inject({ method: 'POST', url: '/api/account/addresses', headers: as(customer), payload: { recipientName: '陳大文', recipientPhone: '+852 9123 4567', line1: '皇后大道中1號', city: '香港', countryCode: 'HK' } });
    const html = await (await fetch(`${shop.origin}/account/addresses`, { headers: { cookie: customer.cookie, 'accept-language': 'zh-HK' } })).text();
    assert.match(html, /<p class="address-card__lines">皇后大道中1號<br\/>香港<br\/>中國香港特別行政區<\/p>/);
    const firstOptions = [...html.matchAll(/<option value="([A-Z]{2})"/g)].slice(0, 12).map((match) => match[1]);
    assert.deepEqual(firstOptions, ['HK', 'CN', 'MO', 'TW', 'SG', 'JP', 'KR', 'GB', 'FR', 'IT', 'US', 'AU']);
    assert.match(html, /<option value="FR">法國<\/option>/);
  });
});
