import type { PlainMessageKey } from "../i18n/translate";

/** A customer as the backstage API shows it to staff. */
export interface StaffCustomerView {
  id: string;
  email: string;
  emailVerified: boolean;
  name: string;
  phone: string | null;
  birthDate: string | null;
  locale: string;
  state: string;
  restriction: string | null;
  stateReason: string | null;
  createdAt: string;
}

export const CUSTOMER_STATES = ["active", "restricted", "suspended", "frozen", "closed"] as const;
export type CustomerState = (typeof CUSTOMER_STATES)[number];

export function isCustomerState(value: unknown): value is CustomerState {
  return typeof value === "string" && (CUSTOMER_STATES as readonly string[]).includes(value);
}

const STATE_NAMES: Record<CustomerState, PlainMessageKey> = {
  active: "backstage.customerState.active",
  restricted: "backstage.customerState.restricted",
  suspended: "backstage.customerState.suspended",
  frozen: "backstage.customerState.frozen",
  closed: "backstage.customerState.closed",
};

export function customerStateKey(state: string): PlainMessageKey | undefined {
  return isCustomerState(state) ? STATE_NAMES[state] : undefined;
}

/** Customer ids as the API writes them; anything else is not asked about (and is a 404 here). */
export function isCustomerId(value: unknown): value is string {
  return typeof value === "string" && /^cus_[0-9a-hjkmnp-tv-z]{26}$/.test(value);
}

/** Why staff may open an account as its customer (ACC-6; the API's StaffViewBody); the customer is shown it. */
export const STAFF_VIEW_REASONS = [
  { code: "customer_request", label: "backstage.viewAs.reason.customer_request" },
  { code: "order_support", label: "backstage.viewAs.reason.order_support" },
  { code: "fraud_investigation", label: "backstage.viewAs.reason.fraud_investigation" },
  { code: "legal_request", label: "backstage.viewAs.reason.legal_request" },
  { code: "evidence_preservation", label: "backstage.viewAs.reason.evidence_preservation" },
] as const satisfies readonly { code: string; label: PlainMessageKey }[];
