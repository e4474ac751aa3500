import type { Selectable } from 'kysely';

export type OrderStatus = 'offer_received' | 'cancelled' | 'partly_shipped' | 'shipped' | 'delivered' | 'closed';
export type PaymentStatus = 'pending' | 'authorised' | 'review' | 'failed' | 'voided' | 'refunded' | 'not_required';
export type PaymentMethod = 'card' | 'bank_transfer' | 'cod';
export type LineStatus = 'offer' | 'contracted' | 'cancelled' | 'returned';

export interface PostalAddress {
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string | null;
  countryCode: string;
}

/** ORD-4: the person who receives the goods; when not the customer, they act for the customer. */
export interface Consignee {
  name: string;
  phone: string;
  isCustomer: boolean;
  /** Someone else's own address, given at checkout so the parcel's news reach them too; never the customer's. */
  email?: string;
  address: PostalAddress;
}

export interface LineSnapshot {
  productSlug: string;
  /** Absent on lines placed before services were sold: those are goods. */
  kind?: 'goods' | 'service';
  name: string;
  designer: string;
  colour: string | null;
  size: string | null;
  material: string | null;
  sku: string;
  image: string | null;
  seller: { kind: 'shop' | 'supplier'; id: string | null; name: string };
}

export interface OrdersTable {
  id: string;
  number: string;
  customer_id: string | null;
  email: string;
  phone: string | null;
  consignee: Consignee;
  zone: 'HK' | 'CN' | 'ASIA' | 'ROW';
  currency: string;
  subtotal: bigint;
  discount_total: bigint;
  delivery_method: string;
  delivery_amount: bigint;
  duties_estimate: bigint | null;
  total: bigint;
  promotions: unknown[];
  payment_method: PaymentMethod;
  payment_status: PaymentStatus;
  payment_deadline_at: Date | null;
  status: OrderStatus;
  cancel_reason: string | null;
  bag_id: string;
  idempotency_key: string | null;
  guest_access_hash: string | null;
  agreement_version: string;
  placed_at: Date;
  cancelled_at: Date | null;
  /** The language the customer ordered in: the mails about this order speak it. */
  locale: 'en' | 'zh-Hant' | 'zh-Hans';
}

export interface OrderLinesTable {
  id: string;
  order_id: string;
  position: number;
  variant_id: string;
  product_id: string;
  snapshot: LineSnapshot;
  quantity: number;
  unit_price: bigint;
  discount: bigint;
  total: bigint;
  delivery_estimate: unknown | null;
  location_id: string;
  reservation_id: string;
  status: LineStatus;
  contracted_at: Date | null;
  cancelled_at: Date | null;
  delivered_at: Date | null;
  returned_at: Date | null;
  exchange_for: string | null;
}

export type ReturnStatus = 'requested' | 'approved' | 'refused' | 'in_transit' | 'received' | 'refunded' | 'exchanged';

export interface ReturnsTable {
  id: string;
  order_id: string;
  customer_id: string | null;
  status: ReturnStatus;
  reason: string;
  resolution: 'refund' | 'exchange';
  decision_reason: string | null;
  carrier: string | null;
  tracking_number: string | null;
  refund_amount: bigint | null;
  requested_at: Date;
  decided_at: Date | null;
  received_at: Date | null;
  closed_at: Date | null;
}

export interface ReturnLinesTable {
  return_id: string;
  order_line_id: string;
  exchange_variant_id: string | null;
}

export interface OrderEventsTable {
  id: string;
  order_id: string;
  kind: string;
  detail: Record<string, unknown>;
  at: Date;
}

export interface CheckoutDraftsTable {
  bag_id: string;
  details: CheckoutDetails;
  updated_at: Date;
}

/** What the checkout steps collected so far. */
export interface CheckoutDetails {
  email?: string;
  phone?: string;
  consignee?: Consignee;
  deliveryMethod?: 'standard' | 'express';
  paymentMethod?: PaymentMethod;
}

export interface OrdersTables {
  'orders.orders': OrdersTable;
  'orders.order_lines': OrderLinesTable;
  'orders.order_events': OrderEventsTable;
  'orders.checkout_drafts': CheckoutDraftsTable;
  'orders.returns': ReturnsTable;
  'orders.return_lines': ReturnLinesTable;
}

export type OrderRow = Selectable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
export type OrderEventRow = Selectable<OrderEventsTable>;
export type ReturnRow = Selectable<ReturnsTable>;
