import { CatalogErrors } from './catalog.errors.ts';
import type { ListingSort } from './catalog.listings.repository.ts';

export type SortName = 'newest' | 'price_asc' | 'price_desc' | 'popular' | 'relevance';

/**
 * Page cursors are opaque to clients: the sort and the last row's sort value and id (keyset
 * pagination, so page 400 costs what page 1 does), or an offset for relevance, which has no key.
 */
export function encodeCursor(sort: SortName, value: string | number | null, id: string, offset: number): string {
  const payload = sort === 'relevance' ? { s: sort, o: offset } : { s: sort, v: value, i: id };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

export function decodeSort(sort: SortName, cursor: string | undefined, currency: string): ListingSort {
  const payload = cursor === undefined ? undefined : parseCursor(cursor);
  if (payload && payload.s !== sort) throw CatalogErrors.invalid_cursor({ detail: 'The cursor belongs to another sort order.' });
  switch (sort) {
    case 'relevance':
      return { by: 'relevance', offset: payload ? nonNegativeInteger(payload.o) : 0 };
    case 'newest':
      return { by: 'newest', after: payload ? [stringValue(payload.v), stringValue(payload.i)] : undefined };
    case 'popular':
      return { by: 'popular', after: payload ? [numberValue(payload.v), stringValue(payload.i)] : undefined };
    case 'price_asc':
    case 'price_desc':
      return { by: sort, currency, after: payload ? [numberValue(payload.v), stringValue(payload.i)] : undefined };
  }
}

function parseCursor(cursor: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object') return value as Record<string, unknown>;
  } catch {
    // fall through to the refusal below
  }
  throw CatalogErrors.invalid_cursor();
}

function stringValue(v: unknown): string {
  if (typeof v !== 'string' || v.length > 100) throw CatalogErrors.invalid_cursor();
  return v;
}

function numberValue(v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw CatalogErrors.invalid_cursor();
  return v;
}

function nonNegativeInteger(v: unknown): number {
  const n = numberValue(v);
  if (n < 0 || n > 10_000) throw CatalogErrors.invalid_cursor();
  return n;
}

/** Sizes in the order a customer reads them: clothing letters, then numbers, then the rest. */
const LETTER_SIZES = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL'];
export function compareSizes(a: string, b: string): number {
  const rank = (s: string) => (LETTER_SIZES.includes(s) ? LETTER_SIZES.indexOf(s) : /^\d/.test(s) ? 100 + Number.parseFloat(s) : 10_000);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** A comma-separated filter parameter as its distinct, non-empty values. */
export function csv(value: string | undefined): string[] | undefined {
  const values = value?.split(',').map((v) => v.trim()).filter(Boolean);
  return values?.length ? [...new Set(values)].slice(0, 50) : undefined;
}
