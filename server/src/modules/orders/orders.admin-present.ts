import type { DeliveryEstimate } from '../inventory/index.ts';
import type { StaffOrderListRow } from './orders.admin-repository.ts';
import type { OrderPayment } from './orders.ports.ts';
import type { StaffOrderDetail } from './use-cases/admin-orders.ts';

const money = (amount: bigint | number, currency: string) => ({ amount: Number(amount), currency });
const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentStaffOrderRow(row: StaffOrderListRow) {
  return {
    id: row.id, number: row.number, placedAt: row.placed_at.toISOString(), customerId: row.customer_id, email: row.email,
    consigneeName: row.consignee_name, zone: row.zone, currency: row.currency, total: money(row.total, row.currency),
    status: row.status, paymentStatus: row.payment_status, paymentMethod: row.payment_method, paymentDeadline: iso(row.payment_deadline_at),
  };
}

/** A promotion as the order recorded it when placed; anything else in that record is left out. */
function presentPromotion(recorded: unknown, currency: string) {
  const p = (recorded ?? {}) as { promotionId?: unknown; name?: unknown; code?: unknown; amount?: unknown };
  return {
    promotionId: typeof p.promotionId === 'string' ? p.promotionId : null,
    name: typeof p.name === 'string' ? p.name : '',
    code: typeof p.code === 'string' ? p.code : null,
    amount: money(typeof p.amount === 'number' ? p.amount : 0, currency),
  };
}

/** PAY-4: of a card, its brand and last four digits only; no e-mail or network address of the payer. */
function presentPayment(payment: OrderPayment) {
  const c = payment.currency;
  return {
    id: payment.id, method: payment.method, status: payment.status,
    amount: money(payment.amount, c), authorised: money(payment.authorisedAmount, c), captured: money(payment.capturedAmount, c), refunded: money(payment.refundedAmount, c),
    card: payment.card ? { brand: payment.card.brand, last4: payment.card.last4 } : null,
    riskScore: payment.riskScore, riskReasons: payment.riskReasons, reviewReason: payment.reviewReason, decisionReason: payment.decisionReason,
    failureReason: payment.failureReason, transferReference: payment.transferReference, latePayment: payment.latePayment,
    deadlineAt: iso(payment.deadlineAt), createdAt: payment.createdAt.toISOString(),
    operations: payment.operations.map((o) => ({ id: o.id, kind: o.kind, amount: money(o.amount, o.currency), outcome: o.outcome, failureReason: o.failure_reason, at: o.created_at.toISOString() })),
  };
}

export function presentStaffOrder({ order, lines, events, payments, locations }: StaffOrderDetail) {
  const c = order.currency;
  return {
    id: order.id, number: order.number, placedAt: order.placed_at.toISOString(), status: order.status, cancelReason: order.cancel_reason,
    cancelledAt: iso(order.cancelled_at), customerId: order.customer_id, email: order.email, phone: order.phone, consignee: order.consignee,
    zone: order.zone, agreementVersion: order.agreement_version, deliveryMethod: order.delivery_method,
    paymentMethod: order.payment_method, paymentStatus: order.payment_status, paymentDeadline: iso(order.payment_deadline_at),
    subtotal: money(order.subtotal, c), discount: money(order.discount_total, c), delivery: money(order.delivery_amount, c),
    dutiesEstimate: order.duties_estimate === null ? null : money(order.duties_estimate, c), total: money(order.total, c),
    promotions: order.promotions.map((p) => presentPromotion(p, c)),
    lines: lines.map((l) => {
      const estimate = l.delivery_estimate as DeliveryEstimate | null;
      return {
        id: l.id, position: l.position, variantId: l.variant_id, productId: l.product_id, productSlug: l.snapshot.productSlug, kind: l.snapshot.kind ?? 'goods',
        name: l.snapshot.name, designer: l.snapshot.designer, sku: l.snapshot.sku, colour: l.snapshot.colour, size: l.snapshot.size,
        material: l.snapshot.material, image: l.snapshot.image, seller: l.snapshot.seller,
        quantity: l.quantity, unitPrice: money(l.unit_price, c), discount: money(l.discount, c), total: money(l.total, c),
        status: l.status, contractedAt: iso(l.contracted_at), deliveredAt: iso(l.delivered_at), cancelledAt: iso(l.cancelled_at),
        estimatedDelivery: estimate ? { shipsFrom: estimate.shipsFrom, daysMin: estimate.daysMin, daysMax: estimate.daysMax, crossBorder: estimate.crossBorder } : null,
        location: { id: l.location_id, name: locations.get(l.location_id) ?? null },
      };
    }),
    history: events.map((e) => ({ id: e.id, kind: e.kind, at: e.at.toISOString(), detail: e.detail })),
    payments: payments.map(presentPayment),
  };
}
