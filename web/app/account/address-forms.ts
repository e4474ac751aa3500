import type { ApiProblem } from "../api/server-api";
import type { Locale } from "../i18n/locales";
import { countryName } from "./address-countries";
import { textField } from "./forms";
import { formErrorsFrom, type FormErrors } from "./problems";

/** An address as the API answers it (GET /api/account/addresses). */
export interface Address {
  id: string;
  label: string | null;
  recipientName: string;
  recipientPhone: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string | null;
  countryCode: string;
  isDefault: boolean;
}

/** An address ready to show: its lines joined as they are written on a parcel, the country named. */
export interface AddressView extends Address {
  lines: string[];
  countryName: string;
}

/** The text fields of the address form, named as the API names them. */
export const ADDRESS_FIELDS = ["label", "recipientName", "recipientPhone", "line1", "line2", "city", "region", "postalCode", "countryCode"] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type AddressValues = Record<AddressField, string> & { isDefault: boolean };

const OPTIONAL_FIELDS: ReadonlySet<AddressField> = new Set(["label", "line2", "region", "postalCode"]);

export function addressView(address: Address, locale: Locale): AddressView {
  const cityLine = [[address.city, address.region].filter(Boolean).join(", "), address.postalCode].filter(Boolean).join(" ");
  return { ...address, lines: [address.line1, address.line2, cityLine].filter((line): line is string => Boolean(line)), countryName: countryName(address.countryCode, locale) };
}

/** What was typed into an address form, kept to refill it when the API refuses it. */
export function addressValuesOf(form: FormData): AddressValues {
  const values = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, textField(form, field)])) as Record<AddressField, string>;
  return { ...values, isDefault: form.get("isDefault") === "on" };
}

/** An address's fields as the edit form starts with them. */
export function addressValuesFrom(address: Address): AddressValues {
  const values = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? ""])) as Record<AddressField, string>;
  return { ...values, isDefault: address.isDefault };
}

/**
 * The API body for a new or changed address. Every field is sent, an emptied optional one as
 * null, so that clearing a field in the edit form clears it in the address book. The default
 * mark is sent only when asked for: the API cannot un-mark a default, only move it.
 */
export function addressBodyOf(values: AddressValues): Record<string, string | boolean | null> {
  const body: Record<string, string | boolean | null> = {};
  for (const field of ADDRESS_FIELDS) body[field] = OPTIONAL_FIELDS.has(field) ? values[field] || null : values[field];
  if (values.isDefault) body.isDefault = true;
  return body;
}

/**
 * A refusal as the address form shows it. The API says `customers.invalid_phone` (or a length
 * rule) for `/recipientPhone`; the account's shared mapping knows it only for the profile's
 * `phone`, so the recipient's phone, the country and emptied required fields are worded here.
 */
export function addressErrorsFrom(problem: ApiProblem | null | undefined): FormErrors {
  const errors = formErrorsFrom(problem, { phone: "recipientPhone" });
  if (problem?.code === "customers.address_not_found") return { form: "addresses.error.notFound", fields: {} };
  for (const issue of problem?.errors ?? []) {
    const field = issue.field.replace(/^\//, "") as AddressField;
    if (field === "recipientPhone") errors.fields.recipientPhone = "account.error.invalidPhone";
    else if (field === "countryCode") errors.fields.countryCode = "addresses.error.country";
    else if (!OPTIONAL_FIELDS.has(field) && (issue.code === "required" || issue.code === "invalid_minLength")) errors.fields[field] = "account.error.required";
  }
  return errors;
}
