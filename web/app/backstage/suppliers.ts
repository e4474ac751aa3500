import type { PlainMessageKey } from "../i18n/translate";

/** A supplier organisation as the backstage API shows it. */
export interface SupplierOrganisation {
  id: string;
  name: string;
  status: "active" | "suspended";
  createdAt: string;
}

/** A person who signs in to the supplier portal for an organisation. */
export interface SupplierUser {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  status: "active" | "disabled";
  createdAt: string;
}

const STATUS_NAMES: Readonly<Record<string, PlainMessageKey>> = {
  active: "backstage.suppliers.status.active",
  suspended: "backstage.suppliers.status.suspended",
  disabled: "backstage.staff.status.disabled",
};

/** The status in the reader's language; one this page does not know yet keeps its code. */
export function supplierStatusKey(status: string): PlainMessageKey | undefined {
  return Object.hasOwn(STATUS_NAMES, status) ? STATUS_NAMES[status] : undefined;
}

/** Supplier organisation ids as the API writes them; anything else is not asked about (a 404 here). */
export function isSupplierId(value: unknown): value is string {
  return typeof value === "string" && /^sup_[0-9a-hjkmnp-tv-z]{26}$/.test(value);
}
