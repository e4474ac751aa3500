import type { Kysely } from 'kysely';
import type { OrdersTables, ReturnRow } from './orders.tables.ts';

type Db = Kysely<OrdersTables>;

/** The SQL of returns and exchanges. */
export const returnsRepository = {
  async insert(db: Db, row: ReturnRow, lines: { order_line_id: string; exchange_variant_id: string | null }[]): Promise<void> {
    await db.insertInto('orders.returns').values(row).execute();
    await db.insertInto('orders.return_lines').values(lines.map((l) => ({ ...l, return_id: row.id }))).execute();
  },

  async lock(db: Db, id: string): Promise<ReturnRow | undefined> {
    return db.selectFrom('orders.returns').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async update(db: Db, id: string, changes: Partial<ReturnRow>): Promise<void> {
    await db.updateTable('orders.returns').set(changes).where('id', '=', id).execute();
  },

  async linesOf(db: Db, returnIds: readonly string[]): Promise<{ return_id: string; order_line_id: string; exchange_variant_id: string | null }[]> {
    if (!returnIds.length) return [];
    return db.selectFrom('orders.return_lines').selectAll().where('return_id', 'in', returnIds).execute();
  },

  /** Of these lines, those in a return that was not refused. */
  async linesInReturns(db: Db, lineIds: readonly string[]): Promise<Set<string>> {
    if (!lineIds.length) return new Set();
    const rows = await db.selectFrom('orders.return_lines as rl').innerJoin('orders.returns as r', 'r.id', 'rl.return_id')
      .select('rl.order_line_id').where('rl.order_line_id', 'in', lineIds).where('r.status', '!=', 'refused').execute();
    return new Set(rows.map((r) => r.order_line_id));
  },

  async ofOrder(db: Db, orderId: string): Promise<ReturnRow[]> {
    return db.selectFrom('orders.returns').selectAll().where('order_id', '=', orderId).orderBy('requested_at').execute();
  },

  /** Returns waiting for staff, oldest first: the backstage's returns queue. */
  async open(db: Db, limit: number): Promise<ReturnRow[]> {
    return db.selectFrom('orders.returns').selectAll().where('status', 'in', ['requested', 'approved', 'in_transit', 'received']).orderBy('requested_at').limit(limit).execute();
  },
};
