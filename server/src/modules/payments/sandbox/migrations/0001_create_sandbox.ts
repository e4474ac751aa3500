import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../../kernel/db/migrations.ts';

/** The sandbox card processor's books: its merchant, checkout sessions, operations and events. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table sandbox.merchants (
      id text primary key,
      signing_secret text not null,
      created_at timestamptz not null
    );

    create table sandbox.sessions (
      id text primary key,
      merchant_reference text not null,
      amount bigint not null check (amount > 0),
      currency text not null,
      return_url text not null,
      status text not null check (status in ('open', 'challenge', 'authorised', 'failed', 'cancelled')),
      failure_reason text,
      review boolean not null default false,
      card_brand text,
      card_last4 text check (card_last4 ~ '^[0-9]{4}$'),
      captured_amount bigint not null default 0,
      refunded_amount bigint not null default 0,
      voided boolean not null default false,
      seed integer not null,
      expires_at timestamptz not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (captured_amount <= amount and refunded_amount <= captured_amount)
    );

    create table sandbox.operations (
      idempotency_key text primary key,
      session_id text not null,
      kind text not null,
      amount bigint not null,
      result jsonb not null,
      created_at timestamptz not null
    );

    create table sandbox.events (
      id text primary key,
      session_id text not null references sandbox.sessions (id),
      type text not null,
      payload jsonb not null,
      created_at timestamptz not null,
      deliveries integer not null default 0,
      last_status integer,
      last_error text
    );
    create index events_session_idx on sandbox.events (session_id, created_at);
  `);
}
