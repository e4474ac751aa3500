import { sql, type Kysely } from 'kysely';
import type { OrderStatus, OrdersTables, PaymentStatus } from './orders.tables.ts';

type Db = Kysely<OrdersTables>;

export interface StaffOrderFilter {
  status?: OrderStatus | undefined;
  paymentStatus?: PaymentStatus | undefined;
  customerId?: string | undefined;
  /** Part of an order number or of an e-mail address, any case. */
  query?: string | undefined;
  /** Placed at or after. */
  from?: Date | undefined;
  /** Placed before. */
  to?: Date | undefined;
  /** The last order of the previous page: this page starts just after it. */
  after?: { placedAt: Date; id: string } | undefined;
  limit: number;
}

/** What the backstage's list shows of an order; the consignee's name only, not the whole address. */
export interface StaffOrderListRow {
  id: string;
  number: string;
  placed_at: Date;
  customer_id: string | null;
  email: string;
  consignee_name: string;
  zone: string;
  currency: string;
  total: bigint;
  status: OrderStatus;
  payment_status: PaymentStatus;
  payment_method: string;
  payment_deadline_at: Date | null;
}

/** LIKE's own characters taken literally: a search for "50%" finds "50%", not everything. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The backstage's SQL over orders: newest first, a page at a time by (placed_at, id). */
export const ordersAdminRepository = {
  async listForStaff(db: Db, filter: StaffOrderFilter): Promise<StaffOrderListRow[]> {
    const pattern = filter.query === undefined ? '' : `%${literal(filter.query)}%`;
    return db
      .selectFrom('orders.orders')
      .select(['id', 'number', 'placed_at', 'customer_id', 'email', 'zone', 'currency', 'total', 'status', 'payment_status', 'payment_method', 'payment_deadline_at'])
      .select(sql<string>`consignee->>'name'`.as('consignee_name'))
      .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
      .$if(filter.paymentStatus !== undefined, (q) => q.where('payment_status', '=', filter.paymentStatus!))
      .$if(filter.customerId !== undefined, (q) => q.where('customer_id', '=', filter.customerId!))
      .$if(filter.query !== undefined, (q) => q.where((eb) => eb.or([eb('number', 'ilike', pattern), eb('email', 'ilike', pattern)])))
      .$if(filter.from !== undefined, (q) => q.where('placed_at', '>=', filter.from!))
      .$if(filter.to !== undefined, (q) => q.where('placed_at', '<', filter.to!))
      .$if(filter.after !== undefined, (q) => q.where(sql<boolean>`(placed_at, id) < (${filter.after!.placedAt}, ${filter.after!.id})`))
      .orderBy('placed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .execute();
  },
};
