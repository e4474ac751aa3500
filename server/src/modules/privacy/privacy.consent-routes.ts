import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireCustomer } from '../../kernel/auth/guards.ts';
import { anonymous } from '../../kernel/http/actor.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { Ctx } from '../../kernel/context.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { CONSENT_COOKIE, presentCookieConsent } from './privacy.routes.ts';
import { ConsentOverview, MarketingChoicesBody, UnsubscribeParams, Unsubscribed } from './privacy.schemas.ts';
import type { PrivacyService } from './privacy.service.ts';

/** RFC 8058 receivers post a form (`List-Unsubscribe=One-Click`); the token alone decides, so the body is not read. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The customer's consents (the privacy centre) and one-click unsubscribe from marketing mail. */
export function consentRoutes(privacy: PrivacyService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const overview = async (ctx: Ctx, request: FastifyRequest, customerId: string) => {
      const { marketing, grantBlock, history, guardian } = await privacy.consentOverview(ctx, customerId);
      const cookies = await privacy.cookieDecisionOf(ctx, request.cookies[CONSENT_COOKIE]);
      return {
        marketing: Object.fromEntries(
          Object.entries(marketing).map(([channel, s]) => [channel, { granted: s.granted, decidedAt: s.decidedAt?.toISOString() ?? null, noticeVersion: s.noticeVersion }]),
        ) as Record<keyof typeof marketing, { granted: boolean; decidedAt: string | null; noticeVersion: string | null }>,
        grantBlock,
        history: history.map((r) => ({ channel: r.channel, granted: r.granted, source: r.source, noticeVersion: r.notice_version, decidedAt: r.decided_at.toISOString() })),
        guardian: guardian.map((g) => ({ decision: g.decision, decidedAt: g.decided_at.toISOString() })),
        cookies: cookies ? presentCookieConsent(cookies) : null,
      };
    };

    app.get('/account/consents', {
      schema: {
        tags: ['account', 'privacy'],
        summary: 'Your consents',
        description: 'Marketing opt-ins per channel with their history, a guardian’s decisions for a minor’s account, and this browser’s cookie decision.',
        response: { 200: ConsentOverview, ...ProblemResponses },
      },
    }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      const body = await runUseCase(actor, request.id, (ctx) => overview(ctx, request, actor.customerId));
      return reply.header('cache-control', 'private, no-store').send(body);
    });

    app.put('/account/consents/marketing', {
      schema: {
        tags: ['account', 'privacy'],
        summary: 'Turn marketing channels on or off',
        description:
          'Each channel is a separate opt-in (MKT-3). Only changed channels are recorded. Turning a channel on is refused for a minor ' +
          'awaiting a guardian’s confirmation and for a restricted account (ACC-2); turning channels off always works.',
        body: MarketingChoicesBody,
        response: { 200: ConsentOverview, ...ProblemResponses },
      },
    }, async (request) => {
      const actor = requireCustomer(request.actor);
      return runUseCase(actor, request.id, async (ctx) => {
        await privacy.recordMarketingChoices(ctx, actor.customerId, request.body, 'preferences');
        return overview(ctx, request, actor.customerId);
      });
    });

    // Scoped to these routes (the plugin is encapsulated): elsewhere the API takes JSON only.
    for (const type of FORM_TYPES) app.addContentTypeParser(type, { parseAs: 'string' }, (_request, _body, done) => done(null, undefined));

    app.post('/unsubscribe/:token', {
      schema: {
        tags: ['privacy'],
        summary: 'One-click unsubscribe (RFC 8058)',
        description:
          'The URL of a marketing mail’s `List-Unsubscribe` header. Needs no session: the signed token names the customer and channel. ' +
          'Takes effect at once; repeating it changes nothing.',
        params: UnsubscribeParams,
        response: { 200: Unsubscribed, ...ProblemResponses },
      },
    }, async (request) => {
      // Whoever is signed in on this device is not who unsubscribes: the link is.
      const { channel } = await runUseCase(anonymous(), request.id, (ctx) => privacy.unsubscribe(ctx, request.params.token));
      return { channel, subscribed: false as const };
    });

    app.get('/unsubscribe/:token', {
      schema: {
        tags: ['privacy'],
        summary: 'Open the unsubscribe page',
        description: 'For mail programs that open the `List-Unsubscribe` address in a browser: redirects to the page that asks to confirm.',
        params: UnsubscribeParams,
        response: { 303: Type.Null({ description: 'To /unsubscribe/:token' }) },
      },
    }, async (request, reply) => reply.redirect(`/unsubscribe/${encodeURIComponent(request.params.token)}`, 303));
  };
}
