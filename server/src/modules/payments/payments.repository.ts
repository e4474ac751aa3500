import { sql, type Kysely } from 'kysely';
import type { PayoutDetails } from './payments.rules.ts';
import type { IntentRow, IntentStatus, MethodSettingsRow, OperationKind, OperationRow, PaymentMethod, PaymentsTables, RefundTaskRow } from './payments.tables.ts';

type Db = Kysely<PaymentsTables>;

/** A payment as the service works with it: amounts as numbers of minor units. */
export interface Intent {
  id: string;
  orderId: string;
  method: PaymentMethod;
  provider: string;
  status: IntentStatus;
  amount: number;
  currency: string;
  authorisedAmount: number;
  capturedAmount: number;
  refundedAmount: number;
  voidedAt: Date | null;
  providerReference: string | null;
  transferReference: string | null;
  email: string;
  customerId: string | null;
  riskScore: number;
  riskReasons: string[];
  reviewReason: string | null;
  decisionReason: string | null;
  failureReason: string | null;
  card: { brand: string; last4: string } | null;
  latePayment: boolean;
  deadlineAt: Date | null;
  createdAt: Date;
}

function toIntent(row: IntentRow): Intent {
  return {
    id: row.id, orderId: row.order_id, method: row.method, provider: row.provider, status: row.status,
    amount: Number(row.amount), currency: row.currency, authorisedAmount: Number(row.authorised_amount),
    capturedAmount: Number(row.captured_amount), refundedAmount: Number(row.refunded_amount), voidedAt: row.voided_at,
    providerReference: row.provider_reference, transferReference: row.transfer_reference, email: row.email, customerId: row.customer_id,
    riskScore: row.risk_score, riskReasons: row.risk_reasons, reviewReason: row.review_reason, decisionReason: row.decision_reason,
    failureReason: row.failure_reason, card: row.card_brand && row.card_last4 ? { brand: row.card_brand, last4: row.card_last4 } : null,
    latePayment: row.late_payment, deadlineAt: row.deadline_at, createdAt: row.created_at,
  };
}

export interface IntentChange {
  status?: IntentStatus;
  authorisedAmount?: number;
  capturedAmount?: number;
  refundedAmount?: number;
  voidedAt?: Date;
  providerReference?: string;
  reviewReason?: string;
  decidedBy?: string;
  decisionReason?: string;
  failureReason?: string;
  card?: { brand: string; last4: string } | null;
  latePayment?: boolean;
}

/** All SQL of the payments module. */
export const paymentsRepository = {
  async insertIntent(db: Db, row: Omit<IntentRow, 'authorised_amount' | 'captured_amount' | 'refunded_amount' | 'late_payment' | 'risk_reasons' | 'amount'> & { amount: number; risk_reasons: string[] }): Promise<void> {
    await db.insertInto('payments.intents').values({ ...row, risk_reasons: JSON.stringify(row.risk_reasons) }).execute();
  },

  /** Locks one payment: every change to its money goes through this lock, one at a time. */
  async lockIntent(db: Db, id: string): Promise<Intent | undefined> {
    const row = await db.selectFrom('payments.intents').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    return row && toIntent(row);
  },

  async lockIntentByReference(db: Db, provider: string, reference: string): Promise<Intent | undefined> {
    const row = await db.selectFrom('payments.intents').selectAll().where('provider', '=', provider).where('provider_reference', '=', reference).forUpdate().executeTakeFirst();
    return row && toIntent(row);
  },

  /** Every payment of an order, oldest first, locked. */
  async lockIntentsOfOrder(db: Db, orderId: string): Promise<Intent[]> {
    const rows = await db.selectFrom('payments.intents').selectAll().where('order_id', '=', orderId).orderBy('created_at').orderBy('id').forUpdate().execute();
    return rows.map(toIntent);
  },

  async findIntent(db: Db, id: string): Promise<Intent | undefined> {
    const row = await db.selectFrom('payments.intents').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toIntent(row);
  },

  async intentsInReview(db: Db, limit: number): Promise<Intent[]> {
    const rows = await db.selectFrom('payments.intents').selectAll().where('status', '=', 'review').orderBy('created_at').limit(limit).execute();
    return rows.map(toIntent);
  },

  async updateIntent(db: Db, id: string, change: IntentChange, now: Date): Promise<void> {
    await db.updateTable('payments.intents').set({
      ...(change.status ? { status: change.status } : {}),
      ...(change.authorisedAmount !== undefined ? { authorised_amount: change.authorisedAmount } : {}),
      ...(change.capturedAmount !== undefined ? { captured_amount: change.capturedAmount } : {}),
      ...(change.refundedAmount !== undefined ? { refunded_amount: change.refundedAmount } : {}),
      ...(change.voidedAt ? { voided_at: change.voidedAt } : {}),
      ...(change.providerReference ? { provider_reference: change.providerReference } : {}),
      ...(change.reviewReason ? { review_reason: change.reviewReason } : {}),
      ...(change.decidedBy ? { decided_by: change.decidedBy } : {}),
      ...(change.decisionReason ? { decision_reason: change.decisionReason } : {}),
      ...(change.failureReason ? { failure_reason: change.failureReason } : {}),
      ...(change.card ? { card_brand: change.card.brand, card_last4: change.card.last4 } : {}),
      ...(change.latePayment ? { late_payment: true } : {}),
      updated_at: now,
    }).where('id', '=', id).execute();
  },

  /**
   * Payments started in the last hour by the same customer, e-mail or network, and how many of
   * them failed: the busiest of the three counts (PAY-3 velocity).
   */
  async recentAttempts(db: Db, who: { customerId: string | null; email: string; ip: string | null }, since: Date): Promise<{ attempts: number; failed: number }> {
    const { rows } = await sql<{ by_email: bigint; by_ip: bigint; by_customer: bigint; failed_email: bigint; failed_ip: bigint; failed_customer: bigint }>`
      select count(*) filter (where email = ${who.email}) as by_email,
             count(*) filter (where ip = ${who.ip}) as by_ip,
             count(*) filter (where customer_id = ${who.customerId}) as by_customer,
             count(*) filter (where email = ${who.email} and status = 'failed') as failed_email,
             count(*) filter (where ip = ${who.ip} and status = 'failed') as failed_ip,
             count(*) filter (where customer_id = ${who.customerId} and status = 'failed') as failed_customer
      from payments.intents
      where method = 'card' and created_at >= ${since}`.execute(db);
    const r = rows[0]!;
    return {
      attempts: Math.max(Number(r.by_email), Number(r.by_ip), Number(r.by_customer)),
      failed: Math.max(Number(r.failed_email), Number(r.failed_ip), Number(r.failed_customer)),
    };
  },

  async findOperation(db: Db, key: string): Promise<OperationRow | undefined> {
    return db.selectFrom('payments.operations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
  },

  /** False when a task for this refund operation exists already (a retried refund). */
  async insertRefundTask(db: Db, task: RefundTaskRow): Promise<boolean> {
    const inserted = await db.insertInto('payments.refund_tasks').values(task).onConflict((oc) => oc.column('operation_key').doNothing()).returning('id').executeTakeFirst();
    return inserted !== undefined;
  },

  /** An order's refunds still to be paid out, oldest first; locked when the details are about to change. */
  async openRefundTasksOfOrder(db: Db, orderId: string, options: { lock?: boolean } = {}): Promise<RefundTaskRow[]> {
    return db.selectFrom('payments.refund_tasks').selectAll().where('order_id', '=', orderId).where('status', '=', 'open')
      .orderBy('created_at').orderBy('id').$if(options.lock === true, (q) => q.forUpdate()).execute();
  },

  async setPayoutDetails(db: Db, taskIds: readonly string[], details: PayoutDetails, at: Date): Promise<void> {
    if (!taskIds.length) return;
    await db.updateTable('payments.refund_tasks').set({
      account_holder: details.accountHolder, bank_name: details.bankName, account_number: details.accountNumber, bank_code: details.bankCode, details_given_at: at,
    }).where('id', 'in', taskIds).where('status', '=', 'open').execute();
  },

  async openRefundTasks(db: Db, limit: number): Promise<RefundTaskRow[]> {
    return db.selectFrom('payments.refund_tasks').selectAll().where('status', '=', 'open').orderBy('created_at').limit(limit).execute();
  },

  async lockRefundTask(db: Db, id: string): Promise<RefundTaskRow | undefined> {
    return db.selectFrom('payments.refund_tasks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async completeRefundTask(db: Db, id: string, change: { note: string; doneBy: string; at: Date; accountNumber: string | null }): Promise<void> {
    await db.updateTable('payments.refund_tasks').set({ status: 'done', note: change.note, done_by: change.doneBy, done_at: change.at, account_number: change.accountNumber }).where('id', '=', id).execute();
  },

  async insertOperation(db: Db, op: { id: string; intentId: string; kind: OperationKind; amount: number; currency: string; key: string; outcome: OperationRow['outcome']; providerReference: string | null; failureReason: string | null; now: Date }): Promise<void> {
    await db.insertInto('payments.operations').values({
      id: op.id, intent_id: op.intentId, kind: op.kind, amount: op.amount, currency: op.currency, idempotency_key: op.key,
      outcome: op.outcome, provider_reference: op.providerReference, failure_reason: op.failureReason, created_at: op.now,
    }).execute();
  },

  async settleAuthorisation(db: Db, intentId: string, outcome: 'succeeded' | 'failed', reason: string | null): Promise<void> {
    await db.updateTable('payments.operations').set({ outcome, failure_reason: reason }).where('intent_id', '=', intentId).where('kind', '=', 'authorise').where('outcome', '=', 'pending').execute();
  },

  async operationsOf(db: Db, intentId: string): Promise<OperationRow[]> {
    return db.selectFrom('payments.operations').selectAll().where('intent_id', '=', intentId).orderBy('created_at').orderBy('id').execute();
  },

  /** Records a webhook event once; false when this provider already sent this event id (a replay). */
  async recordWebhookEvent(db: Db, event: { id: string; provider: string; eventId: string; type: string; now: Date }): Promise<boolean> {
    const inserted = await db.insertInto('payments.webhook_events')
      .values({ id: event.id, provider: event.provider, event_id: event.eventId, type: event.type, intent_id: null, outcome: 'received', received_at: event.now })
      .onConflict((oc) => oc.columns(['provider', 'event_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  },

  async settleWebhookEvent(db: Db, id: string, intentId: string | null, outcome: string): Promise<void> {
    await db.updateTable('payments.webhook_events').set({ intent_id: intentId, outcome }).where('id', '=', id).execute();
  },

  /** The three methods' settings; locked when about to be changed, so two changes cannot both switch off the last method. */
  async methodSettings(db: Db, options: { lock?: boolean } = {}): Promise<MethodSettingsRow[]> {
    return db.selectFrom('payments.method_settings').selectAll().$if(options.lock === true, (q) => q.forUpdate()).execute();
  },

  async updateMethodSetting(db: Db, method: PaymentMethod, change: { enabled: boolean; deadlineMinutes: number | null }, now: Date): Promise<void> {
    await db.updateTable('payments.method_settings').set({ enabled: change.enabled, deadline_minutes: change.deadlineMinutes, updated_at: now }).where('method', '=', method).execute();
  },

  async updateReviewThreshold(db: Db, threshold: number, now: Date): Promise<void> {
    await db.updateTable('payments.method_settings').set({ review_threshold: threshold, updated_at: now }).where('method', '=', 'card').execute();
  },
};
