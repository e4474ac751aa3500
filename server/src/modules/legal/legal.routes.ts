import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { anonymous } from '../../kernel/http/actor.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { DOCUMENT_TITLES } from './legal.mail.ts';
import type { PublishedVersionRow } from './legal.repository.ts';
import { bodyIn } from './legal.rules.ts';
import {
  DraftBody,
  DraftChangesBody,
  EditorVersion,
  EditorVersionList,
  KindParams,
  LocaleQuery,
  PublishedDocument,
  PublishedVersionList,
  VersionParams,
} from './legal.schemas.ts';
import { LEGAL_MANAGE, type LegalService } from './legal.service.ts';
import type { DocumentVersionRow, Locale } from './legal.tables.ts';

export function legalRoutes(legal: LegalService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['legal'];

    app.get(
      '/legal/documents',
      { schema: { tags, summary: 'Every legal document with its version in force', response: { 200: PublishedVersionList, ...ProblemResponses } } },
      async (request) => {
        const rows = await runUseCase(anonymous(), request.id, (ctx) => legal.documentsInForce(ctx));
        return rows.map((row) => presentPublished(row, 'in-force'));
      },
    );

    app.get(
      '/legal/documents/:kind',
      {
        schema: { tags, summary: 'The version in force of one document', params: KindParams, querystring: LocaleQuery, response: { 200: PublishedDocument, ...ProblemResponses } },
      },
      async (request) => {
        const row = await runUseCase(anonymous(), request.id, (ctx) => legal.documentInForce(ctx, request.params.kind));
        return presentDocument(row, 'in-force', request.query.locale ?? 'en');
      },
    );

    app.get(
      '/legal/documents/:kind/versions',
      {
        schema: {
          tags,
          summary: 'Every published version of one document, newest first',
          description: 'Includes versions announced for a later date (`upcoming`) and those no longer in force (`superseded`).',
          params: KindParams,
          response: { 200: PublishedVersionList, ...ProblemResponses },
        },
      },
      async (request) => {
        const { history, inForce } = await runUseCase(anonymous(), request.id, async (ctx) => ({
          history: await legal.publishedVersions(ctx, request.params.kind),
          inForce: await legal.currentVersion(ctx, request.params.kind),
        }));
        return history.map((row) => presentPublished(row, stateOf(row, inForce?.effectiveAt)));
      },
    );

    app.get(
      '/legal/documents/:kind/versions/:version',
      {
        schema: { tags, summary: 'One published version of a document', params: VersionParams, querystring: LocaleQuery, response: { 200: PublishedDocument, ...ProblemResponses } },
      },
      async (request) => {
        const { kind, version } = request.params;
        const { row, inForce } = await runUseCase(anonymous(), request.id, async (ctx) => ({
          row: await legal.publishedVersion(ctx, kind, version),
          inForce: await legal.currentVersion(ctx, kind),
        }));
        return presentDocument(row, stateOf(row, inForce?.effectiveAt), request.query.locale ?? 'en');
      },
    );

    await app.register(legalAdminRoutes(legal, runUseCase));
  };
}

/** Backstage routes, for staff holding legal.manage. */
function legalAdminRoutes(legal: LegalService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (admin) => {
    const tags = ['legal'];
    // Every route here needs legal.manage; the kernel checks it before validation, so a stranger
    // learns nothing about the body format.
    const config = { permission: LEGAL_MANAGE };
    {

      admin.get(
        '/admin/legal/documents/:kind/versions',
        { config, schema: { tags, summary: 'Every version of a document, drafts included', params: KindParams, response: { 200: EditorVersionList, ...ProblemResponses } } },
        async (request) => (await runUseCase(request.actor, request.id, (ctx) => legal.listVersions(ctx, request.params.kind))).map(presentForEditor),
      );

      admin.post(
        '/admin/legal/documents/:kind/versions',
        { config, schema: { tags, summary: 'Start a draft version', params: KindParams, body: DraftBody, response: { 201: EditorVersion, ...ProblemResponses } } },
        async (request, reply) => {
          const { effectiveAt, ...draft } = request.body;
          const row = await runUseCase(request.actor, request.id, (ctx) =>
            legal.createDraft(ctx, request.params.kind, { ...draft, effectiveAt: effectiveAt ? new Date(effectiveAt) : null }),
          );
          return reply.code(201).send(presentForEditor(row));
        },
      );

      admin.patch(
        '/admin/legal/documents/:kind/versions/:version',
        { config, schema: { tags, summary: 'Edit a draft version', params: VersionParams, body: DraftChangesBody, response: { 200: EditorVersion, ...ProblemResponses } } },
        async (request) => {
          const { effectiveAt, ...changes } = request.body;
          const row = await runUseCase(request.actor, request.id, (ctx) =>
            legal.updateDraft(ctx, request.params.kind, request.params.version, {
              ...changes,
              ...(effectiveAt !== undefined && { effectiveAt: effectiveAt === null ? null : new Date(effectiveAt) }),
            }),
          );
          return presentForEditor(row);
        },
      );

      admin.post(
        '/admin/legal/documents/:kind/versions/:version/publish',
        {
          config,
          schema: {
            tags,
            summary: 'Publish a draft version',
            description: 'The version becomes public and immutable, in force from its effective date. A material change is e-mailed to every customer.',
            params: VersionParams,
            response: { 200: EditorVersion, ...ProblemResponses },
          },
        },
        async (request) => presentForEditor(await runUseCase(request.actor, request.id, (ctx) => legal.publish(ctx, request.params.kind, request.params.version))),
      );
    }
  };
}

type State = 'upcoming' | 'in-force' | 'superseded';

function stateOf(row: PublishedVersionRow, inForceFrom: Date | undefined): State {
  if (!inForceFrom || row.effective_at > inForceFrom) return 'upcoming';
  return row.effective_at.getTime() === inForceFrom.getTime() ? 'in-force' : 'superseded';
}

function presentPublished(row: PublishedVersionRow, state: State) {
  return {
    kind: row.kind,
    version: row.version,
    effectiveAt: row.effective_at.toISOString(),
    material: row.material,
    summary: row.summary,
    publishedAt: row.published_at!.toISOString(),
    state,
  };
}

function presentDocument(row: PublishedVersionRow, state: State, locale: Locale) {
  const text = bodyIn(row, locale);
  return { ...presentPublished(row, state), title: DOCUMENT_TITLES[row.kind][text.locale], locale: text.locale, body: text.body };
}

function presentForEditor(row: DocumentVersionRow) {
  return {
    kind: row.kind,
    version: row.version,
    status: row.status,
    effectiveAt: row.effective_at?.toISOString() ?? null,
    material: row.material,
    summary: row.summary,
    bodies: { en: row.body_en, 'zh-Hant': row.body_zh_hant, 'zh-Hans': row.body_zh_hans },
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
    publishedBy: row.published_by,
  };
}
