import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { as, type Browser } from '../../../tests/support/accounts.ts';
import type { signedIn } from '../access/access.test-helpers.ts';
import { postWebhook, sessionOf, signedEvents, submitCard } from '../payments/payments.test-helpers.ts';

export interface PlacedOrder { id: string; number: string; lines: { id: string; kind: string; total: { amount: number }; status: string }[]; total: number }

type Staff = Awaited<ReturnType<typeof signedIn>>;

export const hongKongConsignee = { name: 'Hélène Marceau', phone: '+85291234567', isCustomer: false, address: { line1: '8 Finance Street', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } };

/**
 * A customer orders these variants through the real checkout; a card is authorised through the
 * sandbox, a bank transfer is marked received by staff, cash waits for the door.
 */
export async function orderAndSecurePayment(app: FastifyInstance, staff: Staff, customer: Browser, variantIds: string[], method: 'card' | 'bank_transfer' | 'cod', consignee: object = hongKongConsignee): Promise<PlacedOrder> {
  for (const variantId of variantIds) {
    const added = await app.inject({ method: 'POST', url: '/api/bag/lines', headers: as(customer), payload: { variantId, quantity: 1 } });
    assert.ok(added.statusCode < 300, added.body);
  }
  const review = await app.inject({ method: 'PATCH', url: '/api/checkout', headers: as(customer), payload: { email: 'amelie@example.com', phone: '+85261234567', consignee, deliveryMethod: 'standard', paymentMethod: method } });
  assert.equal(review.statusCode, 200, review.body);
  const placed = await app.inject({ method: 'POST', url: '/api/checkout/orders', headers: as(customer), payload: { currency: 'HKD', reviewedTotal: review.json().quote.total } });
  assert.equal(placed.statusCode, 201, placed.body);
  const { order: summary, payment } = placed.json();
  if (method === 'card') {
    assert.equal((await submitCard(app, payment.url, '4242424242424242')).statusCode, 303);
    for (const event of await signedEvents(app, sessionOf(payment.url))) await postWebhook(app, event);
  }
  if (method === 'bank_transfer') {
    const intent = await app.platform.database.db.selectFrom('payments.intents').select('id').where('order_id', '=', summary.id).executeTakeFirstOrThrow();
    assert.equal((await staff.call('POST', `/api/admin/payments/${intent.id}/transfer-received`)).statusCode, 200);
  }
  const detail = (await app.inject({ url: `/api/account/orders/${summary.id}`, headers: as(customer) })).json();
  return { id: summary.id, number: summary.number, lines: detail.lines, total: detail.total.amount };
}
