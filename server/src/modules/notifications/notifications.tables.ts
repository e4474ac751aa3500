import type { ColumnType, Generated, Selectable } from 'kysely';

export type MailStatus = 'queued' | 'sent' | 'stored' | 'failed';

export interface MailMessagesTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  headers: ColumnType<Record<string, string>, string | undefined, string>;
  status: MailStatus;
  transport: 'smtp' | 'database' | null;
  message_id_header: string | null;
  raw_message: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

export interface NotificationsTables {
  'notifications.mail_messages': MailMessagesTable;
}

export type MailMessageRow = Selectable<MailMessagesTable>;
