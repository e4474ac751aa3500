import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { FulfilmentErrors } from '../fulfilment.errors.ts';
import type { FulfilmentDeps } from '../fulfilment.ports.ts';
import { fulfilmentRepository as repo } from '../fulfilment.repository.ts';
import { isTerminal, type Justification } from '../fulfilment.rules.ts';
import type { RefusalRow, ShipmentRow } from '../fulfilment.tables.ts';

/**
 * The consignee refused the parcel (DEL-6). It is recorded as waiting for staff to say whether
 * the refusal was justified; only an unjustified one counts against the customer.
 */
export async function recordRefusal(ctx: Ctx, _deps: FulfilmentDeps, shipment: ShipmentRow, input: { statedReason?: string | undefined; occurredAt?: Date | undefined; externalId?: string | undefined }, source: 'staff' | 'carrier'): Promise<ShipmentRow> {
  if (isTerminal(shipment.status)) {
    if (shipment.status === 'refused' && input.externalId) return shipment;
    throw FulfilmentErrors.already_closed();
  }
  if (shipment.status === 'packing') throw FulfilmentErrors.not_packing({ detail: 'The parcel has not been dispatched.' });
  const now = ctx.clock.now();
  const occurredAt = input.occurredAt ?? now;
  const recorded = await repo.insertEvent(ctx.tx, {
    id: newId('dev', now.getTime()), shipment_id: shipment.id, kind: 'refused', reason: null, exempt: false,
    note: input.statedReason ?? null, source, external_id: input.externalId ?? null, occurred_at: occurredAt, recorded_at: now,
  });
  if (!recorded) return shipment;
  await repo.update(ctx.tx, shipment.id, { status: 'refused' }, now);
  await repo.insertRefusal(ctx.tx, {
    id: newId('ref', now.getTime()), shipment_id: shipment.id, customer_id: shipment.customer_id, stated_reason: input.statedReason ?? null,
    classification: 'pending', justification: null, classified_by: null, classified_at: null, refused_at: occurredAt,
  });
  return { ...shipment, status: 'refused', updated_at: now };
}

/** Staff decide: justified (damaged, wrong item, late beyond the promise) or not. Decided once. */
export async function classifyRefusal(ctx: Ctx, deps: FulfilmentDeps, refusalId: string, input: { justified: boolean; justification?: Justification | undefined }): Promise<RefusalRow> {
  const refusal = await repo.lockRefusal(ctx.tx, refusalId);
  if (!refusal) throw FulfilmentErrors.refusal_not_found();
  if (refusal.classification !== 'pending') throw FulfilmentErrors.refusal_classified();
  if (input.justified && !input.justification) throw FulfilmentErrors.justification_required();
  const changes = {
    classification: input.justified ? 'justified' as const : 'unjustified' as const, justification: input.justified ? input.justification! : null,
    classified_by: ctx.actor.kind === 'staff' ? ctx.actor.staffId : ctx.actor.kind, classified_at: ctx.clock.now(),
  };
  await repo.updateRefusal(ctx.tx, refusal.id, changes);
  await deps.audit.recordAudit(ctx, { action: 'fulfilment.refusal_classified', subjectType: 'refusal', subjectId: refusal.id, detail: { classification: changes.classification, justification: changes.justification } });
  return { ...refusal, ...changes };
}

/**
 * DEL-6: whether this customer's new orders are refused: as many unjustified refusals as the
 * limit within the period (by the database clock), both set in the backstage.
 */
export async function refusedForRejections(ctx: Ctx, customerId: string): Promise<{ refused: boolean; count: number; limit: number }> {
  const settings = await repo.settings(ctx.tx);
  const since = await repo.databaseNow(ctx.tx);
  since.setUTCMonth(since.getUTCMonth() - settings.refusal_period_months);
  const count = await repo.unjustifiedSince(ctx.tx, customerId, since);
  return { refused: count >= settings.refusal_limit, count, limit: settings.refusal_limit };
}
