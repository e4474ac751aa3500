import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import type { Zone } from '../../inventory/index.ts';
import { bandsInOrder } from '../pricing.delivery.rules.ts';
import { PricingErrors } from '../pricing.errors.ts';
import { promotionsRepository as repo } from '../pricing.promotions.repository.ts';
import type { DeliveryRate, DeliveryRateBody, DutyRule, DutyRuleBody } from '../pricing.schemas.ts';
import type { DeliveryMethod, DeliveryRateRow, DutyRuleRow } from '../pricing.tables.ts';
import { MANAGE, type AuditPort } from './admin-promotions.ts';

/** Delivery rates per zone and method, and duty rules per zone: kept in HKD, edited in the backstage. */

export async function listDeliveryRates(ctx: Ctx): Promise<DeliveryRate[]> {
  requireStaff(ctx.actor, MANAGE);
  return (await repo.deliveryRates(ctx.tx)).map(presentRate);
}

export async function setDeliveryRate(ctx: Ctx, audit: AuditPort, zone: Zone, method: DeliveryMethod, body: DeliveryRateBody): Promise<DeliveryRate> {
  requireStaff(ctx.actor, MANAGE);
  await writeDeliveryRate(ctx, zone, method, body);
  await audit.recordAudit(ctx, { action: 'pricing.delivery_rate_set', subjectType: 'delivery_rate', subjectId: `${zone}/${method}`, detail: { ...body } });
  return presentRate((await repo.deliveryRate(ctx.tx, zone, method))!);
}

/** Shared by the backstage and the demo data. */
export async function writeDeliveryRate(ctx: Ctx, zone: Zone, method: DeliveryMethod, body: DeliveryRateBody): Promise<void> {
  if (!bandsInOrder(body.bands)) throw PricingErrors.invalid_rate({ detail: 'Bands must rise, and only the last may have no upper bound.' });
  await repo.upsertDeliveryRate(ctx.tx, {
    zone, method, basis: body.basis, bands: JSON.stringify(body.bands), free_from_hkd: body.freeFromHkd === null ? null : BigInt(body.freeFromHkd), updated_at: ctx.clock.now(),
  });
}

export async function listDutyRules(ctx: Ctx): Promise<DutyRule[]> {
  requireStaff(ctx.actor, MANAGE);
  return (await repo.dutyRules(ctx.tx)).map(presentDuty);
}

export async function setDutyRule(ctx: Ctx, audit: AuditPort, zone: Zone, body: DutyRuleBody): Promise<DutyRule> {
  requireStaff(ctx.actor, MANAGE);
  await writeDutyRule(ctx, zone, body);
  await audit.recordAudit(ctx, { action: 'pricing.duty_rule_set', subjectType: 'duty_rule', subjectId: zone, detail: { rateBasisPoints: body.rateBasisPoints, deMinimisHkd: body.deMinimisHkd } });
  return presentDuty((await repo.dutyRule(ctx.tx, zone))!);
}

export async function writeDutyRule(ctx: Ctx, zone: Zone, body: DutyRuleBody): Promise<void> {
  await repo.upsertDutyRule(ctx.tx, { zone, rate_basis_points: body.rateBasisPoints, de_minimis_hkd: BigInt(body.deMinimisHkd), note: body.note, updated_at: ctx.clock.now() });
}

function presentRate(row: DeliveryRateRow): DeliveryRate {
  return { zone: row.zone, method: row.method, basis: row.basis, bands: row.bands, freeFromHkd: row.free_from_hkd === null ? null : Number(row.free_from_hkd), updatedAt: row.updated_at.toISOString() };
}

function presentDuty(row: DutyRuleRow): DutyRule {
  return { zone: row.zone, rateBasisPoints: row.rate_basis_points, deMinimisHkd: Number(row.de_minimis_hkd), note: row.note, updatedAt: row.updated_at.toISOString() };
}
