import { sql, type Kysely } from 'kysely';
import type { OrderLineRow, OrderRow, OrdersTables } from './orders.tables.ts';

type Db = Kysely<OrdersTables>;

/** The SQL of what happens to lines after the offer: contracts, deliveries, cancellations, returns. */
export const orderLinesRepository = {
  /** The order's lines, locked: two staff members or a customer and staff act on them one at a time. */
  async lockLines(db: Db, orderId: string): Promise<OrderLineRow[]> {
    return db.selectFrom('orders.order_lines').selectAll().where('order_id', '=', orderId).orderBy('position').forUpdate().execute();
  },

  async setLines(db: Db, lineIds: readonly string[], changes: Partial<Pick<OrderLineRow, 'status' | 'contracted_at' | 'cancelled_at' | 'delivered_at' | 'returned_at'>>): Promise<void> {
    if (!lineIds.length) return;
    await db.updateTable('orders.order_lines').set(changes).where('id', 'in', lineIds).execute();
  },

  async setStatus(db: Db, orderId: string, status: OrderRow['status']): Promise<void> {
    await db.updateTable('orders.orders').set({ status }).where('id', '=', orderId).execute();
  },

  async insertLine(db: Db, line: OrderLineRow): Promise<void> {
    await db.insertInto('orders.order_lines').values({ ...line, snapshot: JSON.stringify(line.snapshot), delivery_estimate: JSON.stringify(line.delivery_estimate) } as never).execute();
  },

  async nextPosition(db: Db, orderId: string): Promise<number> {
    const row = await db.selectFrom('orders.order_lines').select((eb) => eb.fn.max('position').as('p')).where('order_id', '=', orderId).executeTakeFirst();
    return Number(row?.p ?? -1) + 1;
  },

  /**
   * Lines waiting to be packed at a location: open offers of orders whose money is secured
   * (an authorised card, a transfer received, cash on delivery), oldest order first.
   */
  async awaitingShipment(db: Db, locationId: string, limit: number) {
    return db.selectFrom('orders.order_lines as l').innerJoin('orders.orders as o', 'o.id', 'l.order_id')
      .select(['l.id', 'l.order_id', 'l.snapshot', 'l.quantity', 'l.location_id', 'o.number', 'o.placed_at', 'o.consignee', 'o.zone'])
      .where('l.location_id', '=', locationId).where('l.status', '=', 'offer')
      // Services are confirmed by staff, never packed.
      .where(sql<string>`l.snapshot->>'kind'`, 'is distinct from', 'service')
      .where('o.status', 'in', ['offer_received', 'partly_shipped']).where('o.payment_status', 'in', ['authorised', 'not_required'])
      .orderBy('o.placed_at').orderBy('l.position').limit(limit).execute();
  },

  /**
   * Delivered orders whose last delivery is older than `cutoff` and that have no return under
   * way: nothing more can happen to them but a staff refund.
   */
  async settledBefore(db: Db, cutoff: Date, limit: number): Promise<string[]> {
    const rows = await db.selectFrom('orders.orders as o').select('o.id')
      .where('o.status', '=', 'delivered')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('orders.order_lines as l').select('l.id').whereRef('l.order_id', '=', 'o.id').where('l.delivered_at', '>=', cutoff))))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('orders.returns as r').select('r.id').whereRef('r.order_id', '=', 'o.id').where('r.status', 'in', ['requested', 'approved', 'in_transit', 'received']))))
      .orderBy('o.placed_at').limit(limit).execute();
    return rows.map((r) => r.id);
  },
};
