import { exponentOf, isCurrencyCode } from '../../kernel/money.ts';
import { CatalogErrors } from './catalog.errors.ts';
import { CsvSyntaxError, headerIndex, parseCsv, type CsvRecord } from './catalog.csv.ts';
import type { Locale } from './catalog.tables.ts';

/**
 * The columns of the three catalogue files (documented in docs/catalogue-csv.md). Import and
 * export share these lists, so a file exported can always be imported again.
 */

export const TEXT_FIELDS = ['name', 'description', 'composition', 'care', 'seo_title', 'seo_description'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const LOCALE_COLUMN_SUFFIX: Record<Locale, string> = { en: 'en', 'zh-Hant': 'zh_hant', 'zh-Hans': 'zh_hans' };
export const textColumn = (field: TextField, locale: Locale) => `${field}_${LOCALE_COLUMN_SUFFIX[locale]}`;

export const PRODUCT_FIELD_COLUMNS = ['slug', 'status', 'publish_at', 'designer', 'category', 'seller', 'origin_country', 'size_guide', 'kind'] as const;
export const VARIANT_COLUMNS = ['sku', 'gtin', 'colour', 'size', 'material', 'weight_grams'] as const;
export const PRODUCT_COLUMNS: readonly string[] = [
  ...PRODUCT_FIELD_COLUMNS,
  ...(['en', 'zh-Hant', 'zh-Hans'] as const).flatMap((locale) => TEXT_FIELDS.map((field) => textColumn(field, locale))),
  ...VARIANT_COLUMNS,
];
export const PRODUCT_REQUIRED = ['slug', 'designer', 'category', 'name_en'];

export const PRICE_COLUMNS = ['sku', 'currency', 'amount', 'compare_at'];
export const PRICE_REQUIRED = ['sku', 'currency', 'amount'];
export const STOCK_COLUMNS = ['sku', 'location', 'on_hand'];
export const STOCK_REQUIRED = STOCK_COLUMNS;

/** One problem of an imported file, named by the line on which its record starts. */
export interface RowError {
  line: number;
  field: string;
  code: string;
  message: string;
}

const MAX_ERRORS = 1000;

/** Collects every problem of a file before anything is written; refuses the file if there is one. */
export class RowErrors {
  readonly list: RowError[] = [];

  add(line: number, field: string, message: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push({ line, field, code: 'invalid_row', message });
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const lines = new Set(this.list.map((e) => e.line)).size;
    throw CatalogErrors.import_rejected({
      detail: `${this.list.length} problem${this.list.length === 1 ? '' : 's'} on ${lines} line${lines === 1 ? '' : 's'}; fix them and send the whole file again.`,
      extra: { errors: this.list },
    });
  }
}

/** A data row with its cells by column name; `undefined` for a column the file does not have. */
export interface Row {
  line: number;
  get(column: string): string | undefined;
  has(column: string): boolean;
}

/** Parses a file and checks its header; refuses it at once if either is broken. */
export function readCsvFile(text: string, columns: readonly string[], required: readonly string[]): Row[] {
  const errors = new RowErrors();
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    errors.add(error.line, '', error.message);
    errors.throwIfAny();
    return [];
  }
  if (records.length === 0) {
    errors.add(1, '', 'The file is empty; the first line names the columns.');
    errors.throwIfAny();
  }
  const { index, problems } = headerIndex(records[0]!.fields, columns, required);
  for (const problem of problems) errors.add(records[0]!.line, '', problem);
  for (const record of records.slice(1)) {
    if (record.fields.length !== records[0]!.fields.length) {
      errors.add(record.line, '', `${record.fields.length} fields where the header has ${records[0]!.fields.length}.`);
    }
  }
  errors.throwIfAny();
  return records.slice(1).map((record) => ({
    line: record.line,
    get: (column) => {
      const position = index.get(column);
      return position === undefined ? undefined : record.fields[position]!.trim();
    },
    has: (column) => index.has(column),
  }));
}

/** Minor units as a person writes the amount: 2400000 HKD is "24000.00". */
export function formatMajor(minor: bigint, currency: string): string {
  const exponent = isCurrencyCode(currency) ? exponentOf(currency) : 2;
  if (exponent === 0) return minor.toString();
  const digits = minor.toString().padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
