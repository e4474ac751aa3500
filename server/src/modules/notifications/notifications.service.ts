import type { Ctx } from '../../kernel/context.ts';
import { requireStaff } from '../../kernel/auth/guards.ts';
import { newId } from '../../kernel/ids.ts';
import type { MailTransport } from '../../kernel/mail/transport.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { NotificationErrors } from './notifications.errors.ts';
import { notificationsRepository as repo } from './notifications.repository.ts';
import type { MailMessageRow } from './notifications.tables.ts';

export const SEND_MAIL_JOB = 'notifications.send_mail';

export interface MailToQueue {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, such as List-Unsubscribe on marketing mail. */
  headers?: Record<string, string>;
}

/** Staff reading mail is reading personal data: it goes into the audit log (PRV-8). */
export interface AuditPort {
  recordAudit(ctx: Ctx, entry: { action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void>;
}

export interface NotificationsDeps {
  audit?: AuditPort;
  transport: MailTransport;
  mailFrom: string;
  /** The host part of Message-ID headers, so receivers can tell a re-sent message is the same. */
  messageIdDomain: string;
  runUseCase: RunUseCase;
  retryLimit: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function createNotificationsService(deps: NotificationsDeps) {
  /**
   * Keeps a message and enqueues its sending in the caller's transaction: if the use case rolls
   * back, no mail exists and none is sent.
   */
  async function queueMail(ctx: Ctx, mail: MailToQueue): Promise<string> {
    if (!EMAIL.test(mail.to)) throw NotificationErrors.invalid_recipient({ detail: 'A mail needs one address with an @.' });
    const id = newId('mail', ctx.clock.now().getTime());
    await repo.insertMail(ctx.tx, { id, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers ?? {}, createdAt: ctx.clock.now() });
    await ctx.jobs.send(SEND_MAIL_JOB, { messageId: id });
    return id;
  }

  /**
   * The job: read the message, hand it to the transport, record the outcome. The network call
   * happens between two short transactions, never inside one, so a slow SMTP server holds no
   * database connection. A crash between sending and recording means one more send on retry,
   * with the same Message-ID, which receivers treat as a duplicate.
   */
  async function deliverMail(messageId: string, attempt: { retryCount: number; jobId: string }): Promise<void> {
    const requestId = `job:${attempt.jobId}`;
    const system = { kind: 'system', job: SEND_MAIL_JOB } as const;
    const message = await deps.runUseCase(system, requestId, async (ctx) => {
      const row = await repo.lockMail(ctx.tx, messageId);
      return row?.status === 'queued' ? row : undefined;
    });
    if (!message) return; // already sent, or gone (erased): nothing to do
    try {
      const sent = await deps.transport.send({
        from: deps.mailFrom,
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
        html: message.html_body ?? undefined,
        headers: { ...message.headers, 'Message-ID': `<${message.id}@${deps.messageIdDomain}>` },
      });
      await deps.runUseCase(system, requestId, async (ctx) => {
        await repo.markDelivered(ctx.tx, messageId, {
          status: deps.transport.kind === 'smtp' ? 'sent' : 'stored',
          transport: deps.transport.kind,
          messageId: sent.messageId,
          raw: sent.raw,
          at: ctx.clock.now(),
        });
      });
    } catch (error) {
      const final = attempt.retryCount >= deps.retryLimit;
      await deps.runUseCase(system, requestId, (ctx) => repo.recordFailure(ctx.tx, messageId, String((error as Error).message ?? error), final));
      throw error; // pg-boss retries with backoff until the limit
    }
  }

  async function listMail(ctx: Ctx, filter: { to?: string; limit?: number }): Promise<MailMessageRow[]> {
    return repo.listMail(ctx.tx, { to: filter.to, limit: Math.min(filter.limit ?? 50, 200) });
  }

  /** The backstage mail reader: what the shop sent, for staff with `mail.read`. */
  async function readOutbox(ctx: Ctx, filter: { to?: string | undefined; limit?: number | undefined }): Promise<MailMessageRow[]> {
    requireStaff(ctx.actor, 'mail.read');
    const rows = await listMail(ctx, { ...(filter.to ? { to: filter.to } : {}), ...(filter.limit ? { limit: filter.limit } : {}) });
    await deps.audit?.recordAudit(ctx, { action: 'mail.listed', subjectType: 'mail', subjectId: filter.to ?? '*', detail: { count: rows.length } });
    return rows;
  }

  async function readMessage(ctx: Ctx, id: string): Promise<MailMessageRow> {
    requireStaff(ctx.actor, 'mail.read');
    const row = await repo.findMail(ctx.tx, id);
    if (!row) throw NotificationErrors.mail_not_found();
    await deps.audit?.recordAudit(ctx, { action: 'mail.read', subjectType: 'mail', subjectId: id });
    return row;
  }

  return { queueMail, deliverMail, listMail, readOutbox, readMessage };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
