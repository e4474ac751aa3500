import type { ColumnType, Generated, Selectable } from 'kysely';

type Minor = ColumnType<bigint, number, number>;
type MinorDefault = ColumnType<bigint, number | undefined, number>;

/** open → challenge → authorised | failed; open → cancelled | expired. */
export type SessionStatus = 'open' | 'challenge' | 'authorised' | 'failed' | 'cancelled';

/** The sandbox processor's own books, apart from the shop's: it stands for an outside company. */
export interface SandboxTables {
  'sandbox.merchants': { id: string; signing_secret: string; created_at: Date };
  'sandbox.sessions': {
    id: string;
    /** The shop's payment id. */
    merchant_reference: string;
    amount: Minor;
    currency: string;
    return_url: string;
    status: SessionStatus;
    failure_reason: string | null;
    review: Generated<boolean>;
    /** All that is kept of a card: never its number, expiry or code (PAY-4). */
    card_brand: string | null;
    card_last4: string | null;
    captured_amount: MinorDefault;
    refunded_amount: MinorDefault;
    voided: Generated<boolean>;
    /** Decides how its webhooks travel (late, twice, out of order), so tests can choose. */
    seed: number;
    expires_at: Date;
    created_at: Date;
    updated_at: Date;
  };
  'sandbox.operations': {
    idempotency_key: string;
    session_id: string;
    kind: string;
    amount: Minor;
    result: ColumnType<Record<string, unknown>, string, string>;
    created_at: Date;
  };
  'sandbox.events': {
    id: string;
    session_id: string;
    type: string;
    payload: ColumnType<Record<string, unknown>, string, string>;
    created_at: Date;
    deliveries: Generated<number>;
    last_status: number | null;
    last_error: string | null;
  };
}

export type SessionRow = Selectable<SandboxTables['sandbox.sessions']>;
export type EventRow = Selectable<SandboxTables['sandbox.events']>;
