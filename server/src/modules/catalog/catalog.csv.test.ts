import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidGtin, slugify } from './catalog.admin.rules.ts';
import { CsvSyntaxError, csvLine, parseCsv } from './catalog.csv.ts';

describe('CSV as RFC 4180 writes it', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, numbering records by their first line', () => {
    const text = 'sku,description\r\nA-1,"Soft, supple"\r\nA-2,"The ""Aurore"" bag\nin two lines"\nA-3,plain\n';
    assert.deepEqual(parseCsv(text), [
      { line: 1, fields: ['sku', 'description'] },
      { line: 2, fields: ['A-1', 'Soft, supple'] },
      { line: 3, fields: ['A-2', 'The "Aurore" bag\nin two lines'] },
      { line: 5, fields: ['A-3', 'plain'] },
    ]);
  });

  it('writes what it reads back unchanged', () => {
    const values = ['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', '', '絲巾'];
    assert.deepEqual(parseCsv(csvLine(values) + csvLine(['x', 'y', 'z', '', '', '']))[0]!.fields, values);
    assert.equal(csvLine(['a', 'b,c', null]), 'a,"b,c",\r\n');
  });

  it('skips a byte-order mark and blank lines, keeps empty fields', () => {
    assert.deepEqual(parseCsv('\uFEFFa,b\n\n,\n').map((r) => r.fields), [['a', 'b'], ['', '']]);
  });

  it('names the line of a broken quote', () => {
    assert.throws(() => parseCsv('a,b\nc,"open\n'), (error: CsvSyntaxError) => error.line === 2);
    assert.throws(() => parseCsv('a,b\nc,d"e\n'), (error: CsvSyntaxError) => error.line === 2);
    assert.throws(() => parseCsv('a\n"x"y\n'), (error: CsvSyntaxError) => error.line === 2);
  });
});

describe('catalogue identifiers', () => {
  it('checks GTIN check digits of every length', () => {
    for (const valid of ['4006381333931', '96385074', '036000291452', '10012345678902']) assert.ok(isValidGtin(valid), valid);
    for (const invalid of ['4006381333932', '96385075', '1234567', 'abcdefgh']) assert.ok(!isValidGtin(invalid), invalid);
  });

  it('makes slugs from names in any accent', () => {
    assert.equal(slugify('Sac « Aurèle » — petit modèle'), 'sac-aurele-petit-modele');
    assert.equal(slugify('絲巾'), 'item');
  });
});
