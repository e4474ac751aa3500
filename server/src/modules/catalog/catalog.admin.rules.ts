import { CatalogErrors } from './catalog.errors.ts';

/** Pure rules of the backstage catalogue: slugs, GTINs, list cursors. */

export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const SKU_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

/** A URL slug from a name: lower case, accents dropped, anything else between words a hyphen. */
export function slugify(text: string): string {
  const slug = text.toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80).replace(/-$/, '');
  return slug || 'item';
}

/** The slug itself when free, else the first of `slug-2`, `slug-3` … that is. */
export function firstFreeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/**
 * GS1 check digit: from the right, digits other than the check digit are weighted 3, 1, 3 … and
 * the check digit brings the sum to a multiple of ten. GTIN-8, -12, -13 and -14 all follow it.
 */
export function isValidGtin(gtin: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(gtin)) return false;
  const digits = [...gtin].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

/** The backstage product list is ordered by last change, newest first; its cursor is that key. */
export function encodeAdminCursor(updatedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), id])).toString('base64url');
}

export function decodeAdminCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const updatedAt = new Date(String(at));
    if (typeof id === 'string' && id.length <= 40 && !Number.isNaN(updatedAt.getTime())) return { updatedAt, id };
  } catch {
    // fall through to the refusal below
  }
  throw CatalogErrors.invalid_cursor();
}

/** A category and everything below it, given each category's parent. */
export function subtreeOf(rootId: string, parents: ReadonlyMap<string, string | null>): Set<string> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, parent] of parents) {
      if (parent !== null && result.has(parent) && !result.has(id)) {
        result.add(id);
        grew = true;
      }
    }
  }
  return result;
}
