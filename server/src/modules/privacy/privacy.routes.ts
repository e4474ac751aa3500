import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { anonymous } from '../../kernel/http/actor.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { ConsentParams, CookieConsent, CookieConsentBody } from './privacy.schemas.ts';
import type { PrivacyService } from './privacy.service.ts';
import type { CookieConsentRow } from './privacy.tables.ts';

export function privacyRoutes(privacy: PrivacyService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/privacy/cookie-consents',
      {
        schema: {
          tags: ['privacy'],
          summary: 'Record a cookie decision',
          description: 'Appends the decision to the consent ledger. A `Sec-GPC: 1` header keeps marketing off and is recorded.',
          body: CookieConsentBody,
          response: { 201: CookieConsent, ...ProblemResponses },
        },
      },
      async (request, reply) => {
        const row = await runUseCase(anonymous(), request.id, (ctx) =>
          privacy.recordCookieConsent(ctx, { ...request.body, gpc: request.headers['sec-gpc'] === '1' }),
        );
        return reply.code(201).send(present(row));
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
      async (request) => present(await runUseCase(anonymous(), request.id, (ctx) => privacy.getCookieConsent(ctx, request.params.id))),
    );
  };
}

function present(row: CookieConsentRow) {
  return {
    id: row.id,
    noticeVersion: row.notice_version,
    categories: { preferences: row.preferences, analytics: row.analytics, marketing: row.marketing },
    gpc: row.gpc,
    supersedes: row.supersedes,
    decidedAt: row.decided_at.toISOString(),
  };
}
