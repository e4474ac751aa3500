import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';
import { PrivacyErrors } from './privacy.errors.ts';
import { privacyRepository as repo } from './privacy.repository.ts';
import { applyGlobalPrivacyControl, type CookieCategories } from './privacy.rules.ts';
import type { CookieConsentRow } from './privacy.tables.ts';

export interface CookieDecision {
  noticeVersion: string;
  categories: CookieCategories;
  /** The browser's Sec-GPC signal. */
  gpc: boolean;
  /** The consent this decision replaces, when the visitor changes their mind. */
  supersedes?: string | undefined;
}

export function createPrivacyService() {
  /** Records a cookie decision in the append-only ledger; earlier decisions stay as they were. */
  async function recordCookieConsent(ctx: Ctx, decision: CookieDecision): Promise<CookieConsentRow> {
    if (decision.supersedes && !(await repo.findCookieConsent(ctx.tx, decision.supersedes))) {
      throw PrivacyErrors.superseded_consent_not_found();
    }
    const categories = applyGlobalPrivacyControl(decision.categories, decision.gpc);
    const row: CookieConsentRow = {
      id: newId('cc', ctx.clock.now().getTime()),
      notice_version: decision.noticeVersion,
      ...categories,
      gpc: decision.gpc,
      supersedes: decision.supersedes ?? null,
      decided_at: ctx.clock.now(),
    };
    await repo.insertCookieConsent(ctx.tx, row);
    return row;
  }

  async function getCookieConsent(ctx: Ctx, id: string): Promise<CookieConsentRow> {
    const row = await repo.findCookieConsent(ctx.tx, id);
    if (!row) throw PrivacyErrors.consent_not_found();
    return row;
  }

  return { recordCookieConsent, getCookieConsent };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
