import { data } from "react-router";
import { textField } from "../account/forms";
import { SHOP_TIME_ZONE } from "../i18n/locales";
import { isVersionLabel, LEGAL_NAMES, type LegalKind } from "../legal/legal-documents";
import { startOfShopDay } from "./dates";
import { loadStaffResource, type PageArgs } from "./staff-api.server";

/** A version as editors see it, drafts included (the API's EditorVersion). */
export interface EditorVersion {
  kind: LegalKind;
  version: string;
  status: "draft" | "published";
  effectiveAt: string | null;
  material: boolean;
  summary: string;
  bodies: { en: string; "zh-Hant": string | null; "zh-Hans": string | null };
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export const LEGAL_KINDS = Object.keys(LEGAL_NAMES) as LegalKind[];

/** The document named in the address, or a 404. */
export function editorKind(value: string | undefined): LegalKind {
  if (!value || !Object.hasOwn(LEGAL_NAMES, value)) throw data(null, { status: 404 });
  return value as LegalKind;
}

/** Every version of a document, drafts first, then newest first. */
export function loadVersions(args: PageArgs, kind: LegalKind): Promise<EditorVersion[]> {
  return loadStaffResource<EditorVersion[]>(args, `/admin/legal/documents/${kind}/versions`);
}

export async function loadVersion(args: PageArgs, kind: LegalKind, version: string | undefined): Promise<EditorVersion> {
  if (!isVersionLabel(version)) throw data(null, { status: 404 });
  const found = (await loadVersions(args, kind)).find((candidate) => candidate.version === version);
  if (!found) throw data(null, { status: 404 });
  return found;
}

/** The fields of the draft form, as typed (to show them again after a refusal). */
export interface DraftValues {
  version: string;
  effectiveDate: string;
  material: boolean;
  summary: string;
  en: string;
  "zh-Hant": string;
  "zh-Hans": string;
}

export function draftValuesFrom(form: FormData): DraftValues {
  // Bodies are Markdown: kept as typed apart from the trailing blank lines a textarea adds.
  const body = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string).replace(/\s+$/, "") : "");
  return {
    version: textField(form, "version"),
    effectiveDate: textField(form, "effectiveDate"),
    material: form.get("material") === "on",
    summary: textField(form, "summary"),
    en: body("body-en"),
    "zh-Hant": body("body-zh-Hant"),
    "zh-Hans": body("body-zh-Hans"),
  };
}

export function draftValuesOf(version: EditorVersion | undefined): DraftValues {
  return {
    version: "",
    effectiveDate: version?.effectiveAt ? shopDate(version.effectiveAt) : "",
    material: version?.material ?? false,
    summary: "",
    en: version?.bodies.en ?? "",
    "zh-Hant": version?.bodies["zh-Hant"] ?? "",
    "zh-Hans": version?.bodies["zh-Hans"] ?? "",
  };
}

/** The form's effective date (a day, or empty for "when published") as the API wants it. */
export function effectiveAtOf(date: string): string | null {
  return date ? startOfShopDay(date) : null;
}

/** The calendar day of an instant in the shop's zone, as a date input wants it. */
export function shopDate(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

/** The API's body for a new draft, or the changes to one (every field sent: the form shows them all). */
export function draftBody(values: DraftValues) {
  return {
    effectiveAt: effectiveAtOf(values.effectiveDate),
    material: values.material,
    summary: values.summary,
    bodies: { en: values.en, "zh-Hant": values["zh-Hant"] || null, "zh-Hans": values["zh-Hans"] || null },
  };
}

/** API field names onto the form's, so each refusal shows beside its field. */
export const DRAFT_FIELD_NAMES: Readonly<Record<string, string>> = {
  effectiveAt: "effectiveDate",
  bodies: "body-en",
};
