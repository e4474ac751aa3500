import type { Zone } from '../inventory/index.ts';
import type { LineStatus, OrderStatus } from './orders.tables.ts';

/** Order numbers customers read and quote: V, the year, and a sequence number. */
export function orderNumber(year: number, sequence: bigint): string {
  return `V${year}-${sequence.toString().padStart(6, '0')}`;
}

const ASIA = new Set(['JP', 'KR', 'TW', 'MO', 'SG', 'MY', 'TH', 'VN', 'PH', 'ID', 'IN', 'AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'IL', 'KZ', 'MN', 'KH', 'LA', 'MM', 'BN', 'LK', 'NP', 'BD', 'PK']);

/** DEL-1: the delivery zone of a destination country. */
export function zoneOfCountry(countryCode: string): Zone {
  if (countryCode === 'HK') return 'HK';
  if (countryCode === 'CN') return 'CN';
  return ASIA.has(countryCode) ? 'ASIA' : 'ROW';
}

/** The sum the customer reviewed must be the sum they are asked to pay: nothing else goes through. */
export function sameTotal(reviewed: number, current: number): boolean {
  return Number.isSafeInteger(reviewed) && reviewed === current;
}

/**
 * The order's status follows from its lines (ORD-2): offers until one ships, partly shipped,
 * shipped, delivered when every line that left has arrived; cancelled when no line is left.
 */
export function orderStatusOf(lines: readonly { status: LineStatus; delivered_at: Date | null }[]): OrderStatus {
  const live = lines.filter((l) => l.status !== 'cancelled');
  if (live.length === 0) return 'cancelled';
  const left = live.filter((l) => l.status !== 'offer');
  if (left.length === 0) return 'offer_received';
  if (left.length < live.length) return 'partly_shipped';
  return live.every((l) => l.delivered_at !== null || l.status === 'returned') ? 'delivered' : 'shipped';
}

/**
 * What the customer still owes for an order after some lines were cancelled or returned: the
 * lines still standing (a returned line exchanged for another still stands: the exchange costs
 * nothing), and what is not a line (delivery) while any line stands.
 */
export function amountOwed(order: { total: bigint }, lines: readonly { id: string; status: LineStatus; total: bigint; exchange_for: string | null }[]): number {
  const linesTotal = lines.reduce((sum, l) => sum + l.total, 0n);
  const extras = order.total - linesTotal;
  // An exchange that could not be supplied (cancelled) leaves the returned line to be refunded.
  const exchanged = new Set(lines.flatMap((l) => (l.exchange_for && l.status !== 'cancelled' ? [l.exchange_for] : [])));
  const standing = lines.filter((l) => l.status === 'offer' || l.status === 'contracted' || (l.status === 'returned' && exchanged.has(l.id)));
  if (standing.length === 0) return 0;
  return Number(standing.reduce((sum, l) => sum + l.total, 0n) + (extras > 0n ? extras : 0n));
}
