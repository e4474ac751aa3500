import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, testApp } from '../../../tests/support/app.ts';
import { as, latestMail, newCustomer, type Browser } from '../../../tests/support/accounts.ts';
import { startSmtpServer, type ReceivedMail } from '../../../tests/support/smtp.ts';
import { signedIn } from '../access/access.test-helpers.ts';
import { seedLocations, seedProducts } from '../catalog/catalog.test-helpers.ts';

const smtp = await startSmtpServer();
const app = await testApp({ env: { DEMO_PRODUCTS: '0' }, config: { smtpUrl: smtp.url } });
const locations = await seedLocations(app);
const products = await seedProducts(app, locations, [
  { name: 'Silk twill scarf', designer: 'Maison Velour', category: 'Accessories', variants: [{ colour: 'ivory', hkd: 420_000, stock: { HK: 40 } }] },
]);
const scarf = products.get('Silk twill scarf')!.variantIds[0]!;
const manager = await signedIn(app, 'orders@vitrine.localhost');
const address = { line1: '8 Finance Street', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' };
const someoneElse = (email: string) => ({ name: 'Hélène Marceau', phone: '+85291234567', isCustomer: false, email, address });

/** The customer orders the scarf for this consignee, cash on delivery, in this language. */
async function orderFor(customer: Browser, consignee: object, locale: 'en' | 'zh-Hant' = 'en') {
  assert.ok((await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: scarf, quantity: 1 } })).statusCode < 300);
  const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { email: 'amelie@example.com', phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: 'cod' } });
  assert.equal(review.statusCode, 200, review.body);
  const placed = await app.inject({ method: 'POST', url: '/api/checkout/orders', headers: as(customer), payload: { currency: 'HKD', locale, reviewedTotal: review.json().quote.total } });
  assert.equal(placed.statusCode, 201, placed.body);
  return (await app.inject({ url: `/api/account/orders/${placed.json().order.id}`, headers: as(customer) })).json();
}

async function ship(order: { id: string; lines: { id: string }[] }): Promise<{ id: string; consignee: { email?: string } }> {
  const packed = await manager.call('POST', '/api/admin/fulfilment/shipments', { orderId: order.id, locationId: locations.HK, lineIds: order.lines.map((l) => l.id) });
  assert.equal(packed.statusCode, 201, packed.body);
  const dispatched = await manager.call('POST', `/api/admin/fulfilment/shipments/${packed.json().id}/dispatch`, { carrier: 'sf-express', trackingNumber: `CN${Date.now()}${Math.floor(Math.random() * 1e6)}` });
  assert.equal(dispatched.statusCode, 200, dispatched.body);
  return dispatched.json();
}

/** A message as the SMTP server received it: its subject, and its body decoded as a mail reader would. */
function read(mail: ReceivedMail): { subject: string; text: string } {
  const [head = '', ...rest] = mail.raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const body = rest.join('\n\n');
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : encoding === 'quoted-printable' ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
      : body;
  return { subject: /^Subject: (.*)$/im.exec(headers)?.[1] ?? '', text: text.replace(/\r\n/g, '\n') };
}

/** Waits for the consignee's mail whose subject matches to arrive over SMTP. */
const arrived = (to: string, subject: RegExp) => eventually(async () => smtp.received.map((m) => m.to.includes(to) && read(m)).find((m) => m && subject.test(m.subject)), 30_000, `a mail to ${to} about ${subject}`);

describe('telling the consignee about the parcel (ORD-4, DEL-3, DEL-4)', () => {
  it('mails a consignee who gave an e-mail when the parcel leaves, changes address and is delivered, with their link and no price', async () => {
    const customer = await newCustomer(app);
    const order = await orderFor(customer, someoneElse('helene.marceau@example.com'));
    assert.equal(order.consignee.email, 'helene.marceau@example.com', 'the e-mail reaches the order');
    const parcel = await ship(order);
    assert.equal(parcel.consignee.email, 'helene.marceau@example.com', 'and the parcel');
    const price = /HK\$|HKD|4,?200|\d+\.\d{2}/;

    const dispatched = await arrived('helene.marceau@example.com', /A parcel from Vitrine is on its way to you/);
    assert.match(dispatched.text, /Dear Hélène Marceau/);
    assert.match(dispatched.text, /sf-express CN\d+/);
    assert.match(dispatched.text, /customer service can authorise them/);
    assert.doesNotMatch(dispatched.text, price, 'a gift says nothing of what it cost');
    assert.doesNotMatch(dispatched.text, /Silk twill scarf/, 'nor what is inside');
    const link = new URL(/(http\S+\/deliveries\/\S+)/.exec(dispatched.text)![1]!);
    const followed = await app.inject({ url: `/api${link.pathname}${link.search}` });
    assert.equal(followed.statusCode, 200, 'the link opens the parcel for the consignee');
    assert.equal(followed.json().id, parcel.id);
    assert.match((await latestMail(app, 'amelie@example.com', /on their way/))!.text, /We have sent Hélène Marceau this link too/, 'the customer need not forward it');

    const moved = { ...address, line1: '1 Harbour Road', line2: '20/F' };
    const changed = await app.inject({ method: 'POST', url: `/api/account/shipments/${parcel.id}/address`, headers: as(customer), payload: { address: moved } });
    assert.equal(changed.statusCode, 200, changed.body);
    const readdressed = await arrived('helene.marceau@example.com', /new delivery address recorded/);
    assert.match(readdressed.text, /1 Harbour Road\n20\/F/);
    assert.match(readdressed.text, /recorded as the decision of the customer/);
    assert.doesNotMatch(readdressed.text, price);

    const delivered = await manager.call('POST', `/api/admin/fulfilment/shipments/${parcel.id}/events`, { kind: 'delivered', receivedBy: { kind: 'reception', name: 'Mr Chan, front desk' } });
    assert.equal(delivered.statusCode, 200, delivered.body);
    const handed = await arrived('helene.marceau@example.com', /delivered/);
    assert.match(handed.text, /handed to the office reception \(Mr Chan, front desk\)/);
    assert.doesNotMatch(handed.text, price);
  });

  it('writes to the consignee in the order’s language', async () => {
    const order = await orderFor(await newCustomer(app), someoneElse('wei.chan@example.com'), 'zh-Hant');
    await ship(order);
    const mail = await latestMail(app, 'wei.chan@example.com');
    assert.equal(mail?.subject, 'Vitrine 有一個包裹正寄給您');
    assert.match(mail!.text, /可聯絡客戶服務部授權對方/);
  });

  it('refuses a consignee e-mail that is not an address, naming the field', async () => {
    const customer = await newCustomer(app);
    await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId: scarf, quantity: 1 } });
    const refused = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { consignee: someoneElse('helene at home') } });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.ok(refused.json().errors.some((e: { field: string }) => e.field === '/consignee/email'), refused.body);
  });

  it('sends no consignee mail when the customer receives the parcel, even with an e-mail given', async () => {
    const order = await orderFor(await newCustomer(app), { ...someoneElse('own.address@example.com'), isCustomer: true });
    assert.equal(order.consignee.email, undefined, 'the customer’s news go to the contact e-mail only');
    const parcel = await ship(order);
    await manager.call('POST', `/api/admin/fulfilment/shipments/${parcel.id}/events`, { kind: 'delivered', receivedBy: { kind: 'consignee', name: 'Hélène Marceau' } });
    assert.match((await latestMail(app, 'amelie@example.com', /on their way/))!.text, /pass them this link/);
    assert.equal(await latestMail(app, 'own.address@example.com'), undefined);
  });
});
