import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { PaymentErrors } from '../payments.errors.ts';
import { paymentsRepository as repo } from '../payments.repository.ts';
import type { PaymentsInternals } from '../payments.service.ts';
import type { RefundTaskRow } from '../payments.tables.ts';

const PERMISSION = 'orders.manage';

/**
 * PAY-2: refunds of bank transfers and of cash collected at the door, which staff pay out by
 * hand. The list shows customers' e-mail addresses, so reading it is audited.
 */
export function createRefundTaskUseCases({ deps }: Pick<PaymentsInternals, 'deps'>) {
  async function openRefundTasks(ctx: Ctx): Promise<(RefundTaskRow & { orderNumber: string | null })[]> {
    requireStaff(ctx.actor, PERMISSION);
    const tasks = await repo.openRefundTasks(ctx.tx, 200);
    const numbers = tasks.length ? await deps.orders.orderNumbers(ctx, tasks.map((t) => t.order_id)) : new Map<string, string>();
    await deps.audit?.recordAudit(ctx, { action: 'payment.refund_tasks_listed', subjectType: 'payment', subjectId: '*', detail: { count: tasks.length } });
    return tasks.map((t) => ({ ...t, orderNumber: numbers.get(t.order_id) ?? null }));
  }

  /** The money was paid out: staff say how (a transfer reference, cash handed back). Done once. */
  async function completeRefundTask(ctx: Ctx, id: string, note: string): Promise<RefundTaskRow> {
    const staff = requireStaff(ctx.actor, PERMISSION);
    const task = await repo.lockRefundTask(ctx.tx, id);
    if (!task) throw PaymentErrors.refund_task_not_found();
    if (task.status === 'done') throw PaymentErrors.refund_task_done();
    const at = ctx.clock.now();
    await repo.completeRefundTask(ctx.tx, id, { note: note.trim(), doneBy: staff.staffId, at });
    await deps.audit?.recordAudit(ctx, { action: 'payment.refund_paid_out', subjectType: 'payment', subjectId: task.intent_id, detail: { task: id, amount: Number(task.amount), note: note.trim() } });
    return { ...task, status: 'done', note: note.trim(), done_by: staff.staffId, done_at: at };
  }

  return { openRefundTasks, completeRefundTask };
}
