import type { OrderEventRow, OrderLineRow, OrderRow } from './orders.tables.ts';

const money = (amount: bigint, currency: string) => ({ amount: Number(amount), currency });

export function presentSummary(order: OrderRow) {
  return { id: order.id, number: order.number, status: order.status, paymentStatus: order.payment_status, placedAt: order.placed_at.toISOString(), total: money(order.total, order.currency) };
}

export function presentOrder(order: OrderRow, lines: readonly OrderLineRow[], events: readonly OrderEventRow[]) {
  const c = order.currency;
  return {
    id: order.id, number: order.number, status: order.status, paymentStatus: order.payment_status, paymentMethod: order.payment_method,
    paymentDeadline: order.payment_deadline_at?.toISOString() ?? null, placedAt: order.placed_at.toISOString(), email: order.email,
    consignee: order.consignee,
    subtotal: money(order.subtotal, c), discount: money(order.discount_total, c), delivery: money(order.delivery_amount, c),
    dutiesEstimate: order.duties_estimate === null ? null : money(order.duties_estimate, c), total: money(order.total, c),
    lines: lines.map((l) => ({
      id: l.id, name: l.snapshot.name, designer: l.snapshot.designer, sku: l.snapshot.sku, colour: l.snapshot.colour, size: l.snapshot.size,
      material: l.snapshot.material, image: l.snapshot.image, seller: { kind: l.snapshot.seller.kind, name: l.snapshot.seller.name },
      quantity: l.quantity, unitPrice: money(l.unit_price, c), discount: money(l.discount, c), total: money(l.total, c),
      status: l.status, contractedAt: l.contracted_at?.toISOString() ?? null,
    })),
    history: events.map((e) => ({ kind: e.kind, at: e.at.toISOString() })),
  };
}
