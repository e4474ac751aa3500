import { allocate, money } from '../../kernel/money.ts';
import { actionOf, conditionOf, isActionType, isConditionType, type EngineFacts, type EngineLine } from './pricing.promotion-rules.ts';
import type { CombinesWith, StoredRule } from './pricing.tables.ts';
import type { PromotionReason, QuotedPromotion } from './pricing.types.ts';

/** A promotion that might apply to this bag: an automatic one, or one whose code was entered. */
export interface CandidatePromotion {
  id: string;
  name: string;
  code: string | null;
  priority: number;
  createdAt: Date;
  combinesWith: CombinesWith;
  conditions: readonly StoredRule[];
  actions: readonly StoredRule[];
  /** Set when it cannot apply whatever the bag holds: a used single-use code, a reached limit. */
  blocked: PromotionReason | null;
}

export interface EvaluatedPromotion extends QuotedPromotion {
  /** Applied with a free-delivery action: the quote fills in the fee it saves. */
  freeDelivery: boolean;
}

export interface EngineResult {
  promotions: EvaluatedPromotion[];
  /** Discount per line id, in minor units; every applied amount is spread over its lines exactly. */
  lineDiscounts: Map<string, number>;
}

/**
 * Applies the candidates in priority order (higher first, then older first). Each one that meets
 * its conditions and is not excluded by one applied before it takes its discount from what the
 * earlier ones left of its lines, so stacked discounts never pass a line's price. Each candidate
 * comes back with whether it applied and, if not, why.
 */
export function applyPromotions(candidates: readonly CandidatePromotion[], lines: readonly EngineLine[], facts: EngineFacts): EngineResult {
  const working = lines.map((line) => ({ ...line }));
  const lineDiscounts = new Map(lines.map((line) => [line.lineId, 0]));
  const applied: CandidatePromotion[] = [];
  const promotions: EvaluatedPromotion[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    const notApplied = (reason: PromotionReason): EvaluatedPromotion =>
      ({ promotionId: candidate.id, name: candidate.name, code: candidate.code, applied: false, amount: 0, reason, freeDelivery: false });
    if (candidate.blocked) {
      promotions.push(notApplied(candidate.blocked));
      continue;
    }
    const scope = eligibleLines(candidate, working, facts);
    if (!Array.isArray(scope)) {
      promotions.push(notApplied(scope.reason));
      continue;
    }
    // Exclusion is judged only for a promotion that would otherwise apply, so its own reason shows first.
    if (applied.some((earlier) => !combinable(earlier, candidate))) {
      promotions.push(notApplied('excluded'));
      continue;
    }
    const outcome = runActions(candidate, scope, facts, lineDiscounts);
    if ('reason' in outcome) {
      promotions.push(notApplied(outcome.reason));
      continue;
    }
    applied.push(candidate);
    promotions.push({ promotionId: candidate.id, name: candidate.name, code: candidate.code, applied: true, amount: outcome.amount, reason: null, freeDelivery: outcome.freeDelivery });
  }
  return { promotions, lineDiscounts };
}

/** Two promotions combine only when each one's policy allows the other. */
export function combinable(a: Pick<CandidatePromotion, 'id' | 'combinesWith'>, b: Pick<CandidatePromotion, 'id' | 'combinesWith'>): boolean {
  const allows = (policy: CombinesWith, id: string) => policy === 'all' || (Array.isArray(policy) && policy.includes(id));
  return allows(a.combinesWith, b.id) && allows(b.combinesWith, a.id);
}

/** The lines the promotion covers when its conditions hold, or why they do not. */
function eligibleLines(candidate: CandidatePromotion, lines: EngineLine[], facts: EngineFacts): EngineLine[] | { reason: PromotionReason } {
  const known = candidate.conditions.filter((c) => isConditionType(c.type));
  // A rule this version of the shop does not know is never guessed at.
  if (known.length !== candidate.conditions.length || !candidate.actions.every((a) => isActionType(a.type))) return { reason: 'not_eligible' };
  const definitions = known.map((c) => ({ definition: conditionOf(c.type as never), config: c.config }));
  for (const { definition, config } of definitions.filter((d) => d.definition.stage === 'who')) {
    const reason = definition.check?.(config, facts, lines);
    if (reason) return { reason };
  }
  const scopes = definitions.filter((d) => d.definition.stage === 'scope');
  const scoped = lines.filter((line) => line.remaining > 0 && scopes.every(({ definition, config }) => definition.covers?.(config, line) ?? true));
  if (scoped.length === 0) return { reason: 'not_eligible' };
  for (const { definition, config } of definitions.filter((d) => d.definition.stage === 'bag')) {
    const reason = definition.check?.(config, facts, scoped);
    if (reason) return { reason };
  }
  return scoped;
}

/** Runs the actions in order; each amount is capped at what is left and spread over the lines. */
function runActions(candidate: CandidatePromotion, scope: EngineLine[], facts: EngineFacts, lineDiscounts: Map<string, number>): { reason: PromotionReason } | { amount: number; freeDelivery: boolean } {
  let amount = 0;
  let freeDelivery = false;
  let reason: PromotionReason | null = null;
  for (const stored of candidate.actions) {
    const outcome = actionOf(stored.type as never).apply(stored.config, facts, scope);
    if ('reason' in outcome) {
      reason ??= outcome.reason;
    } else if ('freeDelivery' in outcome) {
      freeDelivery = true;
    } else {
      amount += spread(Math.min(outcome.amount, scope.reduce((t, l) => t + l.remaining, 0)), scope, facts, lineDiscounts);
    }
  }
  if (amount === 0 && !freeDelivery) return { reason: reason ?? 'not_eligible' };
  return { amount, freeDelivery };
}

/** Splits the amount over the lines in proportion to what is left of them (largest remainder). */
function spread(amount: number, scope: EngineLine[], facts: EngineFacts, lineDiscounts: Map<string, number>): number {
  if (amount <= 0) return 0;
  const shares = allocate(money(amount, facts.currency), scope.map((line) => line.remaining));
  scope.forEach((line, index) => {
    const share = shares[index]!.amount;
    line.remaining -= share;
    lineDiscounts.set(line.lineId, (lineDiscounts.get(line.lineId) ?? 0) + share);
  });
  return amount;
}
