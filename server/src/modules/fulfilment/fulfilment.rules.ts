/** The fulfilment module's rules, as plain functions of their inputs. */

export type ShipmentStatus = 'packing' | 'in_transit' | 'out_for_delivery' | 'attempted' | 'delivered' | 'refused' | 'exception' | 'cancelled';
export type EventKind = 'in_transit' | 'out_for_delivery' | 'attempted' | 'delivered' | 'refused' | 'exception';

/**
 * DEL-2: why a parcel is late or did not arrive. The first four are on the customer's side or
 * nobody's, and exempt the shop; the others are the shop's or its carrier's.
 */
export const DELAY_REASONS = {
  customer_information: { exempt: true },
  nobody_to_receive: { exempt: true },
  changed_circumstances: { exempt: true },
  force_majeure: { exempt: true },
  carrier_delay: { exempt: false },
  warehouse_delay: { exempt: false },
  customs_hold: { exempt: false },
  damaged_in_transit: { exempt: false },
} as const;
export type DelayReason = keyof typeof DELAY_REASONS;
export const isExempt = (reason: DelayReason): boolean => DELAY_REASONS[reason].exempt;

/** Events that need a reason: something went wrong on the way. */
export const NEEDS_REASON: readonly EventKind[] = ['attempted', 'exception'];

/** DEL-4: who may take a parcel for the consignee. */
export const RECEIVERS = ['consignee', 'reception', 'property_management', 'security', 'proxy'] as const;
export type ReceiverKind = (typeof RECEIVERS)[number];

/** DEL-5: documents an ID check may use; only the type and the last four characters are kept. */
export const ID_DOCUMENTS = ['hkid', 'passport', 'mainland_id', 'other_id'] as const;
export type IdDocument = (typeof ID_DOCUMENTS)[number];

/** DEL-6: why a refusal is the shop's fault, and so does not count against the customer. */
export const JUSTIFICATIONS = ['damaged', 'wrong_item', 'late'] as const;
export type Justification = (typeof JUSTIFICATIONS)[number];

const TERMINAL: readonly ShipmentStatus[] = ['delivered', 'refused', 'cancelled'];
export const isTerminal = (status: ShipmentStatus): boolean => TERMINAL.includes(status);
/** DEL-3: an address can change while the parcel is on its way, not before it leaves nor after. */
export const IN_TRANSIT: readonly ShipmentStatus[] = ['in_transit', 'out_for_delivery', 'attempted', 'exception'];

/**
 * The status a shipment shows after an event. Carrier webhooks arrive late, twice and out of
 * order: an event older than the latest one recorded changes the history, not the status, and
 * nothing moves a parcel out of delivered or refused.
 */
export function statusAfter(current: ShipmentStatus, latestAt: Date | null, event: { kind: EventKind; occurredAt: Date }): ShipmentStatus {
  if (isTerminal(current)) return current;
  if (event.kind === 'delivered' || event.kind === 'refused') return event.kind;
  if (latestAt && event.occurredAt < latestAt) return current;
  return event.kind;
}

/**
 * The delivery window after an event: a failed attempt or an exception pushes it back a day
 * (two for an exception), out for delivery narrows it to the day itself.
 */
export function windowAfter(window: { from: string | null; to: string | null }, kind: EventKind, occurredAt: Date): { from: string | null; to: string | null } {
  const day = occurredAt.toISOString().slice(0, 10);
  const addDays = (date: string | null, days: number) => {
    const base = new Date(`${date && date > day ? date : day}T00:00:00Z`);
    base.setUTCDate(base.getUTCDate() + days);
    return base.toISOString().slice(0, 10);
  };
  switch (kind) {
    case 'out_for_delivery': return { from: day, to: day };
    case 'attempted': return { from: addDays(day, 1), to: addDays(window.to, 1) };
    case 'exception': return { from: addDays(window.from, 2), to: addDays(window.to, 2) };
    default: return window;
  }
}

/** Keeps the last four characters of a document number: enough to tell documents apart, never the number. */
export function documentTail(number: string): string {
  return number.replace(/[^0-9A-Za-z]/g, '').slice(-4).toUpperCase();
}
