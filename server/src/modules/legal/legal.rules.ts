import { DOCUMENT_KINDS, LOCALES, type DocumentKind, type DocumentVersionRow, type Locale } from './legal.tables.ts';

/** The documents a customer must have accepted before ordering (ACC-1, ACC-7). */
export const KINDS_REQUIRING_ACCEPTANCE: readonly DocumentKind[] = ['registration-agreement', 'privacy-policy'];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

type Published = Pick<DocumentVersionRow, 'version' | 'effective_at' | 'material'> & { effective_at: Date };

/** The published version with the latest effective date not after `now`, if any. */
export function versionInForce<T extends Published>(published: readonly T[], now: Date): T | undefined {
  let best: T | undefined;
  for (const v of published) {
    if (v.effective_at.getTime() <= now.getTime() && (!best || v.effective_at > best.effective_at)) best = v;
  }
  return best;
}

/**
 * The version a customer's acceptance must reach: the latest version in force that was material,
 * or the first version ever. Accepting it or anything later satisfies the rule; a later
 * non-material change needs no new acceptance, since nothing the customer agreed to changed.
 */
export function acceptanceBaseline<T extends Published>(published: readonly T[], now: Date): T | undefined {
  const inForce = published.filter((v) => v.effective_at.getTime() <= now.getTime()).sort((a, b) => a.effective_at.getTime() - b.effective_at.getTime());
  const material = inForce.filter((v, index) => index === 0 || v.material);
  return material.at(-1);
}

/** Whether the customer's accepted versions cover the baseline of one document. */
export function isAcceptanceDue(published: readonly Published[], acceptedVersions: ReadonlySet<string>, now: Date): boolean {
  const baseline = acceptanceBaseline(published, now);
  if (!baseline) return false;
  return !published.some((v) => acceptedVersions.has(v.version) && v.effective_at >= baseline.effective_at && v.effective_at.getTime() <= now.getTime());
}

/** The body in the asked locale, falling back to English when that translation is missing. */
export function bodyIn(row: Pick<DocumentVersionRow, 'body_en' | 'body_zh_hant' | 'body_zh_hans'>, locale: Locale): { locale: Locale; body: string } {
  const translated = locale === 'zh-Hant' ? row.body_zh_hant : locale === 'zh-Hans' ? row.body_zh_hans : row.body_en;
  return translated ? { locale, body: translated } : { locale: 'en', body: row.body_en };
}

/** Maps a customer's stored locale (`zh-HK`, `zh-CN`, `en-GB` …) to one the shop writes in. */
export function shopLocale(locale: string): Locale {
  if ((LOCALES as readonly string[]).includes(locale)) return locale as Locale;
  if (/^zh\b/i.test(locale)) return /Hant|HK|TW|MO/i.test(locale) ? 'zh-Hant' : 'zh-Hans';
  return 'en';
}
