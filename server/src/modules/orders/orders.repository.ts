import { sql, type Kysely } from 'kysely';
import type { CheckoutDetails, OrderEventRow, OrderLineRow, OrderRow, OrdersTables } from './orders.tables.ts';

type Db = Kysely<OrdersTables>;

/** All SQL of the orders module. */
export const ordersRepository = {
  async nextNumber(db: Db): Promise<bigint> {
    const { rows } = await sql<{ n: bigint }>`select nextval('orders.order_numbers') as n`.execute(db);
    return rows[0]!.n;
  },

  /** The database's own clock: payment deadlines do not depend on any web process's clock (PAY-1). */
  async databaseNow(db: Db): Promise<Date> {
    const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
    return rows[0]!.now;
  },

  async insertOrder(db: Db, order: OrderRow, lines: OrderLineRow[]): Promise<void> {
    await db.insertInto('orders.orders').values({ ...order, consignee: JSON.stringify(order.consignee), promotions: JSON.stringify(order.promotions) } as never).execute();
    await db.insertInto('orders.order_lines').values(lines.map((l) => ({ ...l, snapshot: JSON.stringify(l.snapshot), delivery_estimate: JSON.stringify(l.delivery_estimate) })) as never).execute();
  },

  async addEvent(db: Db, event: OrderEventRow): Promise<void> {
    await db.insertInto('orders.order_events').values({ ...event, detail: JSON.stringify(event.detail) } as never).execute();
  },

  async byId(db: Db, id: string): Promise<OrderRow | undefined> {
    return db.selectFrom('orders.orders').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async lockById(db: Db, id: string): Promise<OrderRow | undefined> {
    return db.selectFrom('orders.orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async numbersOf(db: Db, ids: readonly string[]): Promise<{ id: string; number: string }[]> {
    if (!ids.length) return [];
    return db.selectFrom('orders.orders').select(['id', 'number']).where('id', 'in', ids).execute();
  },

  async byBag(db: Db, bagId: string): Promise<OrderRow | undefined> {
    return db.selectFrom('orders.orders').selectAll().where('bag_id', '=', bagId).executeTakeFirst();
  },

  async byIdempotencyKey(db: Db, key: string): Promise<OrderRow | undefined> {
    return db.selectFrom('orders.orders').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
  },

  async linesOf(db: Db, orderId: string): Promise<OrderLineRow[]> {
    return db.selectFrom('orders.order_lines').selectAll().where('order_id', '=', orderId).orderBy('position').execute();
  },

  async eventsOf(db: Db, orderId: string): Promise<OrderEventRow[]> {
    return db.selectFrom('orders.order_events').selectAll().where('order_id', '=', orderId).orderBy('at').orderBy('id').execute();
  },

  async ordersOfCustomer(db: Db, customerId: string, limit: number): Promise<OrderRow[]> {
    return db.selectFrom('orders.orders').selectAll().where('customer_id', '=', customerId).orderBy('placed_at', 'desc').limit(limit).execute();
  },

  async setPaymentStatus(db: Db, orderId: string, status: OrderRow['payment_status']): Promise<void> {
    await db.updateTable('orders.orders').set({ payment_status: status }).where('id', '=', orderId).execute();
  },

  async cancel(db: Db, orderId: string, reason: string, at: Date): Promise<void> {
    await db.updateTable('orders.orders').set({ status: 'cancelled', cancel_reason: reason, cancelled_at: at }).where('id', '=', orderId).execute();
    await db.updateTable('orders.order_lines').set({ status: 'cancelled', cancelled_at: at }).where('order_id', '=', orderId).where('status', '=', 'offer').execute();
  },

  /** Unpaid orders whose deadline has passed by the database clock, oldest first. */
  async overdueUnpaid(db: Db, limit: number): Promise<string[]> {
    const rows = await db
      .selectFrom('orders.orders')
      .select('id')
      .where('status', '=', 'offer_received')
      .where('payment_status', '=', 'pending')
      .where('payment_deadline_at', '<=', sql<Date>`now()`)
      .orderBy('payment_deadline_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  },

  async draft(db: Db, bagId: string): Promise<CheckoutDetails> {
    return (await db.selectFrom('orders.checkout_drafts').select('details').where('bag_id', '=', bagId).executeTakeFirst())?.details ?? {};
  },

  async saveDraft(db: Db, bagId: string, details: CheckoutDetails, at: Date): Promise<void> {
    await db
      .insertInto('orders.checkout_drafts')
      .values({ bag_id: bagId, details: JSON.stringify(details) as never, updated_at: at })
      .onConflict((oc) => oc.column('bag_id').doUpdateSet({ details: JSON.stringify(details) as never, updated_at: at }))
      .execute();
  },

  async deleteDraft(db: Db, bagId: string): Promise<void> {
    await db.deleteFrom('orders.checkout_drafts').where('bag_id', '=', bagId).execute();
  },
};
