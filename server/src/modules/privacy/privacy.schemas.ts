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
