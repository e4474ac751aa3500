import type { OrderEventRow, OrderLineRow, OrderRow, ReturnRow } from './orders.tables.ts';

const money = (amount: bigint, currency: string) => ({ amount: Number(amount), currency });

export function presentSummary(order: OrderRow) {
  return { id: order.id, number: order.number, status: order.status, paymentStatus: order.payment_status, placedAt: order.placed_at.toISOString(), total: money(order.total, order.currency) };
}

export function presentReturn(r: ReturnRow & { lineIds: string[] }) {
  return {
    id: r.id, status: r.status, reason: r.reason, resolution: r.resolution, decisionReason: r.decision_reason, carrier: r.carrier, trackingNumber: r.tracking_number,
    refundAmount: r.refund_amount === null ? null : Number(r.refund_amount), lineIds: r.lineIds, requestedAt: r.requested_at.toISOString(),
  };
}

export function presentOrder(order: OrderRow, lines: readonly OrderLineRow[], events: readonly OrderEventRow[], returns: readonly (ReturnRow & { lineIds: string[] })[] = []) {
  const c = order.currency;
  return {
    id: order.id, number: order.number, status: order.status, paymentStatus: order.payment_status, paymentMethod: order.payment_method,
    paymentDeadline: order.payment_deadline_at?.toISOString() ?? null, placedAt: order.placed_at.toISOString(), email: order.email,
    consignee: order.consignee,
    subtotal: money(order.subtotal, c), discount: money(order.discount_total, c), delivery: money(order.delivery_amount, c),
    dutiesEstimate: order.duties_estimate === null ? null : money(order.duties_estimate, c), total: money(order.total, c),
    lines: lines.map((l) => ({
      id: l.id, productSlug: l.snapshot.productSlug, kind: l.snapshot.kind ?? 'goods', name: l.snapshot.name, designer: l.snapshot.designer, sku: l.snapshot.sku, colour: l.snapshot.colour, size: l.snapshot.size,
      material: l.snapshot.material, image: l.snapshot.image, seller: { kind: l.snapshot.seller.kind, name: l.snapshot.seller.name },
      quantity: l.quantity, unitPrice: money(l.unit_price, c), discount: money(l.discount, c), total: money(l.total, c),
      status: l.status, contractedAt: l.contracted_at?.toISOString() ?? null, cancelledAt: l.cancelled_at?.toISOString() ?? null,
      deliveredAt: l.delivered_at?.toISOString() ?? null, returnedAt: l.returned_at?.toISOString() ?? null, exchangeFor: l.exchange_for,
    })),
    history: events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), detail: e.detail })),
    returns: returns.map(presentReturn),
  };
}
