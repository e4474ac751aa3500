import { Type } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';

const ConsentId = Type.String({ pattern: idPattern('cc'), description: 'Consent record id (`cc_…`)', examples: ['cc_01jd8x2k3m9qv4w7c5n6t8r0ya'] });

const Categories = Type.Object(
  {
    preferences: Type.Boolean({ description: 'Remember choices such as size and recently viewed items' }),
    analytics: Type.Boolean({ description: 'Measure how the shop is used' }),
    marketing: Type.Boolean({ description: 'Personalised advertising; always false under Global Privacy Control' }),
  },
  { additionalProperties: false },
);

export const CookieConsentBody = Type.Object(
  {
    noticeVersion: Type.String({ pattern: '^[0-9A-Za-z._-]{1,32}$', description: 'Version of the cookie notice the visitor saw' }),
    categories: Categories,
    supersedes: Type.Optional(ConsentId),
  },
  { additionalProperties: false },
);

export const CookieConsent = Type.Object({
  id: ConsentId,
  noticeVersion: Type.String(),
  categories: Categories,
  gpc: Type.Boolean({ description: 'The browser sent Sec-GPC: 1' }),
  supersedes: Type.Union([ConsentId, Type.Null()]),
  decidedAt: Type.String({ format: 'date-time' }),
});

export const ConsentParams = Type.Object({ id: ConsentId });

export const CookieNoticeSchema = Type.Object({
  version: Type.String({ description: 'Version of the cookie notice in force; decisions must quote it', examples: ['2026-11-01'] }),
});

/** The Global Privacy Control support resource (GPC specification, `.well-known/gpc.json`). */
export const GpcSupport = Type.Object({
  gpc: Type.Boolean({ description: 'The shop honours the Sec-GPC signal' }),
  lastUpdate: Type.String({ format: 'date', description: 'When this resource last changed' }),
});

// ---- Marketing consent and one-click unsubscribe (MKT-3, ACC-2) ----

const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('phone'), Type.Literal('push')]);

export const MarketingChoicesBody = Type.Object(
  {
    email: Type.Optional(Type.Boolean({ description: 'News and offers by e-mail' })),
    sms: Type.Optional(Type.Boolean({ description: 'News and offers by SMS' })),
    phone: Type.Optional(Type.Boolean({ description: 'News and offers by telephone' })),
    push: Type.Optional(Type.Boolean({ description: 'News and offers by app notification' })),
  },
  { additionalProperties: false, description: 'A channel left out keeps its current state' },
);

const ChannelState = Type.Object({
  granted: Type.Boolean(),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Null when never decided (off)' }),
  noticeVersion: Type.Union([Type.String(), Type.Null()], { description: 'The privacy policy version in force when decided' }),
});

export const ConsentOverview = Type.Object({
  marketing: Type.Object({ email: ChannelState, sms: ChannelState, phone: ChannelState, push: ChannelState }),
  grantBlock: Type.Union([Type.Literal('guardian_pending'), Type.Literal('account_restricted'), Type.Null()], {
    description: 'Why marketing cannot be turned on now (ACC-2); turning it off always works',
  }),
  history: Type.Array(
    Type.Object({
      channel: Channel,
      granted: Type.Boolean(),
      source: Type.Union(['registration', 'preferences', 'unsubscribe_link', 'guardian_withdrawal', 'staff'].map((s) => Type.Literal(s))),
      noticeVersion: Type.Union([Type.String(), Type.Null()]),
      decidedAt: Type.String({ format: 'date-time' }),
    }),
    { description: 'Every marketing decision, newest first (the latest 100)' },
  ),
  guardian: Type.Array(
    Type.Object({ decision: Type.Union([Type.Literal('confirmed'), Type.Literal('withdrawn')]), decidedAt: Type.String({ format: 'date-time' }) }),
    { description: 'A minor’s guardian’s decisions, newest first' },
  ),
  cookies: Type.Union([CookieConsent, Type.Null()], { description: 'This browser’s cookie decision, if it holds one' }),
});

export const UnsubscribeParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200, description: 'The token from the unsubscribe link' }) });

export const Unsubscribed = Type.Object({ channel: Channel, subscribed: Type.Literal(false) });
