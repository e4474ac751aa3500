import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { PrivacyErrors } from '../privacy.errors.ts';
import { privacyRepository as repo } from '../privacy.repository.ts';
import { changedChannels, MARKETING_CHANNELS, marketingGrantBlock, type AccountStanding, type Channel, type MarketingChoices } from '../privacy.rules.ts';
import type { MarketingConsentRow, MarketingSource } from '../privacy.tables.ts';
import { signUnsubscribeToken, unsubscribeKey, verifyUnsubscribeToken } from '../unsubscribe-tokens.ts';

export interface ConsentLedgerDeps {
  /** The privacy policy version in force (the legal module's document): the notice a choice is made under. */
  privacyPolicyVersion(ctx: Ctx): Promise<string | undefined>;
  /** The account's state, from the customers module. */
  accountStanding(ctx: Ctx, customerId: string): Promise<AccountStanding>;
  /** The shop's public address, for unsubscribe links. */
  publicUrl: string;
}

export interface ChannelState {
  granted: boolean;
  /** When the decision in force was made; null when the customer never decided (off). */
  decidedAt: Date | null;
  noticeVersion: string | null;
}

export interface GuardianDecisionEntry {
  customerId: string;
  guardianEmail: string;
  decision: 'confirmed' | 'withdrawn';
}

const HISTORY_LIMIT = 100;
const UNSUBSCRIBE_SECRET = 'unsubscribe_secret';

/** The marketing and guardian consent ledgers (MKT-3, ACC-2), and one-click unsubscribe (RFC 8058). */
export function createConsentLedger(deps: ConsentLedgerDeps) {
  // The stored secret never changes, so once read it is kept; it is read again only until then.
  let signingKey: Buffer | undefined;
  async function key(ctx: Ctx): Promise<Buffer> {
    if (signingKey) return signingKey;
    const secret = await repo.setting(ctx.tx, UNSUBSCRIBE_SECRET);
    if (!secret) throw new Error('privacy.settings has no unsubscribe secret: run the migrations');
    signingKey = unsubscribeKey(secret);
    return signingKey;
  }

  /** Each channel's decision in force; a channel never decided is off (opt-in). */
  async function marketingChoices(ctx: Ctx, customerId: string): Promise<Record<Channel, ChannelState>> {
    const latest = await repo.latestMarketingConsents(ctx.tx, customerId);
    const state = {} as Record<Channel, ChannelState>;
    for (const channel of MARKETING_CHANNELS) {
      const row = latest.find((r) => r.channel === channel);
      state[channel] = { granted: row?.granted ?? false, decidedAt: row?.decided_at ?? null, noticeVersion: row?.notice_version ?? null };
    }
    return state;
  }

  /**
   * Appends a row for each channel whose value changes; unchanged channels add nothing. A request
   * that turns any channel on is refused as a whole for a minor awaiting their guardian or an
   * account that is not open (ACC-2); one that only turns channels off always succeeds.
   */
  async function recordMarketingChoices(ctx: Ctx, customerId: string, choices: MarketingChoices, source: MarketingSource): Promise<MarketingConsentRow[]> {
    // Two changes at once for one customer must each see the other's result.
    await repo.lockMarketingChoices(ctx.tx, customerId);
    const current = await marketingChoices(ctx, customerId);
    const changes = changedChannels(Object.fromEntries(MARKETING_CHANNELS.map((c) => [c, current[c].granted])), choices);
    if (changes.length === 0) return [];
    if (changes.some((change) => change.granted)) await ensureMayGrant(ctx, customerId);
    const now = ctx.clock.now();
    const noticeVersion = (await deps.privacyPolicyVersion(ctx)) ?? null;
    const rows = changes.map(({ channel, granted }) => ({
      id: newId('mc', now.getTime()),
      customer_id: customerId,
      channel,
      granted,
      notice_version: noticeVersion,
      source,
      decided_at: now,
    }));
    await repo.insertMarketingConsents(ctx.tx, rows);
    return repo.marketingConsentHistory(ctx.tx, customerId, rows.length);
  }

  async function ensureMayGrant(ctx: Ctx, customerId: string): Promise<void> {
    const block = marketingGrantBlock(await deps.accountStanding(ctx, customerId));
    if (block === 'guardian_pending') throw PrivacyErrors.marketing_needs_guardian_consent();
    if (block) throw PrivacyErrors.marketing_not_allowed();
  }

  /**
   * ACC-2: a guardian's decision, appended to the guardian ledger. A withdrawal also withdraws
   * every marketing channel the account had granted: the consent it rested on is gone.
   */
  async function recordGuardianDecision(ctx: Ctx, entry: GuardianDecisionEntry): Promise<void> {
    const now = ctx.clock.now();
    await repo.insertGuardianConsent(ctx.tx, { id: newId('gc', now.getTime()), customer_id: entry.customerId, guardian_email: entry.guardianEmail, decision: entry.decision, decided_at: now });
    if (entry.decision === 'withdrawn') {
      await recordMarketingChoices(ctx, entry.customerId, Object.fromEntries(MARKETING_CHANNELS.map((c) => [c, false])), 'guardian_withdrawal');
    }
  }

  /** Everything the customer's privacy page shows about their consents. */
  async function consentOverview(ctx: Ctx, customerId: string) {
    return {
      marketing: await marketingChoices(ctx, customerId),
      grantBlock: marketingGrantBlock(await deps.accountStanding(ctx, customerId)) ?? null,
      history: await repo.marketingConsentHistory(ctx.tx, customerId, HISTORY_LIMIT),
      guardian: await repo.guardianConsentsOf(ctx.tx, customerId),
    };
  }

  /** One-click unsubscribe: the token names the customer and channel; it takes effect at once. */
  async function unsubscribe(ctx: Ctx, token: string): Promise<{ channel: Channel }> {
    const subject = verifyUnsubscribeToken(await key(ctx), token);
    if (!subject) throw PrivacyErrors.unsubscribe_link_invalid();
    await recordMarketingChoices(ctx, subject.customerId, { [subject.channel]: false }, 'unsubscribe_link');
    return { channel: subject.channel };
  }

  /** The unsubscribe page for the visible link in a marketing message's footer. */
  async function unsubscribeLink(ctx: Ctx, customerId: string, channel: Channel = 'email'): Promise<string> {
    return `${deps.publicUrl}/unsubscribe/${signUnsubscribeToken(await key(ctx), customerId, channel)}`;
  }

  /**
   * The RFC 8058 headers every marketing e-mail carries: receivers POST `List-Unsubscribe=One-Click`
   * to the URL, with no cookies, and the customer is unsubscribed from e-mail at once.
   */
  async function unsubscribeHeaders(ctx: Ctx, customerId: string): Promise<{ 'List-Unsubscribe': string; 'List-Unsubscribe-Post': string }> {
    const url = `${deps.publicUrl}/api/unsubscribe/${signUnsubscribeToken(await key(ctx), customerId, 'email')}`;
    return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  return { marketingChoices, recordMarketingChoices, recordGuardianDecision, consentOverview, unsubscribe, unsubscribeLink, unsubscribeHeaders };
}
