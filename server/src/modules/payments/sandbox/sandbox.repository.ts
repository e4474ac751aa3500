import type { Kysely } from 'kysely';
import type { EventRow, SandboxTables, SessionRow, SessionStatus } from './sandbox.tables.ts';

type Db = Kysely<SandboxTables>;

/** All SQL of the sandbox processor. */
export const sandboxRepository = {
  /** The merchant's signing secret, created by whoever asks first (on conflict: the first one wins). */
  async signingSecret(db: Db, candidate: string, now: Date): Promise<string> {
    await db.insertInto('sandbox.merchants').values({ id: 'vitrine', signing_secret: candidate, created_at: now }).onConflict((oc) => oc.column('id').doNothing()).execute();
    const row = await db.selectFrom('sandbox.merchants').select('signing_secret').where('id', '=', 'vitrine').executeTakeFirstOrThrow();
    return row.signing_secret;
  },

  async insertSession(db: Db, session: { id: string; reference: string; amount: number; currency: string; returnUrl: string; seed: number; expiresAt: Date; now: Date }): Promise<void> {
    await db.insertInto('sandbox.sessions').values({
      id: session.id, merchant_reference: session.reference, amount: session.amount, currency: session.currency, return_url: session.returnUrl,
      status: 'open', failure_reason: null, card_brand: null, card_last4: null, seed: session.seed, expires_at: session.expiresAt,
      created_at: session.now, updated_at: session.now,
    }).execute();
  },

  /** Locks the session: a double-clicked pay button is handled once. */
  async lockSession(db: Db, id: string): Promise<SessionRow | undefined> {
    return db.selectFrom('sandbox.sessions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async findSession(db: Db, id: string): Promise<SessionRow | undefined> {
    return db.selectFrom('sandbox.sessions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async updateSession(db: Db, id: string, change: { status?: SessionStatus; failureReason?: string; review?: boolean; card?: { brand: string; last4: string }; capturedAmount?: number; refundedAmount?: number; voided?: boolean; now: Date }): Promise<void> {
    await db.updateTable('sandbox.sessions').set({
      ...(change.status ? { status: change.status } : {}),
      ...(change.failureReason ? { failure_reason: change.failureReason } : {}),
      ...(change.review !== undefined ? { review: change.review } : {}),
      ...(change.card ? { card_brand: change.card.brand, card_last4: change.card.last4 } : {}),
      ...(change.capturedAmount !== undefined ? { captured_amount: change.capturedAmount } : {}),
      ...(change.refundedAmount !== undefined ? { refunded_amount: change.refundedAmount } : {}),
      ...(change.voided !== undefined ? { voided: change.voided } : {}),
      updated_at: change.now,
    }).where('id', '=', id).execute();
  },

  async findOperation(db: Db, key: string): Promise<Record<string, unknown> | undefined> {
    return (await db.selectFrom('sandbox.operations').select('result').where('idempotency_key', '=', key).executeTakeFirst())?.result;
  },

  async insertOperation(db: Db, op: { key: string; sessionId: string; kind: string; amount: number; result: Record<string, unknown>; now: Date }): Promise<void> {
    await db.insertInto('sandbox.operations').values({ idempotency_key: op.key, session_id: op.sessionId, kind: op.kind, amount: op.amount, result: JSON.stringify(op.result), created_at: op.now }).execute();
  },

  async insertEvent(db: Db, event: { id: string; sessionId: string; type: string; payload: Record<string, unknown>; now: Date }): Promise<void> {
    await db.insertInto('sandbox.events').values({ id: event.id, session_id: event.sessionId, type: event.type, payload: JSON.stringify(event.payload), created_at: event.now }).execute();
  },

  async findEvent(db: Db, id: string): Promise<EventRow | undefined> {
    return db.selectFrom('sandbox.events').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async eventsOf(db: Db, sessionId: string): Promise<EventRow[]> {
    return db.selectFrom('sandbox.events').selectAll().where('session_id', '=', sessionId).orderBy('created_at').orderBy('id').execute();
  },

  async recordDelivery(db: Db, id: string, result: { status: number | null; error: string | null }): Promise<void> {
    await db.updateTable('sandbox.events').set((eb) => ({ deliveries: eb('deliveries', '+', 1), last_status: result.status, last_error: result.error })).where('id', '=', id).execute();
  },
};
