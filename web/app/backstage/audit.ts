import type { PlainMessageKey } from "../i18n/translate";
import { startOfShopDay } from "./dates";

export interface AuditEvent {
  id: string;
  at: string;
  staffId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: Record<string, unknown>;
}

/** The audit page's filters, as in its address (dates as YYYY-MM-DD, days in the shop's zone). */
export interface AuditFilters {
  staffId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  from: string;
  to: string;
}

const FILTER_NAMES = ["staffId", "action", "subjectType", "subjectId", "from", "to"] as const;

export function auditFiltersOf(params: URLSearchParams): AuditFilters {
  const filters = {} as AuditFilters;
  for (const name of FILTER_NAMES) filters[name] = (params.get(name) ?? "").trim().slice(0, 200);
  return filters;
}

/** The day after a YYYY-MM-DD date: "to 3 March" includes the whole of 3 March. */
function nextDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The API's query for these filters and page. */
export function auditApiQuery(filters: AuditFilters, cursor: string, limit: number): URLSearchParams {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const name of ["staffId", "action", "subjectType", "subjectId"] as const) if (filters[name]) query.set(name, filters[name]);
  if (filters.from) query.set("from", startOfShopDay(filters.from));
  if (filters.to) query.set("to", startOfShopDay(nextDay(filters.to)));
  if (cursor) query.set("cursor", cursor);
  return query;
}

/** The page's own address for these filters (and a cursor, for the next page). */
export function auditPagePath(filters: AuditFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  if (cursor) params.set("cursor", cursor);
  const search = params.toString();
  return search ? `/admin/audit?${search}` : "/admin/audit";
}

/** Actions the backstage records, named for people; an unknown one is shown as its code. */
const ACTION_NAMES: Readonly<Record<string, PlainMessageKey>> = {
  "staff.signed_in": "backstage.audit.action.staff.signed_in",
  "staff.signed_out": "backstage.audit.action.staff.signed_out",
  "staff.created": "backstage.audit.action.staff.created",
  "staff.role_changed": "backstage.audit.action.staff.role_changed",
  "staff.disabled": "backstage.audit.action.staff.disabled",
  "staff.enabled": "backstage.audit.action.staff.enabled",
  "staff.totp_enrolled": "backstage.audit.action.staff.totp_enrolled",
  "staff.totp_reset": "backstage.audit.action.staff.totp_reset",
  "staff.password_changed": "backstage.audit.action.staff.password_changed",
  "customers.listed": "backstage.audit.action.customers.listed",
  "customers.viewed": "backstage.audit.action.customers.viewed",
  "customers.suspended": "backstage.audit.action.customers.suspended",
  "customers.frozen": "backstage.audit.action.customers.frozen",
  "customers.closed": "backstage.audit.action.customers.closed",
  "customers.reactivated": "backstage.audit.action.customers.reactivated",
  "customers.view_as_started": "backstage.audit.action.customers.view_as_started",
  "suppliers.organisation_created": "backstage.audit.action.suppliers.organisation_created",
  "suppliers.user_created": "backstage.audit.action.suppliers.user_created",
  "mail.listed": "backstage.audit.action.mail.listed",
  "mail.read": "backstage.audit.action.mail.read",
  "orders.listed": "backstage.audit.action.orders.listed",
  "orders.viewed": "backstage.audit.action.orders.viewed",
  "payment.method_settings_changed": "backstage.audit.action.payment.method_settings_changed",
  "payment.review_threshold_changed": "backstage.audit.action.payment.review_threshold_changed",
  "payment.reviews_listed": "backstage.audit.action.payment.reviews_listed",
  "payment.review_accepted": "backstage.audit.action.payment.review_accepted",
  "payment.review_cancelled": "backstage.audit.action.payment.review_cancelled",
  "payment.refund_tasks_listed": "backstage.audit.action.payment.refund_tasks_listed",
  "payment.refund_paid_out": "backstage.audit.action.payment.refund_paid_out",
  "fulfilment.shipment_created": "backstage.audit.action.fulfilment.shipment_created",
  "fulfilment.shipment_dispatched": "backstage.audit.action.fulfilment.shipment_dispatched",
  "fulfilment.shipment_cancelled": "backstage.audit.action.fulfilment.shipment_cancelled",
  "fulfilment.proxy_authorised": "backstage.audit.action.fulfilment.proxy_authorised",
  "fulfilment.refusal_classified": "backstage.audit.action.fulfilment.refusal_classified",
  "fulfilment.settings_changed": "backstage.audit.action.fulfilment.settings_changed",
  "orders.lines_cancelled": "backstage.audit.action.orders.lines_cancelled",
  "orders.refunded": "backstage.audit.action.orders.refunded",
  "orders.return_approved": "backstage.audit.action.orders.return_approved",
  "orders.return_refused": "backstage.audit.action.orders.return_refused",
  "orders.return_received": "backstage.audit.action.orders.return_received",
  "orders.return_refunded": "backstage.audit.action.orders.return_refunded",
  "orders.return_exchanged": "backstage.audit.action.orders.return_exchanged",
};

export const KNOWN_ACTIONS = Object.keys(ACTION_NAMES);

export function auditActionKey(action: string): PlainMessageKey | undefined {
  return Object.hasOwn(ACTION_NAMES, action) ? ACTION_NAMES[action] : undefined;
}

/** The event's details as short "name: value" lines (reasons, counts, former states). */
export function detailLines(detail: Record<string, unknown>): string[] {
  return Object.entries(detail)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([name, value]) => `${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
}
