import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { PaymentErrors } from '../payments.errors.ts';
import type { ProviderOutcome } from '../payments.providers.ts';
import { paymentsRepository as repo, type Intent } from '../payments.repository.ts';
import type { OperationKind, OperationRow } from '../payments.tables.ts';

/** What an operation did; a retried call with the same key gets this same answer back. */
export interface OperationResult {
  operationId: string;
  intentId: string;
  kind: OperationKind;
  amount: number;
  currency: string;
  outcome: 'succeeded' | 'failed';
  failureReason: string | null;
  /** True when this answer is the recorded one of an earlier call with the same key. */
  replayed: boolean;
}

function toResult(row: OperationRow, replayed: boolean): OperationResult {
  return {
    operationId: row.id, intentId: row.intent_id, kind: row.kind, amount: Number(row.amount), currency: row.currency,
    outcome: row.outcome === 'failed' ? 'failed' : 'succeeded', failureReason: row.failure_reason, replayed,
  };
}

/** The answer recorded for `key`, if any; the same key for a different operation is refused. */
export async function recordedOperation(ctx: Ctx, key: string, expected: { kind: OperationKind; amount: number; orderIntents: readonly Intent[] }): Promise<OperationResult | undefined> {
  const earlier = await repo.findOperation(ctx.tx, key);
  if (!earlier) return undefined;
  const sameCall = earlier.kind === expected.kind && Number(earlier.amount) === expected.amount && expected.orderIntents.some((i) => i.id === earlier.intent_id);
  if (!sameCall) throw PaymentErrors.idempotency_key_reused({ detail: `The key ${key} was used for a ${earlier.kind} of ${earlier.amount}.` });
  return toResult(earlier, true);
}

/**
 * Calls the provider with the idempotency key, then records the call under that key. The caller
 * holds the payment's lock and checked `recordedOperation` first: lock, re-check, act, record.
 */
export async function performOperation(ctx: Ctx, intent: Intent, kind: OperationKind, amount: number, key: string, call: () => Promise<ProviderOutcome>): Promise<OperationResult> {
  const outcome = await call();
  const id = newId('payop', ctx.clock.now().getTime());
  await repo.insertOperation(ctx.tx, {
    id, intentId: intent.id, kind, amount, currency: intent.currency, key, outcome: outcome.ok ? 'succeeded' : 'failed',
    providerReference: intent.providerReference, failureReason: outcome.ok ? null : outcome.reason, now: ctx.clock.now(),
  });
  return { operationId: id, intentId: intent.id, kind, amount, currency: intent.currency, outcome: outcome.ok ? 'succeeded' : 'failed', failureReason: outcome.ok ? null : outcome.reason, replayed: false };
}
