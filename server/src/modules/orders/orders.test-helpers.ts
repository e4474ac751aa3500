import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';

/**
 * An open order row with placeholder details, for tests of other modules (payments) that need
 * the shop to know an order without going through a whole checkout.
 */
export async function insertOpenOrder(ctx: Ctx, input: { orderId: string; amount: number; currency: string; method: 'card' | 'bank_transfer' | 'cod' }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.tx.insertInto('orders.orders').values({
    id: input.orderId, number: `T-${input.orderId.slice(-8)}`, customer_id: null, email: 'test@example.com', phone: null,
    consignee: JSON.stringify({ name: 'Test', phone: '+85200000000', isCustomer: true, address: { line1: '1 Test Road', line2: null, city: 'Hong Kong', region: null, postalCode: null, countryCode: 'HK' } }),
    zone: 'HK', currency: input.currency, subtotal: BigInt(input.amount), discount_total: 0n, delivery_method: 'standard', delivery_amount: 0n, duties_estimate: null,
    total: BigInt(input.amount), promotions: '[]', payment_method: input.method, payment_status: 'pending', payment_deadline_at: null, status: 'offer_received',
    cancel_reason: null, bag_id: newId('bag'), idempotency_key: null, guest_access_hash: null, agreement_version: 'test', placed_at: now, cancelled_at: null,
  } as never).onConflict((oc) => oc.column('id').doNothing()).execute();
}
