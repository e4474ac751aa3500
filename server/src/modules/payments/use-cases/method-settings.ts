import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import type { Db } from '../../../kernel/db/database.ts';
import { PaymentErrors } from '../payments.errors.ts';
import type { AuditPort } from '../payments.ports.ts';
import { paymentsRepository as repo } from '../payments.repository.ts';
import { REVIEW_THRESHOLD_BOUNDS } from '../payments.risk.ts';
import { DEADLINE_BOUNDS, deadlineProblem, leavesAMethodEverywhere, PAYMENT_METHODS, type PaymentSettings } from '../payments.rules.ts';
import type { MethodSettingsRow, PaymentMethod } from '../payments.tables.ts';

const PERMISSION = 'orders.manage';

// A checkout asks which methods are offered, then starts one, in the same transaction: one read serves both.
const readInTransaction = new WeakMap<Db, Promise<MethodSettingsRow[]>>();

function settingRows(ctx: Ctx): Promise<MethodSettingsRow[]> {
  let rows = readInTransaction.get(ctx.tx);
  if (!rows) {
    rows = repo.methodSettings(ctx.tx);
    readInTransaction.set(ctx.tx, rows);
  }
  return rows;
}

function toSettings(rows: readonly MethodSettingsRow[]): PaymentSettings {
  const card = rows.find((r) => r.method === 'card');
  if (!card?.review_threshold) throw new Error('payments.method_settings has no card row: were the migrations run?');
  const methods = PAYMENT_METHODS.flatMap((method) => rows.filter((r) => r.method === method).map((r) => ({ method, enabled: r.enabled, deadlineMinutes: r.deadline_minutes })));
  return { methods, reviewThreshold: card.review_threshold };
}

/** How methods are offered and when a card payment waits for review, as the backstage last set them. */
export async function paymentSettings(ctx: Ctx): Promise<PaymentSettings> {
  return toSettings(await settingRows(ctx));
}

/** The settings as the backstage edits them, with what each may be set to. */
function present(rows: readonly MethodSettingsRow[]) {
  const settings = toSettings(rows);
  return {
    methods: settings.methods.map((m) => ({ ...m, deadlineBounds: DEADLINE_BOUNDS[m.method], updatedAt: rows.find((r) => r.method === m.method)!.updated_at.toISOString() })),
    reviewThreshold: settings.reviewThreshold,
    reviewThresholdBounds: { ...REVIEW_THRESHOLD_BOUNDS },
  };
}

export type PaymentSettingsView = ReturnType<typeof present>;

/** PAY-1 and PAY-3 as settings: each method offered or not with its deadline, and the review threshold. */
export function createSettingsUseCases(deps: { audit?: AuditPort | undefined }) {
  async function listPaymentSettings(ctx: Ctx): Promise<PaymentSettingsView> {
    requireStaff(ctx.actor, PERMISSION);
    return present(await repo.methodSettings(ctx.tx));
  }

  /**
   * Offers a method or stops offering it, and sets its payment deadline. Orders already placed
   * keep the deadline they were given; the next checkout sees the change.
   */
  async function setMethodSetting(ctx: Ctx, method: PaymentMethod, change: { enabled: boolean; deadlineMinutes: number | null }): Promise<PaymentSettingsView> {
    requireStaff(ctx.actor, PERMISSION);
    const problem = deadlineProblem(method, change.deadlineMinutes);
    if (problem) throw PaymentErrors.deadline_out_of_range({ detail: problem, extra: { bounds: DEADLINE_BOUNDS[method] } });
    const rows = await repo.methodSettings(ctx.tx, { lock: true });
    const before = toSettings(rows).methods.find((m) => m.method === method)!;
    const after = toSettings(rows).methods.map((m) => (m.method === method ? { ...m, ...change } : m));
    if (!leavesAMethodEverywhere(after)) throw PaymentErrors.no_method_left();
    await repo.updateMethodSetting(ctx.tx, method, change, ctx.clock.now());
    readInTransaction.delete(ctx.tx);
    await deps.audit?.recordAudit(ctx, {
      action: 'payment.method_settings_changed', subjectType: 'payment_method', subjectId: method,
      detail: { from: { enabled: before.enabled, deadlineMinutes: before.deadlineMinutes }, to: change },
    });
    return present(await repo.methodSettings(ctx.tx));
  }

  /** From this score a card payment waits for a person (PAY-3); a payment already scored is judged by the threshold when its processor answers. */
  async function setReviewThreshold(ctx: Ctx, threshold: number): Promise<PaymentSettingsView> {
    requireStaff(ctx.actor, PERMISSION);
    const { min, max } = REVIEW_THRESHOLD_BOUNDS;
    if (!Number.isInteger(threshold) || threshold < min || threshold > max) {
      throw PaymentErrors.review_threshold_out_of_range({ detail: `The threshold must be a score from ${min} to ${max}.`, extra: { bounds: { min, max } } });
    }
    const rows = await repo.methodSettings(ctx.tx, { lock: true });
    const before = toSettings(rows).reviewThreshold;
    await repo.updateReviewThreshold(ctx.tx, threshold, ctx.clock.now());
    readInTransaction.delete(ctx.tx);
    await deps.audit?.recordAudit(ctx, { action: 'payment.review_threshold_changed', subjectType: 'payment_method', subjectId: 'card', detail: { from: before, to: threshold } });
    return present(await repo.methodSettings(ctx.tx));
  }

  return { listPaymentSettings, setMethodSetting, setReviewThreshold };
}
