import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { NotificationsService } from './notifications.service.ts';
import type { MailMessageRow } from './notifications.tables.ts';

const tags = ['backstage: mail'];

const MailSummary = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  status: Type.String({ description: 'queued, sent (over SMTP), stored (kept in the database) or failed' }),
  attempts: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const MailMessage = Type.Object({ ...MailSummary.properties, text: Type.String(), raw: Type.Union([Type.String(), Type.Null()]), lastError: Type.Union([Type.String(), Type.Null()]) });

/** The backstage mail reader (permission `mail.read`, every read audited). */
export function notificationsRoutes(notifications: NotificationsService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/mail', {
      config: { permission: 'mail.read' },
      schema: {
        tags, summary: 'Mail the shop sent, newest first',
        querystring: Type.Object({ to: Type.Optional(Type.String({ format: 'email' })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ messages: Type.Array(MailSummary) }), ...ProblemResponses },
      },
    }, async (request) => ({ messages: (await runUseCase(request.actor, request.id, (ctx) => notifications.readOutbox(ctx, request.query))).map(summary) }));

    app.get('/admin/mail/:id', {
      config: { permission: 'mail.read' },
      schema: { tags, summary: 'One message, as sent', params: Type.Object({ id: Type.String({ pattern: idPattern('mail') }) }), response: { 200: MailMessage, ...ProblemResponses } },
    }, async (request) => {
      const row = await runUseCase(request.actor, request.id, (ctx) => notifications.readMessage(ctx, request.params.id));
      return { ...summary(row), text: row.text_body, raw: row.raw_message, lastError: row.last_error };
    });
  };
}

function summary(row: MailMessageRow) {
  return { id: row.id, to: row.to_address, subject: row.subject, status: row.status, attempts: row.attempts, createdAt: row.created_at.toISOString(), sentAt: row.sent_at?.toISOString() ?? null };
}
