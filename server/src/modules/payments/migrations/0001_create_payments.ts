import type { Kysely } from 'kysely';
import { runSqlScript } from '../../../kernel/db/migrations.ts';

/** Payment intents, every call made to a provider, and every webhook event received. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runSqlScript(db, `
    create table payments.intents (
      id text primary key,
      order_id text not null,
      method text not null check (method in ('card', 'bank_transfer', 'cod')),
      provider text not null,
      status text not null check (status in ('pending', 'review', 'authorised', 'captured', 'refunded', 'failed', 'voided', 'cancelled')),
      amount bigint not null check (amount > 0),
      currency text not null,
      authorised_amount bigint not null default 0,
      captured_amount bigint not null default 0,
      refunded_amount bigint not null default 0,
      voided_at timestamptz,
      provider_reference text,
      transfer_reference text unique,
      customer_id text,
      email text not null,
      ip text,
      risk_score integer not null default 0,
      risk_reasons jsonb not null default '[]'::jsonb,
      review_reason text,
      decided_by text,
      decision_reason text,
      failure_reason text,
      card_brand text,
      card_last4 text,
      late_payment boolean not null default false,
      deadline_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      -- Money never runs backwards: capture within the authorisation, refund within the capture.
      check (captured_amount <= authorised_amount and refunded_amount <= captured_amount and authorised_amount <= amount)
    );
    create index intents_order_idx on payments.intents (order_id);
    create unique index intents_provider_reference_idx on payments.intents (provider, provider_reference) where provider_reference is not null;
    create index intents_review_idx on payments.intents (created_at) where status = 'review';
    -- Velocity of the last hour (PAY-3) by customer, e-mail and network.
    create index intents_email_idx on payments.intents (email, created_at);
    create index intents_customer_idx on payments.intents (customer_id, created_at) where customer_id is not null;
    create index intents_ip_idx on payments.intents (ip, created_at) where ip is not null;

    create table payments.operations (
      id text primary key,
      intent_id text not null references payments.intents (id),
      kind text not null check (kind in ('authorise', 'capture', 'void', 'refund')),
      amount bigint not null check (amount >= 0),
      currency text not null,
      idempotency_key text not null unique,
      outcome text not null check (outcome in ('pending', 'succeeded', 'failed')),
      provider_reference text,
      failure_reason text,
      created_at timestamptz not null
    );
    create index operations_intent_idx on payments.operations (intent_id);

    create table payments.webhook_events (
      id text primary key,
      provider text not null,
      event_id text not null,
      type text not null,
      intent_id text,
      outcome text not null,
      received_at timestamptz not null,
      unique (provider, event_id)
    );
  `);
}
