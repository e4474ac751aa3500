import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { cookieFrom, currentAgreement, latestMail } from '../../server/tests/support/accounts.ts';
import { signInAs } from './support/backstage.ts';
import { launchBrowser, waitForHydration, watchPage } from './support/browser.ts';
import { startShop } from './support/shop.ts';

const shop = await startShop();
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'en-GB' });
after(() => context.close());

/** A guest books the demo salon's styling appointment, to pay at the salon. */
async function guestBooksAppointment(email: string): Promise<{ id: string; number: string; guestLink: string }> {
  const product = (await shop.app.inject('/api/catalog/products/private-styling-appointment')).json();
  const added = await shop.app.inject({ method: 'POST', url: '/api/bag/lines', payload: { variantId: product.variants[0].id, quantity: 1 } });
  const cookie = cookieFrom(added.headers['set-cookie'], 'vitrine_bag');
  const consignee = { name: 'Amélie Laurent', phone: '+85291234567', isCustomer: true, address: { line1: '1 Queen’s Road Central', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };
  const review = await shop.app.inject({ method: 'PATCH', url: '/api/checkout', headers: { cookie }, payload: { email, phone: '+85291234567', consignee, deliveryMethod: 'standard', paymentMethod: 'cod' } });
  assert.equal(review.statusCode, 200, review.body);
  assert.equal(review.json().quote.delivery.amount, 0, 'nothing to deliver');
  const placed = await shop.app.inject({ method: 'POST', url: '/api/checkout/orders', headers: { cookie }, payload: { currency: 'HKD', reviewedTotal: review.json().quote.total, acceptedAgreementVersion: await currentAgreement(shop.app) } });
  assert.equal(placed.statusCode, 201, placed.body);
  return { ...placed.json().order, guestLink: placed.json().guestLink };
}

describe('a service, from its page to the appointment (ORD-2)', () => {
  it('says it is confirmed after the order; staff confirm it with the day agreed, the customer reads it, then it is marked given', async () => {
    const visitor = await context.newPage();
    await visitor.goto(`${shop.origin}/products/private-styling-appointment`);
    await visitor.getByText(/after your order we contact you to agree the day/).waitFor();
    assert.equal(await visitor.getByText('Ships from').count(), 0, 'a service ships from nowhere');

    const order = await guestBooksAppointment('appointment@example.com');
    const guestPage = new URL(order.guestLink);
    await visitor.goto(`${shop.origin}${guestPage.pathname}${guestPage.search}`);
    await visitor.getByText(/we will contact you to agree it/).waitFor();

    const staff = await context.newPage();
    const watch = watchPage(staff, shop.origin);
    await staff.goto(`${shop.origin}/admin/orders/${order.id}`);
    await waitForHydration(staff);
    await signInAs(staff, 'orders@vitrine.localhost');
    await staff.waitForURL(`${shop.origin}/admin/orders/${order.id}`);
    const services = staff.getByRole('region', { name: 'Services' });
    assert.equal(await services.getByRole('checkbox', { name: /Private styling appointment/ }).isChecked(), true, 'the only service is ticked');
    await services.getByLabel('What was agreed').fill('Thursday 10 December, 3 pm, at the salon in Central.');
    await services.getByRole('button', { name: 'Confirm to the customer' }).click();
    await staff.getByText('The services are confirmed: their contract formed, and the customer is told.').waitFor();
    await staff.getByText('Service confirmed: contract formed').waitFor();
    const mail = await latestMail(shop.app, 'appointment@example.com', /your service is confirmed/);
    assert.match(mail!.text, /Thursday 10 December, 3 pm/);

    await visitor.reload();
    await visitor.getByText(/^Confirmed on .*: contract formed$/).waitFor();

    await services.getByRole('button', { name: /Mark Vitrine Atelier — Private styling appointment as given/ }).click();
    await staff.getByText('The service is marked as given.').waitFor();
    assert.equal(await staff.getByRole('region', { name: 'Services' }).count(), 0, 'nothing is left to confirm or give');
    assert.deepEqual(watch.consoleErrors, []);

    await visitor.reload();
    await visitor.getByText(/^Given on /).waitFor();
    assert.equal(await visitor.getByRole('button', { name: /return/i }).count(), 0, 'a service given is not returned');
  });
});
