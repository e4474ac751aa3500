export interface CookieCategories {
  preferences: boolean;
  analytics: boolean;
  marketing: boolean;
}

/**
 * The cookie notice of a shop that has not published a cookie policy yet. Once one is published
 * (the legal module's `cookie-policy` document), its version in force is the notice, and every
 * decision must have been made under it; read it through `privacy.currentCookieNotice(ctx)`.
 */
export const COOKIE_NOTICE_VERSION = '2026-11-01';

/** When the shop's Global Privacy Control support last changed, published in /.well-known/gpc.json. */
export const GPC_SUPPORT_UPDATED = '2026-11-01';

/**
 * Global Privacy Control is a refusal of sale and sharing for marketing: with `Sec-GPC: 1` the
 * marketing category stays off whatever the visitor clicked, and the record says why.
 */
export function applyGlobalPrivacyControl(chosen: CookieCategories, gpc: boolean): CookieCategories {
  return gpc ? { ...chosen, marketing: false } : chosen;
}

/** The browser's proof of its decision: `<consentId>.<noticeVersion>`, and nothing else. */
export function consentCookieValue(consentId: string, noticeVersion: string): string {
  return `${consentId}.${noticeVersion}`;
}

/** Splits a consent cookie; undefined when it is not of our making. Ids contain no dot, so the first one separates. */
export function parseConsentCookie(value: string | undefined): { consentId: string; noticeVersion: string } | undefined {
  if (!value) return undefined;
  const match = /^(cc_[0-9a-hjkmnp-tv-z]{26})\.([0-9A-Za-z._-]{1,32})$/.exec(value);
  return match ? { consentId: match[1]!, noticeVersion: match[2]! } : undefined;
}

// ---- Marketing consent (MKT-3, ACC-2) ----

export const MARKETING_CHANNELS = ['email', 'sms', 'phone', 'push'] as const;
export type Channel = (typeof MARKETING_CHANNELS)[number];

/** What a customer asks for: a channel left out keeps its current state. */
export type MarketingChoices = Partial<Record<Channel, boolean>>;

/** The account facts that decide whether marketing may be granted. */
export interface AccountStanding {
  state: string;
  restriction: string | null;
}

/**
 * ACC-2: no marketing to a minor before the guardian confirms, and none to an account that is not
 * fully open (restricted, suspended, frozen, closed). Undefined when granting is allowed.
 * Withdrawing is never subject to this.
 */
export function marketingGrantBlock(standing: AccountStanding): 'guardian_pending' | 'account_restricted' | undefined {
  if (standing.state === 'restricted' && standing.restriction === 'guardian_pending') return 'guardian_pending';
  return standing.state === 'active' ? undefined : 'account_restricted';
}

/** The channels whose asked-for value differs from the one in force (off when never decided). */
export function changedChannels(current: Partial<Record<Channel, boolean>>, asked: MarketingChoices): { channel: Channel; granted: boolean }[] {
  return MARKETING_CHANNELS.filter((channel) => asked[channel] !== undefined && asked[channel] !== (current[channel] ?? false)).map((channel) => ({
    channel,
    granted: asked[channel]!,
  }));
}
