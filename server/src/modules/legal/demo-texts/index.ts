import { readFileSync } from 'node:fs';
import type { Ctx } from '../../../kernel/context.ts';
import type { LegalService } from '../legal.service.ts';
import { DOCUMENT_KINDS, type DocumentKind, type Locale } from '../legal.tables.ts';

/** The demo shop's first published texts; another shop writes its own in the backstage. */
export const DEMO_VERSION = '2026-11-01';
const EFFECTIVE_AT = new Date('2026-11-01T00:00:00+08:00');

const FILE_SUFFIX: Record<Locale, string> = { en: 'en', 'zh-Hant': 'zh-hant', 'zh-Hans': 'zh-hans' };

function text(kind: DocumentKind, locale: Locale): string {
  return readFileSync(new URL(`./${kind}.${FILE_SUFFIX[locale]}.md`, import.meta.url), 'utf8');
}

/** Publishes version 2026-11-01 of every document, in English and both Chinese scripts. */
export async function loadDemoLegalDocuments(ctx: Ctx, legal: LegalService): Promise<void> {
  for (const kind of DOCUMENT_KINDS) {
    await legal.createDraft(ctx, kind, {
      version: DEMO_VERSION,
      effectiveAt: EFFECTIVE_AT,
      material: true,
      summary: 'First version of this document.',
      bodies: { en: text(kind, 'en'), 'zh-Hant': text(kind, 'zh-Hant'), 'zh-Hans': text(kind, 'zh-Hans') },
    });
    await legal.publish(ctx, kind, DEMO_VERSION);
  }
}
