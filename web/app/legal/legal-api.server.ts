import type { RouterContextProvider } from "react-router";
import { apiJson } from "../api/server-api";
import type { Locale } from "../i18n/locales";
import type { LegalKind } from "./legal-documents";

export type VersionState = "upcoming" | "in-force" | "superseded";

export interface PublishedVersion {
  kind: LegalKind;
  version: string;
  effectiveAt: string;
  material: boolean;
  summary: string;
  publishedAt: string;
  state: VersionState;
}

export interface PublishedDocument extends PublishedVersion {
  title: string;
  /** The language served: English when the translation asked for is missing. */
  locale: Locale;
  body: string;
}

type Context = Readonly<RouterContextProvider>;

/** The version in force, in the reader's language when translated; null when none is. */
export async function documentInForce(context: Context, kind: LegalKind, locale: Locale): Promise<PublishedDocument | null> {
  const result = await apiJson<PublishedDocument>(context, `/legal/documents/${kind}?${new URLSearchParams({ locale })}`);
  return result.ok ? result.data : notFoundOrThrow(result.status);
}

export async function documentVersion(context: Context, kind: LegalKind, version: string, locale: Locale): Promise<PublishedDocument | null> {
  const path = `/legal/documents/${kind}/versions/${encodeURIComponent(version)}?${new URLSearchParams({ locale })}`;
  const result = await apiJson<PublishedDocument>(context, path);
  return result.ok ? result.data : notFoundOrThrow(result.status);
}

/** Every published version, newest first. */
export async function versionHistory(context: Context, kind: LegalKind): Promise<PublishedVersion[]> {
  const result = await apiJson<PublishedVersion[]>(context, `/legal/documents/${kind}/versions`);
  return result.ok ? result.data : (notFoundOrThrow(result.status) ?? []);
}

function notFoundOrThrow(status: number): null {
  if (status === 404) return null;
  throw new Response(null, { status: 502 });
}
