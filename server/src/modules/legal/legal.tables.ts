import type { Selectable } from 'kysely';

export const DOCUMENT_KINDS = ['registration-agreement', 'privacy-policy', 'cookie-policy', 'content-licence'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const LOCALES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

export type VersionStatus = 'draft' | 'published';

export interface DocumentVersionsTable {
  kind: DocumentKind;
  /** The label readers quote (`2026-11-01`), unique per kind. */
  version: string;
  /** Null on a draft means "in force from the moment it is published". */
  effective_at: Date | null;
  material: boolean;
  summary: string;
  body_en: string;
  body_zh_hant: string | null;
  body_zh_hans: string | null;
  status: VersionStatus;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  published_at: Date | null;
  published_by: string | null;
}

export interface AcceptancesTable {
  id: string;
  customer_id: string;
  kind: DocumentKind;
  version: string;
  accepted_at: Date;
  ip: string | null;
  user_agent: string | null;
}

/** One row per batch of material-change mail already sent, so a re-run job sends nothing twice. */
export interface ChangeNoticeBatchesTable {
  kind: DocumentKind;
  version: string;
  batch: number;
  recipients: number;
  sent_at: Date;
}

export interface LegalTables {
  'legal.document_versions': DocumentVersionsTable;
  'legal.acceptances': AcceptancesTable;
  'legal.change_notice_batches': ChangeNoticeBatchesTable;
}

export type DocumentVersionRow = Selectable<DocumentVersionsTable>;
export type AcceptanceRow = Selectable<AcceptancesTable>;
