/** The legal module: versioned agreement and policy documents, and the acceptance ledger (ACC-1, ACC-7). */
export {
  createLegalService,
  LEGAL_MANAGE,
  NOTIFY_MATERIAL_CHANGE_JOB,
  type LegalService,
  type LegalDeps,
  type ListCustomerContacts,
  type CustomerContact,
  type VersionInForce,
  type AcceptanceInput,
  type DraftInput,
  type DraftChanges,
} from './legal.service.ts';
export { legalRoutes } from './legal.routes.ts';
export { legalJobs } from './legal.jobs.ts';
export { legalMigrations } from './migrations/index.ts';
export { legalPersonalData } from './legal.privacy.ts';
export { LegalErrors } from './legal.errors.ts';
export { DOCUMENT_KINDS, LOCALES, type DocumentKind, type Locale, type AcceptanceRow } from './legal.tables.ts';
export { DOCUMENT_TITLES } from './legal.mail.ts';
export { loadDemoLegalDocuments } from './demo-texts/index.ts';
