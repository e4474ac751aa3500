import type { Kysely } from 'kysely';
import type { MailMessageRow, MailStatus, NotificationsTables } from './notifications.tables.ts';

type Db = Kysely<NotificationsTables>;

/** All SQL of the notifications module. */
export const notificationsRepository = {
  async insertMail(db: Db, mail: { id: string; to: string; subject: string; text: string; html: string | undefined; headers: Record<string, string>; createdAt: Date }): Promise<void> {
    await db
      .insertInto('notifications.mail_messages')
      .values({
        id: mail.id,
        to_address: mail.to,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html ?? null,
        headers: JSON.stringify(mail.headers),
        status: 'queued',
        transport: null,
        message_id_header: null,
        raw_message: null,
        last_error: null,
        created_at: mail.createdAt,
        sent_at: null,
      })
      .execute();
  },

  /** Locks the message so that two workers never send it twice. */
  async lockMail(db: Db, id: string): Promise<MailMessageRow | undefined> {
    return db.selectFrom('notifications.mail_messages').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async markDelivered(db: Db, id: string, result: { status: Extract<MailStatus, 'sent' | 'stored'>; transport: 'smtp' | 'database'; messageId: string; raw: string | undefined; at: Date }): Promise<void> {
    await db
      .updateTable('notifications.mail_messages')
      .set((eb) => ({
        status: result.status,
        transport: result.transport,
        message_id_header: result.messageId,
        raw_message: result.raw ?? null,
        sent_at: result.at,
        attempts: eb('attempts', '+', 1),
        last_error: null,
      }))
      .where('id', '=', id)
      .execute();
  },

  async recordFailure(db: Db, id: string, error: string, final: boolean): Promise<void> {
    await db
      .updateTable('notifications.mail_messages')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, ...(final ? { status: 'failed' as const } : {}) }))
      .where('id', '=', id)
      .execute();
  },

  async findMail(db: Db, id: string): Promise<MailMessageRow | undefined> {
    return db.selectFrom('notifications.mail_messages').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async listMail(db: Db, filter: { to?: string | undefined; limit: number }): Promise<MailMessageRow[]> {
    return db
      .selectFrom('notifications.mail_messages')
      .selectAll()
      .$if(filter.to !== undefined, (q) => q.where('to_address', '=', filter.to!))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .execute();
  },
};
