import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { anonymous } from '../../kernel/http/actor.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { consentCookieValue, GPC_SUPPORT_UPDATED } from './privacy.rules.ts';
import { ConsentParams, CookieConsent, CookieConsentBody, CookieNoticeSchema, GpcSupport } from './privacy.schemas.ts';
import type { PrivacyService } from './privacy.service.ts';
import type { CookieConsentRow } from './privacy.tables.ts';

/** The browser's copy of its decision, read by the web app to know whether to ask again. */
export const CONSENT_COOKIE = 'vitrine_consent';
const SIX_MONTHS_IN_SECONDS = 183 * 24 * 60 * 60;

export interface PrivacyRouteOptions {
  /** Cookies get `Secure` when the shop's public address is https (as session cookies do). */
  secureCookies: boolean;
}

export function privacyRoutes(privacy: PrivacyService, runUseCase: RunUseCase, options: PrivacyRouteOptions): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/privacy/cookie-notice',
      {
        schema: {
          tags: ['privacy'],
          summary: 'The cookie notice in force',
          description: 'Its version is what a cookie decision must quote; a decision under an older version is asked again.',
          response: { 200: CookieNoticeSchema, ...ProblemResponses },
        },
      },
      async (request, reply) => {
        const notice = await runUseCase(anonymous(), request.id, (ctx) => privacy.currentCookieNotice(ctx));
        return reply.header('cache-control', 'public, max-age=60').send(notice);
      },
    );

    app.post(
      '/privacy/cookie-consents',
      {
        schema: {
          tags: ['privacy'],
          summary: 'Record a cookie decision',
          description:
            'Appends the decision to the consent ledger and sets the `vitrine_consent` cookie to `<id>.<noticeVersion>`. ' +
            'A `Sec-GPC: 1` header keeps marketing off and is recorded. A browser that already holds a decision supersedes it.',
          body: CookieConsentBody,
          response: { 201: CookieConsent, ...ProblemResponses },
        },
      },
      async (request, reply) => {
        const row = await runUseCase(anonymous(), request.id, (ctx) =>
          privacy.recordCookieConsent(ctx, {
            ...request.body,
            gpc: request.headers['sec-gpc'] === '1',
            previousCookie: request.cookies[CONSENT_COOKIE],
          }),
        );
        setConsentCookie(reply, row, options.secureCookies);
        return reply.code(201).send(presentCookieConsent(row));
      },
    );

    app.get(
      '/privacy/cookie-consents/current',
      {
        schema: {
          tags: ['privacy'],
          summary: "This browser's cookie decision",
          description: 'The decision the `vitrine_consent` cookie points to, under whichever notice it was made; 404 without one.',
          response: { 200: CookieConsent, ...ProblemResponses },
        },
      },
      async (request, reply) => {
        const row = await runUseCase(anonymous(), request.id, (ctx) => privacy.getCookieConsentFromCookie(ctx, request.cookies[CONSENT_COOKIE]));
        return reply.header('cache-control', 'private, no-store').send(presentCookieConsent(row));
      },
    );

    app.get(
      '/privacy/cookie-consents/:id',
      {
        schema: {
          tags: ['privacy'],
          summary: 'Read a cookie decision',
          params: ConsentParams,
          response: { 200: CookieConsent, ...ProblemResponses },
        },
      },
      async (request) => presentCookieConsent(await runUseCase(anonymous(), request.id, (ctx) => privacy.getCookieConsent(ctx, request.params.id))),
    );
  };
}

/** `/.well-known/gpc.json`, outside /api: tells browsers and auditors that Sec-GPC is honoured. */
export const gpcSupportRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/.well-known/gpc.json',
    { schema: { tags: ['privacy'], summary: 'Global Privacy Control support', response: { 200: GpcSupport } } },
    async (_request, reply) =>
      reply.type('application/json').header('cache-control', 'public, max-age=86400').send({ gpc: true, lastUpdate: GPC_SUPPORT_UPDATED }),
  );
};

/** Only the id and the version: what was chosen stays in the ledger, not in the browser. */
function setConsentCookie(reply: FastifyReply, row: CookieConsentRow, secure: boolean): void {
  reply.setCookie(CONSENT_COOKIE, consentCookieValue(row.id, row.notice_version), {
    path: '/',
    sameSite: 'lax',
    // The web app's scripts may read it to know a decision exists; it grants nothing.
    httpOnly: false,
    secure,
    maxAge: SIX_MONTHS_IN_SECONDS,
  });
}

/** A cookie decision as the API shows it (also in the customer's consent overview). */
export function presentCookieConsent(row: CookieConsentRow) {
  return {
    id: row.id,
    noticeVersion: row.notice_version,
    categories: { preferences: row.preferences, analytics: row.analytics, marketing: row.marketing },
    gpc: row.gpc,
    supersedes: row.supersedes,
    decidedAt: row.decided_at.toISOString(),
  };
}
