import type { PlainMessageKey } from "../i18n/translate";

/** The public addresses of the legal documents, and the API's name for each. */
export const LEGAL_SLUGS = {
  agreement: "registration-agreement",
  privacy: "privacy-policy",
  cookies: "cookie-policy",
  "content-licence": "content-licence",
} as const;

export type LegalSlug = keyof typeof LEGAL_SLUGS;
export type LegalKind = (typeof LEGAL_SLUGS)[LegalSlug];

export function isLegalSlug(value: unknown): value is LegalSlug {
  return typeof value === "string" && Object.hasOwn(LEGAL_SLUGS, value);
}

/** /legal/<slug> for a document kind, as the API names it; undefined for a kind we do not show. */
export function legalPathOf(kind: string): string | undefined {
  const slug = (Object.keys(LEGAL_SLUGS) as LegalSlug[]).find((candidate) => LEGAL_SLUGS[candidate] === kind);
  return slug ? `/legal/${slug}` : undefined;
}

/** The document's name in the reader's language, for lists (the page itself shows the API's title). */
export const LEGAL_NAMES: Record<LegalKind, PlainMessageKey> = {
  "registration-agreement": "footer.legal.agreement",
  "privacy-policy": "footer.legal.privacy",
  "cookie-policy": "footer.legal.cookies",
  "content-licence": "footer.legal.contentLicence",
};

export function legalNameOf(kind: string): PlainMessageKey | undefined {
  return Object.hasOwn(LEGAL_NAMES, kind) ? LEGAL_NAMES[kind as LegalKind] : undefined;
}

/** Version labels as the API allows them; anything else is not asked about. */
export function isVersionLabel(value: unknown): value is string {
  return typeof value === "string" && /^[0-9A-Za-z._-]{1,32}$/.test(value);
}
