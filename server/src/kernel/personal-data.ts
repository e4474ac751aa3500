/**
 * The personal-data registry (DESIGN.md PRV-1). Each module declares, in its `<module>.privacy.ts`,
 * every column of its tables that holds personal data: why it is kept, on what legal basis, for
 * how long, who processes it, and what export and erasure do with it. Columns whose names look
 * personal but are not (a brand's name) are declared too, with the reason. A test compares this
 * registry with the live database and fails on any personal-looking column left undeclared.
 */
export type DataCategory =
  | 'identity' // names, date of birth
  | 'contact' // e-mail, phone, postal address
  | 'account' // credentials, account state
  | 'transaction' // orders, payments
  | 'financial' // bank accounts a refund is paid into
  | 'technical' // IP address, user agent, device
  | 'content' // what the person wrote
  | 'preferences' // consents, marketing choices
  | 'communication'; // messages sent to or received from the person

export type LegalBasis = 'contract' | 'consent' | 'legal-obligation' | 'legitimate-interest';

/** What erasure does with the column: remove, mask in place, keep a pseudonym, or keep (tax law). */
export type ErasureRule = 'delete-row' | 'mask' | 'pseudonymise' | 'retain-for-legal-obligation';

export interface PersonalColumn {
  /** `schema.table` */
  table: string;
  column: string;
  category: DataCategory;
  purpose: string;
  legalBasis: LegalBasis;
  /** ISO 8601 duration after the end of the purpose (`P6Y` for tax records), or a rule in words. */
  retention: string;
  /** Registered processors that receive the value (`mail-delivery`), if any. */
  processors: readonly string[];
  /** Included in the data subject's export. */
  exported: boolean;
  erasure: ErasureRule;
}

export interface NotPersonalColumn {
  table: string;
  column: string;
  /** Why a personal-looking name holds no personal data. */
  notPersonal: string;
}

export type ColumnDeclaration = PersonalColumn | NotPersonalColumn;

export function isPersonal(declaration: ColumnDeclaration): declaration is PersonalColumn {
  return !('notPersonal' in declaration);
}

/** Column names that suggest personal data; each must appear in the registry. */
export const PERSONAL_LOOKING_COLUMN = /(^|_)(names?|ip|notes?|dob)(_|$)|e_?mail|phone|mobile|address|user_agent|birth/;
