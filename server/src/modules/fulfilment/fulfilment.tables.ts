import type { Selectable } from 'kysely';
import type { DelayReason, EventKind, IdDocument, Justification, ReceiverKind, ShipmentStatus } from './fulfilment.rules.ts';

export interface ConsigneeSnapshot {
  name: string;
  phone: string;
  isCustomer: boolean;
  /** When someone else receives the parcel and gave an address: they are told of it too. */
  email?: string;
  address: { line1: string; line2: string | null; city: string; region: string | null; postalCode: string | null; countryCode: string };
}

export interface SettingsTable {
  id: boolean;
  id_check_from_hkd: bigint;
  refusal_limit: number;
  refusal_period_months: number;
  return_window_days: number;
  carrier_webhook_secret: string | null;
  updated_at: Date;
}

export interface ShipmentsTable {
  id: string;
  number: string;
  order_id: string;
  customer_id: string | null;
  location_id: string;
  status: ShipmentStatus;
  carrier: string | null;
  tracking_number: string | null;
  value: bigint;
  currency: string;
  value_hkd: bigint;
  id_check_required: boolean;
  consignee: ConsigneeSnapshot;
  consignee_access_hash: string | null;
  estimated_from: string | null;
  estimated_to: string | null;
  authorised_proxy: { name: string; authorisedBy: string; at: string } | null;
  received_by: { kind: ReceiverKind; name: string } | null;
  id_check: { checkedBy: string; document: IdDocument; tail: string } | null;
  created_by: string;
  created_at: Date;
  dispatched_at: Date | null;
  delivered_at: Date | null;
  updated_at: Date;
}

export interface ShipmentLinesTable {
  shipment_id: string;
  order_line_id: string;
  amount: bigint;
}

export interface DeliveryEventsTable {
  id: string;
  shipment_id: string;
  kind: EventKind | 'dispatched' | 'address_changed';
  reason: DelayReason | null;
  exempt: boolean;
  note: string | null;
  source: 'staff' | 'carrier' | 'customer' | 'consignee';
  external_id: string | null;
  occurred_at: Date;
  recorded_at: Date;
}

export interface AddressChangesTable {
  id: string;
  shipment_id: string;
  requested_by: 'customer' | 'consignee';
  previous: ConsigneeSnapshot['address'];
  address: ConsigneeSnapshot['address'];
  at: Date;
}

export interface RefusalsTable {
  id: string;
  shipment_id: string;
  customer_id: string | null;
  stated_reason: string | null;
  classification: 'pending' | 'justified' | 'unjustified';
  justification: Justification | null;
  classified_by: string | null;
  classified_at: Date | null;
  refused_at: Date;
}

export interface FulfilmentTables {
  'fulfilment.settings': SettingsTable;
  'fulfilment.shipments': ShipmentsTable;
  'fulfilment.shipment_lines': ShipmentLinesTable;
  'fulfilment.delivery_events': DeliveryEventsTable;
  'fulfilment.address_changes': AddressChangesTable;
  'fulfilment.refusals': RefusalsTable;
}

export type ShipmentRow = Selectable<ShipmentsTable>;
export type DeliveryEventRow = Selectable<DeliveryEventsTable>;
export type RefusalRow = Selectable<RefusalsTable>;
export type FulfilmentSettings = Selectable<SettingsTable>;
