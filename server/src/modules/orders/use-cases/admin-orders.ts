import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { ordersAdminRepository as adminRepo, type StaffOrderListRow } from '../orders.admin-repository.ts';
import { OrderErrors } from '../orders.errors.ts';
import type { OrderPayment, OrdersDeps } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';
import type { OrderEventRow, OrderLineRow, OrderRow, OrderStatus, PaymentStatus } from '../orders.tables.ts';

const PERMISSION = 'orders.manage';

export interface StaffOrderQuery {
  status?: OrderStatus | undefined;
  paymentStatus?: PaymentStatus | undefined;
  customerId?: string | undefined;
  query?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  after?: string | undefined;
  limit: number;
}

export interface StaffOrderPage {
  orders: StaffOrderListRow[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  next: string | null;
}

export interface StaffOrderDetail {
  order: OrderRow;
  lines: OrderLineRow[];
  events: OrderEventRow[];
  payments: OrderPayment[];
  locations: Map<string, string>;
}

/**
 * A page of orders for staff, newest first. Orders carry contact details, so every search is
 * written to the audit log with its filters and how many orders it showed (PRV-8).
 */
export async function listOrdersForStaff(ctx: Ctx, deps: OrdersDeps, query: StaffOrderQuery): Promise<StaffOrderPage> {
  requireStaff(ctx.actor, PERMISSION);
  const from = query.from === undefined ? undefined : new Date(query.from);
  const to = query.to === undefined ? undefined : new Date(query.to);
  if (from && to && from >= to) throw OrderErrors.invalid_filter({ detail: '`from` must be before `to`.', fields: [{ field: '/to', code: 'before_from', message: 'Must be after from' }] });
  const text = query.query?.trim() || undefined;
  // One more than asked tells whether another page follows, without counting.
  const rows = await adminRepo.listForStaff(ctx.tx, {
    status: query.status, paymentStatus: query.paymentStatus, customerId: query.customerId, query: text, from, to,
    after: query.after === undefined ? undefined : decodeCursor(query.after), limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  await deps.audit.recordAudit(ctx, {
    action: 'orders.listed', subjectType: 'order', subjectId: '*',
    detail: { query: text ?? null, status: query.status ?? null, paymentStatus: query.paymentStatus ?? null, customerId: query.customerId ?? null, from: query.from ?? null, to: query.to ?? null, count: page.length },
  });
  return { orders: page, next: rows.length > query.limit && last ? encodeCursor(last) : null };
}

/** One order as staff work on it: lines, history, payments and where each line ships from; audited. */
export async function orderForStaff(ctx: Ctx, deps: OrdersDeps, orderId: string): Promise<StaffOrderDetail> {
  requireStaff(ctx.actor, PERMISSION);
  const order = await repo.byId(ctx.tx, orderId);
  if (!order) throw OrderErrors.order_not_found();
  const lines = await repo.linesOf(ctx.tx, orderId);
  const events = await repo.eventsOf(ctx.tx, orderId);
  const payments = await deps.payments.paymentsOfOrder(ctx, orderId);
  const locations = await deps.inventory.listLocations(ctx);
  await deps.audit.recordAudit(ctx, { action: 'orders.viewed', subjectType: 'order', subjectId: orderId, detail: { number: order.number } });
  return { order, lines, events, payments, locations: new Map(locations.map((l) => [l.id, l.name])) };
}

function encodeCursor(row: StaffOrderListRow): string {
  return Buffer.from(JSON.stringify([row.placed_at.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { placedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !/^ord_[0-9a-z]{26}$/.test(id) || Number.isNaN(Date.parse(at))) throw new Error('shape');
    return { placedAt: new Date(at), id };
  } catch {
    throw OrderErrors.invalid_cursor();
  }
}
