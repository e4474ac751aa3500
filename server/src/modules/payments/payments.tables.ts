import type { ColumnType, Generated, Selectable } from 'kysely';

/** bigint in the database (read as bigint), written from numbers; the repository converts back. */
type Minor = ColumnType<bigint, number, number>;
type MinorDefault = ColumnType<bigint, number | undefined, number>;

export type PaymentMethod = 'card' | 'bank_transfer' | 'cod';

/**
 * pending → (review →) authorised → captured → refunded, or pending → failed | cancelled, or
 * review | authorised → voided. Provider events only ever move a payment forward (see
 * `payments.rules.ts`), so a late or repeated event cannot undo what happened since.
 */
export type IntentStatus = 'pending' | 'review' | 'authorised' | 'captured' | 'refunded' | 'failed' | 'voided' | 'cancelled';

export type OperationKind = 'authorise' | 'capture' | 'void' | 'refund';

export interface IntentsTable {
  id: string;
  order_id: string;
  method: PaymentMethod;
  /** `sandbox` (card processor), `bank_transfer`, `cod`. */
  provider: string;
  status: IntentStatus;
  amount: Minor;
  currency: string;
  authorised_amount: MinorDefault;
  captured_amount: MinorDefault;
  refunded_amount: MinorDefault;
  /** Set when the uncaptured rest of the authorisation was released. */
  voided_at: Date | null;
  /** The provider's id of the payment (the sandbox's session id). */
  provider_reference: string | null;
  /** What a bank transfer must quote, so staff can match it. */
  transfer_reference: string | null;
  customer_id: string | null;
  email: string;
  ip: string | null;
  risk_score: number;
  risk_reasons: ColumnType<string[], string, string>;
  /** Why the payment waits for a person: risk rules or the processor's own review. */
  review_reason: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  failure_reason: string | null;
  card_brand: string | null;
  card_last4: string | null;
  /** Money that arrived after its order was cancelled, and was given back (PAY-1). */
  late_payment: Generated<boolean>;
  deadline_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface OperationsTable {
  id: string;
  intent_id: string;
  kind: OperationKind;
  amount: Minor;
  currency: string;
  /** Unique: a retried call finds this row and returns its result instead of acting again. */
  idempotency_key: string;
  outcome: 'pending' | 'succeeded' | 'failed';
  provider_reference: string | null;
  failure_reason: string | null;
  created_at: Date;
}

export interface WebhookEventsTable {
  id: string;
  provider: string;
  /** The provider's event id; unique per provider, so a replayed event is seen as such. */
  event_id: string;
  type: string;
  intent_id: string | null;
  /** `applied`, or why it changed nothing (`stale_state`, `unknown_payment`). */
  outcome: string;
  received_at: Date;
}

/** One row per method: whether it is offered, its payment deadline, and (card) the review threshold. */
export interface MethodSettingsTable {
  method: PaymentMethod;
  enabled: boolean;
  deadline_minutes: number | null;
  review_threshold: number | null;
  updated_at: Date;
}

/** PAY-2: a refund staff pay out by hand (bank transfer, cash on delivery). */
export interface RefundTasksTable {
  id: string;
  intent_id: string;
  order_id: string;
  method: 'bank_transfer' | 'cod';
  amount: bigint;
  currency: string;
  email: string;
  operation_key: string;
  status: 'open' | 'done';
  note: string | null;
  created_at: Date;
  done_at: Date | null;
  done_by: string | null;
  /** Where the customer asks the money to go; null until they say. */
  account_holder: string | null;
  bank_name: string | null;
  /** In full while the task is open; only its last four characters once paid out. */
  account_number: string | null;
  bank_code: string | null;
  details_given_at: Date | null;
}

export interface PaymentsTables {
  'payments.intents': IntentsTable;
  'payments.method_settings': MethodSettingsTable;
  'payments.operations': OperationsTable;
  'payments.webhook_events': WebhookEventsTable;
  'payments.refund_tasks': RefundTasksTable;
}

export type IntentRow = Selectable<IntentsTable>;
export type OperationRow = Selectable<OperationsTable>;
export type MethodSettingsRow = Selectable<MethodSettingsTable>;
export type RefundTaskRow = Selectable<RefundTasksTable>;
