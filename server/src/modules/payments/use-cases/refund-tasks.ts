import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { PaymentErrors } from '../payments.errors.ts';
import { refundDetailsMail, refundPaidOutMail } from '../payments.mails.ts';
import { paymentsRepository as repo, type Intent } from '../payments.repository.ts';
import { accountEnding } from '../payments.rules.ts';
import type { PaymentsDeps, PaymentsInternals } from '../payments.service.ts';
import type { RefundTaskRow } from '../payments.tables.ts';

const PERMISSION = 'orders.manage';

/**
 * No provider sends a transfer or cash back: the refund becomes a task for staff (PAY-2), and
 * the customer is asked where to pay it. When they already told us for another refund of the
 * same order still open, that account is used again rather than asking twice. A retried refund
 * (the same operation key) opens nothing more and mails nothing more.
 */
export async function openRefundTask(ctx: Ctx, deps: PaymentsDeps, intent: Intent & { method: 'bank_transfer' | 'cod' }, amount: number, key: string): Promise<void> {
  const now = ctx.clock.now();
  const given = (await repo.openRefundTasksOfOrder(ctx.tx, intent.orderId)).findLast((t) => t.details_given_at !== null);
  const inserted = await repo.insertRefundTask(ctx.tx, {
    id: newId('rft', now.getTime()), intent_id: intent.id, order_id: intent.orderId, method: intent.method, amount: BigInt(amount),
    currency: intent.currency, email: intent.email, operation_key: key, status: 'open', note: null, created_at: now, done_at: null, done_by: null,
    account_holder: given?.account_holder ?? null, bank_name: given?.bank_name ?? null, account_number: given?.account_number ?? null,
    bank_code: given?.bank_code ?? null, details_given_at: given?.details_given_at ?? null,
  });
  if (!inserted || given) return;
  const order = await deps.orders.orderForNotice(ctx, intent.orderId);
  await deps.mail.queueMail(ctx, refundDetailsMail({ to: intent.email, order, orderId: intent.orderId, method: intent.method, amount, currency: intent.currency, publicUrl: deps.publicUrl }));
}

/**
 * PAY-2: refunds of bank transfers and of cash collected at the door, which staff pay out by
 * hand. The list shows customers' e-mail addresses and the accounts they gave in full, so
 * reading it is audited.
 */
export function createRefundTaskUseCases({ deps }: Pick<PaymentsInternals, 'deps'>) {
  async function openRefundTasks(ctx: Ctx): Promise<(RefundTaskRow & { orderNumber: string | null })[]> {
    requireStaff(ctx.actor, PERMISSION);
    const tasks = await repo.openRefundTasks(ctx.tx, 200);
    const numbers = tasks.length ? await deps.orders.orderNumbers(ctx, tasks.map((t) => t.order_id)) : new Map<string, string>();
    await deps.audit?.recordAudit(ctx, { action: 'payment.refund_tasks_listed', subjectType: 'payment', subjectId: '*', detail: { count: tasks.length } });
    return tasks.map((t) => ({ ...t, orderNumber: numbers.get(t.order_id) ?? null }));
  }

  /**
   * The money was paid out: staff say how (a transfer reference, cash handed back). Done once.
   * The full account number is no longer needed: its last four characters stay as proof.
   */
  async function completeRefundTask(ctx: Ctx, id: string, note: string): Promise<RefundTaskRow> {
    const staff = requireStaff(ctx.actor, PERMISSION);
    const task = await repo.lockRefundTask(ctx.tx, id);
    if (!task) throw PaymentErrors.refund_task_not_found();
    if (task.status === 'done') throw PaymentErrors.refund_task_done();
    const at = ctx.clock.now();
    const accountNumber = task.account_number === null ? null : accountEnding(task.account_number);
    await repo.completeRefundTask(ctx.tx, id, { note: note.trim(), doneBy: staff.staffId, at, accountNumber });
    const order = await deps.orders.orderForNotice(ctx, task.order_id);
    await deps.mail.queueMail(ctx, refundPaidOutMail({ to: task.email, order, orderId: task.order_id, amount: Number(task.amount), currency: task.currency, accountEnding: accountNumber }));
    await deps.audit?.recordAudit(ctx, { action: 'payment.refund_paid_out', subjectType: 'payment', subjectId: task.intent_id, detail: { task: id, amount: Number(task.amount), note: note.trim() } });
    return { ...task, status: 'done', note: note.trim(), done_by: staff.staffId, done_at: at, account_number: accountNumber };
  }

  return { openRefundTasks, completeRefundTask };
}
