import type { PlainMessageKey } from "../i18n/translate";

/** The API's codes for parcels and returns as the reader's words; an unknown code has a calm fallback. */
function lookup(table: Readonly<Record<string, PlainMessageKey>>, fallback: PlainMessageKey) {
  return (value: string | null | undefined): PlainMessageKey => (value && Object.hasOwn(table, value) ? table[value]! : fallback);
}

export const parcelStatusLabel = lookup({
  packing: "fulfilment.parcel.status.packing",
  in_transit: "fulfilment.parcel.status.inTransit",
  out_for_delivery: "fulfilment.parcel.status.outForDelivery",
  attempted: "fulfilment.parcel.status.attempted",
  exception: "fulfilment.parcel.status.exception",
  delivered: "fulfilment.parcel.status.delivered",
  refused: "fulfilment.parcel.status.refused",
}, "fulfilment.parcel.status.other");

export const eventLabel = lookup({
  dispatched: "fulfilment.event.dispatched",
  in_transit: "fulfilment.event.inTransit",
  out_for_delivery: "fulfilment.event.outForDelivery",
  attempted: "fulfilment.event.attempted",
  exception: "fulfilment.event.exception",
  delivered: "fulfilment.event.delivered",
  refused: "fulfilment.event.refused",
  address_changed: "fulfilment.event.addressChanged",
}, "fulfilment.event.other");

/** DEL-2: why a parcel was late or not delivered. */
export const delayReasonLabel = lookup({
  customer_information: "fulfilment.reason.customerInformation",
  nobody_to_receive: "fulfilment.reason.nobodyToReceive",
  changed_circumstances: "fulfilment.reason.changedCircumstances",
  force_majeure: "fulfilment.reason.forceMajeure",
  carrier_delay: "fulfilment.reason.carrierDelay",
  warehouse_delay: "fulfilment.reason.warehouseDelay",
  customs_hold: "fulfilment.reason.customsHold",
  damaged_in_transit: "fulfilment.reason.damagedInTransit",
}, "fulfilment.reason.other");

/** DEL-4: who took the parcel. */
export const receiverLabel = lookup({
  consignee: "fulfilment.receiver.consignee",
  reception: "fulfilment.receiver.reception",
  property_management: "fulfilment.receiver.propertyManagement",
  security: "fulfilment.receiver.security",
  proxy: "fulfilment.receiver.proxy",
}, "fulfilment.receiver.other");

/** DEL-5: the document an ID check looked at. */
export const idDocumentLabel = lookup({
  hkid: "fulfilment.document.hkid",
  passport: "fulfilment.document.passport",
  mainland_id: "fulfilment.document.mainlandId",
  other_id: "fulfilment.document.otherId",
}, "fulfilment.document.otherId");

export const returnStatusLabel = lookup({
  requested: "fulfilment.return.status.requested",
  approved: "fulfilment.return.status.approved",
  refused: "fulfilment.return.status.refused",
  in_transit: "fulfilment.return.status.inTransit",
  received: "fulfilment.return.status.received",
  refunded: "fulfilment.return.status.refunded",
  exchanged: "fulfilment.return.status.exchanged",
}, "fulfilment.return.status.other");

export const resolutionLabel = lookup({
  refund: "fulfilment.return.resolution.refund",
  exchange: "fulfilment.return.resolution.exchange",
}, "fulfilment.return.resolution.refund");

/** Carriers' codes as their names; an unknown code is shown as the carrier wrote it. */
const CARRIERS: Readonly<Record<string, string>> = {
  "sf-express": "SF Express",
  dhl: "DHL Express",
  fedex: "FedEx",
  ups: "UPS",
  hongkongpost: "Hongkong Post",
  "hongkong-post": "Hongkong Post",
  ems: "EMS",
};

export function carrierName(code: string): string {
  return CARRIERS[code.toLowerCase()] ?? code;
}
