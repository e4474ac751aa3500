import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { PricingErrors } from '../pricing.errors.ts';
import { promotionsRepository as promos } from '../pricing.promotions.repository.ts';
import type { PromotionRow } from '../pricing.tables.ts';
import type { Quote, QuotedPromotion } from '../pricing.types.ts';

export interface RedeemDeps {
  /** Marks the customer's welcome offer used by this order; false when it was used already. */
  consumeWelcomeEntitlement?: ((ctx: Ctx, customerId: string, orderId: string) => Promise<boolean>) | undefined;
}

const unavailable = (promotion: QuotedPromotion, why: string) =>
  PricingErrors.promotion_unavailable({ detail: `${promotion.name}${promotion.code ? ` (${promotion.code})` : ''}: ${why}`, extra: { promotion_id: promotion.promotionId } });

/**
 * Records the promotions a placed order used, inside the placing transaction: each promotion row
 * is locked, its limits checked again, a single-use code marked used, the welcome offer consumed.
 * Whoever loses a race for the last use gets `pricing.promotion_unavailable` and their whole
 * placing rolls back. Safe to call twice for one order: what it already recorded is skipped.
 */
export async function redeem(ctx: Ctx, deps: RedeemDeps, quote: Quote, order: { orderId: string; customerId: string | null }): Promise<void> {
  // Locks are always taken in promotion-id order, so two orders sharing promotions cannot deadlock.
  const used = quote.promotions.filter((p) => p.applied && p.promotionId !== '' && p.amount > 0).sort((a, b) => a.promotionId.localeCompare(b.promotionId));
  for (const promotion of used) {
    if (await promos.redemptionOf(ctx.tx, promotion.promotionId, order.orderId)) continue;
    // Why FOR UPDATE: concurrent placings queue on the promotion row, so the counts below are exact.
    const row = await promos.lockPromotion(ctx.tx, promotion.promotionId);
    if (!row || !row.active) throw unavailable(promotion, 'it has ended.');
    await checkLimits(ctx, row, promotion, order.customerId);
    const singleUse = promotion.code ? await claimCode(ctx, row, promotion, order.orderId) : false;
    if (needsWelcomeOffer(row)) await consumeWelcomeOffer(ctx, deps, promotion, order);
    await recordRedemption(ctx, promotion, quote.currency, order, singleUse);
    await promos.countUse(ctx.tx, row.id, ctx.clock.now());
  }
}

async function checkLimits(ctx: Ctx, row: PromotionRow, promotion: QuotedPromotion, customerId: string | null): Promise<void> {
  if (row.usage_limit !== null && row.times_used >= row.usage_limit) throw unavailable(promotion, 'it has been used as many times as it may be.');
  if (row.per_customer_limit === null) return;
  if (customerId === null) throw unavailable(promotion, 'it is for signed-in customers.');
  const uses = (await promos.customerUses(ctx.tx, customerId, [row.id])).get(row.id) ?? 0;
  if (uses >= row.per_customer_limit) throw unavailable(promotion, 'you have used it as many times as you may.');
}

/** Locks the code; a single-use code is marked used by this order. Returns whether it is single-use. */
async function claimCode(ctx: Ctx, row: PromotionRow, promotion: QuotedPromotion, orderId: string): Promise<boolean> {
  const code = await promos.lockCode(ctx.tx, promotion.code!);
  if (!code || !code.active || code.promotion_id !== row.id) throw unavailable(promotion, 'the code is no longer valid.');
  if (!code.single_use) return false;
  if (code.used_at !== null) throw unavailable(promotion, 'the code has been used.');
  await promos.markCodeUsed(ctx.tx, code.code, orderId, ctx.clock.now());
  return true;
}

function needsWelcomeOffer(row: PromotionRow): boolean {
  return row.conditions.some((c) => c.type === 'customer' && c.config.who === 'new_member');
}

async function consumeWelcomeOffer(ctx: Ctx, deps: RedeemDeps, promotion: QuotedPromotion, order: { orderId: string; customerId: string | null }): Promise<void> {
  if (order.customerId === null || !deps.consumeWelcomeEntitlement) throw unavailable(promotion, 'it is for new members.');
  if (!(await deps.consumeWelcomeEntitlement(ctx, order.customerId, order.orderId))) throw unavailable(promotion, 'your welcome offer has been used.');
}

async function recordRedemption(ctx: Ctx, promotion: QuotedPromotion, currency: string, order: { orderId: string; customerId: string | null }, singleUse: boolean): Promise<void> {
  try {
    await promos.insertRedemption(ctx.tx, {
      id: newId('red', ctx.clock.now().getTime()),
      promotion_id: promotion.promotionId,
      code: promotion.code,
      single_use_code: singleUse ? promotion.code : null,
      order_id: order.orderId,
      customer_id: order.customerId,
      amount: BigInt(promotion.amount),
      currency,
      redeemed_at: ctx.clock.now(),
    });
  } catch (error) {
    // The unique constraints are the last guard, should a lock ever be bypassed.
    if ((error as { code?: string }).code === '23505') throw unavailable(promotion, 'the code has been used.');
    throw error;
  }
}
