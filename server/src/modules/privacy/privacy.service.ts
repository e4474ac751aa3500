import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';
import { PrivacyErrors } from './privacy.errors.ts';
import { privacyRepository as repo } from './privacy.repository.ts';
import { applyGlobalPrivacyControl, COOKIE_NOTICE_VERSION, parseConsentCookie, type CookieCategories } from './privacy.rules.ts';
import type { CookieConsentRow } from './privacy.tables.ts';
import { createConsentLedger, type ConsentLedgerDeps } from './use-cases/marketing-consents.ts';

export interface CookieDecision {
  noticeVersion: string;
  categories: CookieCategories;
  /** The browser's Sec-GPC signal. */
  gpc: boolean;
  /** The consent this decision replaces, when the visitor changes their mind. */
  supersedes?: string | undefined;
  /** The consent cookie the browser already holds, if any: a new decision supersedes it. */
  previousCookie?: string | undefined;
}

export interface CookieNotice {
  version: string;
}

export interface PrivacyDeps extends ConsentLedgerDeps {
  /** The version in force of the cookie policy (the legal module's document). */
  cookiePolicyVersion(ctx: Ctx): Promise<string | undefined>;
}

export function createPrivacyService(deps: PrivacyDeps) {
  /** The cookie notice in force: the published cookie policy, or the built-in notice before any is published. */
  async function currentCookieNotice(ctx: Ctx): Promise<CookieNotice> {
    return { version: (await deps.cookiePolicyVersion(ctx)) ?? COOKIE_NOTICE_VERSION };
  }

  /**
   * Records a cookie decision in the append-only ledger; earlier decisions stay as they were.
   * Only a decision made under the notice in force counts, and a browser that already held a
   * decision links the new one to it, so the ledger shows each change of mind.
   */
  async function recordCookieConsent(ctx: Ctx, decision: CookieDecision): Promise<CookieConsentRow> {
    const notice = await currentCookieNotice(ctx);
    if (decision.noticeVersion !== notice.version) {
      throw PrivacyErrors.unknown_notice_version({ detail: `The cookie notice in force is version ${notice.version}; reload it and decide again.` });
    }
    if (decision.supersedes && !(await repo.findCookieConsent(ctx.tx, decision.supersedes))) {
      throw PrivacyErrors.superseded_consent_not_found();
    }
    const supersedes = decision.supersedes ?? (await decisionInCookie(ctx, decision.previousCookie))?.id ?? null;
    const categories = applyGlobalPrivacyControl(decision.categories, decision.gpc);
    const row: CookieConsentRow = {
      id: newId('cc', ctx.clock.now().getTime()),
      notice_version: decision.noticeVersion,
      ...categories,
      gpc: decision.gpc,
      supersedes,
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

  /** The decision a consent cookie points to, whatever notice it was made under; the cookie must match the ledger. */
  async function getCookieConsentFromCookie(ctx: Ctx, cookie: string | undefined): Promise<CookieConsentRow> {
    const row = await decisionInCookie(ctx, cookie);
    if (!row) throw PrivacyErrors.consent_not_found({ detail: 'This browser holds no cookie decision.' });
    return row;
  }

  /** A cookie whose version differs from the ledger's record was not written by us: it proves nothing. */
  async function decisionInCookie(ctx: Ctx, cookie: string | undefined): Promise<CookieConsentRow | undefined> {
    const parsed = parseConsentCookie(cookie);
    if (!parsed) return undefined;
    const row = await repo.findCookieConsent(ctx.tx, parsed.consentId);
    return row?.notice_version === parsed.noticeVersion ? row : undefined;
  }

  return {
    currentCookieNotice,
    recordCookieConsent,
    getCookieConsent,
    getCookieConsentFromCookie,
    /** The browser's cookie decision, or undefined when it holds none the ledger confirms. */
    cookieDecisionOf: decisionInCookie,
    // Marketing opt-ins per channel, the guardian's consent, one-click unsubscribe (MKT-3, ACC-2).
    ...createConsentLedger(deps),
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
