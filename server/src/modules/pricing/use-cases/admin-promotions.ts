import { randomBytes } from 'node:crypto';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import type { FieldProblem } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { PricingErrors } from '../pricing.errors.ts';
import { ACTIONS, CONDITIONS, actionOf, conditionOf, isActionType, isConditionType } from '../pricing.promotion-rules.ts';
import { promotionsRepository as promos } from '../pricing.promotions.repository.ts';
import type { AdminCode, AdminPromotion, CodesBody, PromotionCreateBody, PromotionPatchBody } from '../pricing.schemas.ts';
import type { PromotionCodeRow, PromotionRow, StoredRule } from '../pricing.tables.ts';
import { normaliseCode } from './quote.ts';

/** The audit trail of staff actions, kept by the access module. */
export interface AuditPort {
  recordAudit(ctx: Ctx, entry: { action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void>;
}

export const MANAGE = 'catalog.manage';

/** The registry as the backstage editor needs it: each rule's name, purpose and config schema. */
export function ruleCatalogue(ctx: Ctx) {
  requireStaff(ctx.actor, MANAGE);
  const describe = (entries: [string, { description: string; config: unknown }][]) => entries.map(([type, d]) => ({ type, description: d.description, config: d.config }));
  return { conditions: describe(Object.entries(CONDITIONS)), actions: describe(Object.entries(ACTIONS)) };
}

/** Every rule must be one the registry knows, with a config its schema accepts. */
export function validateRules(conditions: readonly StoredRule[], actions: readonly StoredRule[]): void {
  const problems: FieldProblem[] = [];
  conditions.forEach((rule, index) => {
    if (!isConditionType(rule.type)) problems.push({ field: `/conditions/${index}/type`, code: 'unknown_rule', message: `${rule.type} is not a condition` });
    else problems.push(...configProblems(conditionOf(rule.type).config, rule.config, `/conditions/${index}/config`));
  });
  actions.forEach((rule, index) => {
    if (!isActionType(rule.type)) problems.push({ field: `/actions/${index}/type`, code: 'unknown_rule', message: `${rule.type} is not an action` });
    else problems.push(...configProblems(actionOf(rule.type).config, rule.config, `/actions/${index}/config`));
  });
  if (problems.length > 0) throw PricingErrors.invalid_promotion({ fields: problems });
}

function configProblems(schema: TSchema, config: unknown, at: string): FieldProblem[] {
  if (Value.Check(schema, config)) return [];
  return [...Value.Errors(schema, config)].slice(0, 5).map((e) => ({ field: `${at}${e.instancePath}`, code: `invalid_${e.keyword}`, message: e.message }));
}

/** Writes a promotion (and its shared code); shared by the backstage and the demo data. */
export async function writePromotion(ctx: Ctx, body: PromotionCreateBody): Promise<string> {
  validateRules(body.conditions, body.actions);
  if (body.code && body.trigger !== 'code') throw PricingErrors.invalid_promotion({ detail: 'Only a promotion triggered by a code has codes.' });
  const now = ctx.clock.now();
  const id = newId('promo', now.getTime());
  await promos.insertPromotion(ctx.tx, {
    id, name: body.name, trigger: body.trigger, conditions: JSON.stringify(body.conditions), actions: JSON.stringify(body.actions),
    priority: body.priority ?? 0, combines_with: JSON.stringify(body.combinesWith ?? 'all'), usage_limit: body.usageLimit ?? null,
    per_customer_limit: body.perCustomerLimit ?? null, active: true, created_at: now, updated_at: now,
  });
  if (body.code) await addSharedCode(ctx, id, body.code);
  return id;
}

export async function listPromotions(ctx: Ctx): Promise<AdminPromotion[]> {
  requireStaff(ctx.actor, MANAGE);
  return (await promos.listPromotions(ctx.tx)).map(present);
}

export async function createPromotion(ctx: Ctx, audit: AuditPort, body: PromotionCreateBody): Promise<AdminPromotion> {
  requireStaff(ctx.actor, MANAGE);
  const id = await writePromotion(ctx, body);
  await audit.recordAudit(ctx, { action: 'pricing.promotion_created', subjectType: 'promotion', subjectId: id, detail: { name: body.name, trigger: body.trigger } });
  return promotionView(ctx, id);
}

export async function updatePromotion(ctx: Ctx, audit: AuditPort, id: string, body: PromotionPatchBody): Promise<AdminPromotion> {
  requireStaff(ctx.actor, MANAGE);
  const row = await promotionRow(ctx, id);
  validateRules(body.conditions ?? row.conditions, body.actions ?? row.actions);
  await promos.updatePromotion(ctx.tx, id, {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.conditions !== undefined && { conditions: JSON.stringify(body.conditions) }),
    ...(body.actions !== undefined && { actions: JSON.stringify(body.actions) }),
    ...(body.priority !== undefined && { priority: body.priority }),
    ...(body.combinesWith !== undefined && { combines_with: JSON.stringify(body.combinesWith) }),
    ...(body.usageLimit !== undefined && { usage_limit: body.usageLimit }),
    ...(body.perCustomerLimit !== undefined && { per_customer_limit: body.perCustomerLimit }),
    updated_at: ctx.clock.now(),
  });
  await audit.recordAudit(ctx, { action: 'pricing.promotion_updated', subjectType: 'promotion', subjectId: id, detail: { fields: Object.keys(body) } });
  return promotionView(ctx, id);
}

/** Ends a promotion at once; orders already placed keep their discount. */
export async function deactivatePromotion(ctx: Ctx, audit: AuditPort, id: string): Promise<AdminPromotion> {
  requireStaff(ctx.actor, MANAGE);
  await promotionRow(ctx, id);
  await promos.updatePromotion(ctx.tx, id, { active: false, updated_at: ctx.clock.now() });
  await audit.recordAudit(ctx, { action: 'pricing.promotion_deactivated', subjectType: 'promotion', subjectId: id });
  return promotionView(ctx, id);
}

export async function listCodes(ctx: Ctx, promotionId: string): Promise<AdminCode[]> {
  requireStaff(ctx.actor, MANAGE);
  await promotionRow(ctx, promotionId);
  return (await promos.codesOf(ctx.tx, promotionId, 5000)).map(presentCode);
}

/** A shared code, or `generate` single-use codes (`PREFIX-XXXXXXXX`, unguessable). */
export async function addCodes(ctx: Ctx, audit: AuditPort, promotionId: string, body: CodesBody): Promise<AdminCode[]> {
  requireStaff(ctx.actor, MANAGE);
  const row = await promotionRow(ctx, promotionId);
  if (row.trigger !== 'code') throw PricingErrors.invalid_promotion({ detail: 'An automatic promotion has no codes.' });
  const codes = 'code' in body ? [await addSharedCode(ctx, promotionId, body.code)] : await generateCodes(ctx, promotionId, body.generate, body.prefix);
  await audit.recordAudit(ctx, { action: 'pricing.codes_added', subjectType: 'promotion', subjectId: promotionId, detail: { count: codes.length, singleUse: !('code' in body) } });
  const rows = await promos.codes(ctx.tx, codes);
  return rows.map(presentCode);
}

export async function deactivateCode(ctx: Ctx, audit: AuditPort, code: string): Promise<AdminCode> {
  requireStaff(ctx.actor, MANAGE);
  const row = await promos.deactivateCode(ctx.tx, normaliseCode(code));
  if (!row) throw PricingErrors.code_not_found({ detail: `No code ${code}.` });
  await audit.recordAudit(ctx, { action: 'pricing.code_deactivated', subjectType: 'promotion', subjectId: row.promotion_id, detail: { code: row.code } });
  return presentCode(row);
}

async function addSharedCode(ctx: Ctx, promotionId: string, code: string): Promise<string> {
  const inserted = await promos.insertCodes(ctx.tx, [{ code: normaliseCode(code), promotion_id: promotionId, single_use: false, active: true, used_at: null, used_order_id: null, created_at: ctx.clock.now() }]);
  if (inserted.length === 0) throw PricingErrors.code_taken({ detail: `${normaliseCode(code)} is already a code.` });
  return inserted[0]!;
}

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

async function generateCodes(ctx: Ctx, promotionId: string, count: number, prefix = 'VIP'): Promise<string[]> {
  const made: string[] = [];
  // A clash with an existing code (about 1 in 6.5e11 per code) is simply drawn again.
  while (made.length < count) {
    const batch = Array.from({ length: count - made.length }, () => `${prefix.toUpperCase()}-${[...randomBytes(8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')}`);
    made.push(...await promos.insertCodes(ctx.tx, batch.map((code) => ({ code, promotion_id: promotionId, single_use: true, active: true, used_at: null, used_order_id: null, created_at: ctx.clock.now() }))));
  }
  return made;
}

async function promotionRow(ctx: Ctx, id: string): Promise<PromotionRow> {
  const [row] = await promos.promotionsByIds(ctx.tx, [id]);
  if (!row) throw PricingErrors.promotion_not_found({ detail: `No promotion ${id}.` });
  return row;
}

async function promotionView(ctx: Ctx, id: string): Promise<AdminPromotion> {
  const [row] = await promos.listPromotions(ctx.tx, id);
  if (!row) throw PricingErrors.promotion_not_found({ detail: `No promotion ${id}.` });
  return present(row);
}

function present(row: PromotionRow & { codes: number; codes_used: number }): AdminPromotion {
  return {
    id: row.id, name: row.name, trigger: row.trigger, conditions: row.conditions, actions: row.actions, priority: row.priority,
    combinesWith: row.combines_with, usageLimit: row.usage_limit, perCustomerLimit: row.per_customer_limit, timesUsed: row.times_used,
    active: row.active, codes: Number(row.codes), codesUsed: Number(row.codes_used), createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
  };
}

function presentCode(row: PromotionCodeRow): AdminCode {
  return {
    code: row.code, promotionId: row.promotion_id, singleUse: row.single_use, active: row.active,
    usedAt: row.used_at?.toISOString() ?? null, usedOrderId: row.used_order_id, createdAt: row.created_at.toISOString(),
  };
}
