/** The checkout and orders as the API answers them (GET /api/checkout, /api/account/orders, /api/orders/:id). */

export type DeliveryMethod = "standard" | "express";
export type PaymentMethod = "card" | "bank_transfer" | "cod";
export type CheckoutStep = "contact" | "address" | "delivery" | "review";

export interface PostalAddress {
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string | null;
  countryCode: string;
}

/** ORD-4: who receives the goods; `isCustomer` false when someone else receives them for the customer. */
export interface Consignee {
  name: string;
  phone: string;
  isCustomer: boolean;
  /** Someone else's own e-mail for the parcel's news (never set when the customer receives it). */
  email?: string;
  address: PostalAddress;
}

export interface CheckoutDetails {
  email?: string;
  phone?: string;
  consignee?: Consignee;
  deliveryMethod?: DeliveryMethod;
  paymentMethod?: PaymentMethod;
}

export interface QuotedPromotion {
  promotionId: string;
  name: string;
  code: string | null;
  applied: boolean;
  amount: number;
  reason: string | null;
}

export interface Quote {
  currency: string;
  subtotal: number;
  discountTotal: number;
  delivery: { method: string; amount: number; freeFrom: number | null; free: boolean } | null;
  duties: { amount: number; estimate: true; note: string } | null;
  total: number;
  promotions: QuotedPromotion[];
  unavailable: { lineId: string; variantId: string; reason: string }[];
}

export interface ReviewLine {
  lineId: string;
  variantId: string;
  quantity: number;
  name: string;
  designer: string;
  sku: string;
  colour: string | null;
  size: string | null;
  material: string | null;
  image: string | null;
  seller: { kind: string; name: string };
  unitPrice: number | null;
  discount: number;
  total: number | null;
}

export interface CheckoutReview {
  details: CheckoutDetails;
  zone: string | null;
  missing: string[];
  /** Each delivery method priced for this bag and destination (empty until the address is known). */
  deliveryOptions: { method: string; amount: number; freeFrom: number | null; free: boolean }[];
  paymentMethods: { method: PaymentMethod; deadlineMinutes: number | null }[];
  /** Guests accept this version of the registration agreement when placing the order; null for customers. */
  agreementVersion: string | null;
  lines: ReviewLine[];
  quote: Quote;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface OrderSummary {
  id: string;
  number: string;
  status: string;
  paymentStatus: string;
  placedAt: string;
  total: Money;
}

export interface OrderLine {
  id: string;
  /** The piece's page: its other sizes and colours are what an exchange may offer. */
  productSlug: string;
  /** A service's contract forms when the shop confirms it; it never ships and is not returned. */
  kind: "goods" | "service";
  name: string;
  designer: string;
  sku: string;
  colour: string | null;
  size: string | null;
  material: string | null;
  image: string | null;
  seller: { kind: string; name: string };
  quantity: number;
  unitPrice: Money;
  discount: Money;
  total: Money;
  status: string;
  contractedAt: string | null;
}

export interface Order {
  id: string;
  number: string;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  paymentDeadline: string | null;
  placedAt: string;
  email: string;
  consignee: Consignee;
  subtotal: Money;
  discount: Money;
  delivery: Money;
  dutiesEstimate: Money | null;
  total: Money;
  lines: OrderLine[];
  history: { kind: string; at: string }[];
}

export type PaymentNext =
  | { kind: "redirect"; url: string }
  | { kind: "instructions"; reference: string; details: Record<string, string | number> }
  | { kind: "none" };

export interface PlacedOrder {
  order: OrderSummary;
  payment: PaymentNext;
  guestLink: string | null;
  replayed: boolean;
}
