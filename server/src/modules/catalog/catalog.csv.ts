/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (LF alone is accepted on
 * reading), a field quoted when it holds a comma, a quote or a line break, quotes inside doubled.
 * Small on purpose: the backstage's import and export need exactly this and no more.
 */

export interface CsvRecord {
  /** The line of the file on which the record starts (1 is the header), for error reports. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/** Reads every record of the text; blank lines are skipped; a byte-order mark is ignored. */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let afterQuote = false;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === ',') endField();
    else if (c === '\n' || (c === '\r' && source[i + 1] === '\n')) {
      if (c === '\r') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"' && field === '' && !afterQuote) quoted = true;
    else if (afterQuote) throw new CsvSyntaxError(line, 'Text follows a closing quote; quotes inside a field are written twice ("").');
    else if (c === '"') throw new CsvSyntaxError(line, 'A quote inside an unquoted field; quote the whole field and write the quote twice.');
    else field += c;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'A quoted field is never closed.');
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return records;
}

/** One field as written: quoted only when it must be. */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its CRLF. */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * The header row of a file checked against the columns a kind of file has: every required column
 * present, none unknown, none twice. Returns each column's position.
 */
export function headerIndex<C extends string>(header: readonly string[], columns: readonly C[], required: readonly C[]): { index: Map<C, number>; problems: string[] } {
  const index = new Map<C, number>();
  const problems: string[] = [];
  header.forEach((raw, position) => {
    const name = raw.trim() as C;
    if (!columns.includes(name)) problems.push(`Unknown column "${raw}".`);
    else if (index.has(name)) problems.push(`Column "${name}" appears twice.`);
    else index.set(name, position);
  });
  for (const name of required) if (!index.has(name)) problems.push(`Required column "${name}" is missing.`);
  return { index, problems };
}
