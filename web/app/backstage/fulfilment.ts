import { formErrorsFrom, type FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import type { Consignee } from "../checkout/checkout-types";
import type { PlainMessageKey, Translate } from "../i18n/translate";
import { backstageErrorsFrom } from "./problems";
import type { DeliveryEvent, Shipment as ParcelView } from "../fulfilment/fulfilment-types";

/** The backstage's deliveries API (DEL-2 to DEL-6) and the stock locations parcels are packed at. */
export const FULFILMENT_API = "/admin/fulfilment";
export const PACKING_LOCATIONS_API = "/admin/inventory/packing-locations";

export interface PackingLocation {
  id: string;
  code: string;
  name: string;
  supplierId: string | null;
  active: boolean;
}

/** One order on a location's pick list: its open offers reserved there, paid or cash on delivery. */
export interface PickOrder {
  orderId: string;
  number: string;
  placedAt: string;
  consignee: string;
  destination: string;
  lines: { id: string; name: string; designer: string; sku: string; colour: string | null; size: string | null; image: string | null; quantity: number }[];
}

export type { DeliveryEvent };

/**
 * A parcel as the API shows it to staff (GET /api/admin/fulfilment/shipments/:id): the
 * customer's view of it (one API schema) with what only staff work with.
 */
export interface Shipment extends Omit<ParcelView, "consignee"> {
  locationId: string;
  value: number;
  currency: string;
  idCheckRequired: boolean;
  consignee: Consignee;
}

export interface PendingRefusal {
  id: string;
  shipmentId: string;
  customerId: string | null;
  statedReason: string | null;
  refusedAt: string;
}

export interface FulfilmentSettings {
  /** HKD minor units: parcels worth this much or more need the consignee's ID checked (DEL-5). */
  idCheckFromHkd: number;
  refusalLimit: number;
  refusalPeriodMonths: number;
  returnWindowDays: number;
  carrierWebhookSecret: string;
}

/** A return waiting for staff (GET /api/admin/returns). */
export interface StaffReturn {
  id: string;
  orderId: string;
  orderNumber: string;
  status: string;
  reason: string;
  resolution: string;
  decisionReason: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  refundAmount: number | null;
  lineIds: string[];
  requestedAt: string;
}

const idOf = (prefix: string) => (value: unknown): value is string => typeof value === "string" && new RegExp(`^${prefix}_[0-9a-z]{26}$`).test(value);
export const isShipmentId = idOf("shp");
export const isRefusalId = idOf("ref");
export const isReturnId = idOf("ret");
export const isOrderLineId = idOf("oli");

/** Parcels still open: being packed, or on their way. */
export const IN_TRANSIT = ["in_transit", "out_for_delivery", "attempted", "exception"] as const;
export const isOnTheWay = (status: string) => (IN_TRANSIT as readonly string[]).includes(status);

/** The steps staff record from the phone form; a refusal has a form of its own. */
export const STEP_KINDS = ["in_transit", "out_for_delivery", "attempted", "exception", "delivered"] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export const NEEDS_REASON: readonly string[] = ["attempted", "exception"];

/** DEL-2: the first four exempt the shop (the customer's side, or nobody's); the others are ours or the carrier's. */
export const EXEMPT_REASONS = ["customer_information", "nobody_to_receive", "changed_circumstances", "force_majeure"] as const;
export const SHOP_REASONS = ["carrier_delay", "warehouse_delay", "customs_hold", "damaged_in_transit"] as const;
export const RECEIVERS = ["consignee", "reception", "property_management", "security", "proxy"] as const;
export const ID_DOCUMENTS = ["hkid", "passport", "mainland_id", "other_id"] as const;
export const JUSTIFICATIONS = ["damaged", "wrong_item", "late"] as const;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === "string" && (values as readonly string[]).includes(value);
export const isStepKind = (value: unknown): value is StepKind => isOneOf(STEP_KINDS, value);
export const isJustification = (value: unknown): value is (typeof JUSTIFICATIONS)[number] => isOneOf(JUSTIFICATIONS, value);

/** The API's words as staff read them; an unknown one is shown as its code. */
function lookup(table: Readonly<Record<string, PlainMessageKey>>) {
  return (value: string): PlainMessageKey | undefined => (Object.hasOwn(table, value) ? table[value] : undefined);
}

/** A looked-up word in the reader's language, or the API's code when this page does not know it. */
export function wordOf(t: Translate, key: PlainMessageKey | undefined, code: string): string {
  return key ? t(key) : code;
}

/** "12 Mar 2026" or "12 Mar 2026 to 14 Mar 2026"; null before dispatch gives a window. */
export function windowText(t: Translate, window: { from: string; to: string | null } | null): string | null {
  if (!window) return null;
  return window.to ? t("backstage.fulfilment.window", { from: window.from, to: window.to }) : window.from;
}

export const shipmentStatusKey = lookup({
  packing: "backstage.fulfilment.status.packing",
  in_transit: "backstage.fulfilment.status.in_transit",
  out_for_delivery: "backstage.fulfilment.status.out_for_delivery",
  attempted: "backstage.fulfilment.status.attempted",
  delivered: "backstage.fulfilment.status.delivered",
  refused: "backstage.fulfilment.status.refused",
  exception: "backstage.fulfilment.status.exception",
  cancelled: "backstage.fulfilment.status.cancelled",
});

export const eventKindKey = lookup({
  dispatched: "backstage.fulfilment.event.dispatched",
  in_transit: "backstage.fulfilment.event.in_transit",
  out_for_delivery: "backstage.fulfilment.event.out_for_delivery",
  attempted: "backstage.fulfilment.event.attempted",
  exception: "backstage.fulfilment.event.exception",
  delivered: "backstage.fulfilment.event.delivered",
  refused: "backstage.fulfilment.event.refused",
  address_changed: "backstage.fulfilment.event.address_changed",
});

export const sourceKey = lookup({
  staff: "backstage.shipment.source.staff",
  carrier: "backstage.shipment.source.carrier",
  customer: "backstage.shipment.source.customer",
  consignee: "backstage.shipment.source.consignee",
});

export const reasonKey = lookup({
  customer_information: "backstage.fulfilment.reason.customer_information",
  nobody_to_receive: "backstage.fulfilment.reason.nobody_to_receive",
  changed_circumstances: "backstage.fulfilment.reason.changed_circumstances",
  force_majeure: "backstage.fulfilment.reason.force_majeure",
  carrier_delay: "backstage.fulfilment.reason.carrier_delay",
  warehouse_delay: "backstage.fulfilment.reason.warehouse_delay",
  customs_hold: "backstage.fulfilment.reason.customs_hold",
  damaged_in_transit: "backstage.fulfilment.reason.damaged_in_transit",
});

export const receiverKey = lookup({
  consignee: "backstage.fulfilment.receiver.consignee",
  reception: "backstage.fulfilment.receiver.reception",
  property_management: "backstage.fulfilment.receiver.property_management",
  security: "backstage.fulfilment.receiver.security",
  proxy: "backstage.fulfilment.receiver.proxy",
});

export const documentKey = lookup({
  hkid: "backstage.fulfilment.document.hkid",
  passport: "backstage.fulfilment.document.passport",
  mainland_id: "backstage.fulfilment.document.mainland_id",
  other_id: "backstage.fulfilment.document.other_id",
});

export const justificationKey = lookup({
  damaged: "backstage.refusals.justification.damaged",
  wrong_item: "backstage.refusals.justification.wrong_item",
  late: "backstage.refusals.justification.late",
});

export const returnStatusKey = lookup({
  requested: "backstage.returns.status.requested",
  approved: "backstage.returns.status.approved",
  refused: "backstage.returns.status.refused",
  in_transit: "backstage.returns.status.in_transit",
  received: "backstage.returns.status.received",
  refunded: "backstage.returns.status.refunded",
  exchanged: "backstage.returns.status.exchanged",
});

const CODE_MESSAGES: Readonly<Record<string, { key: PlainMessageKey; field?: string }>> = {
  "fulfilment.order_not_found": { key: "backstage.orders.error.notFound" },
  "fulfilment.shipment_not_found": { key: "backstage.fulfilment.error.shipmentNotFound" },
  "fulfilment.no_lines": { key: "backstage.fulfilment.error.noLines", field: "lineIds" },
  "fulfilment.line_not_shippable": { key: "backstage.fulfilment.error.lineNotShippable" },
  "fulfilment.order_not_payable": { key: "backstage.fulfilment.error.orderNotPayable" },
  "fulfilment.not_packing": { key: "backstage.fulfilment.error.notPacking" },
  "fulfilment.tracking_required": { key: "backstage.fulfilment.error.trackingRequired", field: "trackingNumber" },
  "fulfilment.tracking_taken": { key: "backstage.fulfilment.error.trackingTaken", field: "trackingNumber" },
  "fulfilment.already_closed": { key: "backstage.fulfilment.error.alreadyClosed" },
  "fulfilment.reason_required": { key: "backstage.fulfilment.error.reasonRequired", field: "reason" },
  "fulfilment.id_check_required": { key: "backstage.fulfilment.error.idCheckRequired", field: "idNumber" },
  "fulfilment.proxy_not_authorised": { key: "backstage.fulfilment.error.proxyNotAuthorised", field: "receiverKind" },
  "fulfilment.refusal_not_found": { key: "backstage.refusals.error.notFound" },
  "fulfilment.refusal_classified": { key: "backstage.refusals.error.classified" },
  "fulfilment.justification_required": { key: "backstage.refusals.error.justificationRequired", field: "justification" },
  "orders.order_not_found": { key: "backstage.orders.error.notFound" },
  "orders.line_not_found": { key: "backstage.afterSale.error.lineNotFound", field: "lineIds" },
  "orders.line_already_shipped": { key: "backstage.afterSale.error.lineShipped", field: "lineIds" },
  "orders.not_a_service": { key: "backstage.services.error.notService", field: "lineIds" },
  "orders.service_not_open": { key: "backstage.services.error.notOpen", field: "lineIds" },
  "orders.service_not_confirmed": { key: "backstage.services.error.notConfirmed" },
  "orders.payment_not_secured": { key: "backstage.services.error.paymentNotSecured" },
  "orders.return_not_found": { key: "backstage.returns.error.notFound" },
  "orders.return_wrong_step": { key: "backstage.returns.error.wrongStep" },
  "orders.line_unavailable": { key: "backstage.returns.error.exchangeUnavailable" },
  "orders.exchange_variant_missing": { key: "backstage.returns.error.exchangeUnavailable" },
  "payments.amount_exceeds_captured": { key: "backstage.afterSale.error.exceedsCaptured", field: "amount" },
};

/** A refused fulfilment, return or after-sale form: these codes here, the backstage's and the account pages' as there. */
export function fulfilmentErrorsFrom(problem: ApiProblem | null | undefined, rename: Readonly<Record<string, string>> = {}): FormErrors {
  const known = problem ? CODE_MESSAGES[problem.code] : undefined;
  if (!problem || !known) {
    const errors = backstageErrorsFrom(problem, rename);
    // A reason the schema refused is too short or too long: say so rather than "check this field".
    if (errors.fields.reason) errors.fields.reason = "backstage.afterSale.error.reason";
    return errors;
  }
  const errors = formErrorsFrom({ ...problem, code: "" }, rename);
  if (errors.form === "account.error.generic") delete errors.form;
  if (known.field) {
    errors.fields[known.field] = known.key;
    errors.form ??= "account.error.checkFields";
  } else {
    errors.form = known.key;
  }
  return errors;
}

/** What the phone form asked for, as typed: shown again when it is refused. */
export interface StepValues {
  kind: string;
  reason: string;
  note: string;
  receiverKind: string;
  receiverName: string;
  checkedBy: string;
  idDocument: string;
  idNumber: string;
}

export function readStepForm(form: FormData): StepValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  return {
    kind: text("kind"), reason: text("reason"), note: text("note"), receiverKind: text("receiverKind"), receiverName: text("receiverName"),
    checkedBy: text("checkedBy"), idDocument: text("idDocument"), idNumber: text("idNumber"),
  };
}

/**
 * The API's body for a recorded step, or the fields to correct first. The form carries every
 * field at once (it works without scripts), so only those of the chosen step are sent.
 */
export function stepBody(values: StepValues, idCheckRequired: boolean): { ok: true; body: Record<string, unknown> } | { ok: false; errors: FormErrors } {
  const fields: FormErrors["fields"] = {};
  if (!isStepKind(values.kind)) fields.kind = "backstage.fulfilment.error.kindRequired";
  else if (values.kind !== "delivered") {
    const reason = values.reason && isOneOf([...EXEMPT_REASONS, ...SHOP_REASONS], values.reason) ? values.reason : undefined;
    if (NEEDS_REASON.includes(values.kind) && !reason) fields.reason = "backstage.fulfilment.error.reasonRequired";
    if (values.note.length > 500) fields.note = "backstage.fulfilment.error.noteTooLong";
    if (Object.keys(fields).length === 0) return { ok: true, body: { kind: values.kind, ...(reason && { reason }), ...(values.note && { note: values.note }) } };
  } else {
    if (!isOneOf(RECEIVERS, values.receiverKind)) fields.receiverKind = "backstage.fulfilment.error.receiverRequired";
    if (!values.receiverName || values.receiverName.length > 200) fields.receiverName = "backstage.fulfilment.error.receiverNameRequired";
    const checked = Boolean(values.checkedBy || values.idNumber);
    if (idCheckRequired || checked) {
      if (!values.checkedBy || values.checkedBy.length > 200) fields.checkedBy = "backstage.fulfilment.error.checkedByRequired";
      if (!isOneOf(ID_DOCUMENTS, values.idDocument)) fields.idDocument = "backstage.fulfilment.error.documentRequired";
      if (values.idNumber.length < 4 || values.idNumber.length > 40) fields.idNumber = "backstage.fulfilment.error.idNumberRequired";
    }
    if (Object.keys(fields).length === 0) {
      return {
        ok: true,
        body: {
          kind: "delivered",
          receivedBy: { kind: values.receiverKind, name: values.receiverName },
          ...((idCheckRequired || checked) && { idCheck: { checkedBy: values.checkedBy, document: values.idDocument, number: values.idNumber } }),
        },
      };
    }
  }
  return { ok: false, errors: { form: "account.error.checkFields", fields } };
}
