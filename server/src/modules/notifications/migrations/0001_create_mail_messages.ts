import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .withSchema('notifications')
    .createTable('mail_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('headers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // queued → sent (SMTP accepted it) | stored (database transport) | failed (retries exhausted)
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'sent', 'stored', 'failed')`))
    .addColumn('transport', 'text')
    .addColumn('message_id_header', 'text')
    .addColumn('raw_message', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .withSchema('notifications')
    .createIndex('mail_messages_created_at_idx')
    .on('mail_messages')
    .column('created_at desc')
    .execute();
}
