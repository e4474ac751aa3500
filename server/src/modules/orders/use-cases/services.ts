import type { Ctx } from '../../../kernel/context.ts';
import { serviceConfirmedMail } from '../orders.after-sale-mails.ts';
import { OrderErrors } from '../orders.errors.ts';
import type { OrdersDeps } from '../orders.ports.ts';
import { ordersRepository as repo } from '../orders.repository.ts';
import type { OrderLineRow } from '../orders.tables.ts';
import { formContracts, linesDelivered, paymentSecured } from './contracts.ts';

const isService = (line: OrderLineRow) => line.snapshot.kind === 'service';

async function serviceLines(ctx: Ctx, orderId: string, lineIds: readonly string[]) {
  const order = await repo.lockById(ctx.tx, orderId);
  if (!order) throw OrderErrors.order_not_found();
  const all = await repo.linesOf(ctx.tx, orderId);
  const chosen = all.filter((l) => lineIds.includes(l.id));
  if (chosen.length !== new Set(lineIds).size) throw OrderErrors.line_not_found();
  if (chosen.some((l) => !isService(l))) throw OrderErrors.not_a_service();
  return { order, chosen };
}

/**
 * ORD-2: a service's contract forms when staff confirm it to the customer (the appointment
 * agreed, the bag seen), not when a parcel leaves: its amount is captured then, like a shipped
 * line's. The note (the day agreed, say) goes to the customer. Goods never take this path.
 */
export async function confirmServices(ctx: Ctx, deps: OrdersDeps, orderId: string, input: { lineIds: readonly string[]; note: string }) {
  const { order, chosen } = await serviceLines(ctx, orderId, input.lineIds);
  if (chosen.some((l) => l.status !== 'offer')) throw OrderErrors.service_not_open();
  if (!paymentSecured(order)) throw OrderErrors.payment_not_secured();
  const ids = chosen.map((l) => l.id).sort();
  await formContracts(ctx, deps, orderId, { id: `service:${ids.join(',')}`, number: null, lineIds: ids });
  await deps.mail.queueMail(ctx, serviceConfirmedMail(order, chosen, input.note.trim()));
  await deps.audit.recordAudit(ctx, { action: 'orders.services_confirmed', subjectType: 'order', subjectId: orderId, detail: { lines: ids.length } });
  return { confirmed: ids };
}

/** The service was given: it counts as delivered (the return window does not apply to it). */
export async function servicesGiven(ctx: Ctx, deps: OrdersDeps, orderId: string, lineIds: readonly string[]) {
  const { chosen } = await serviceLines(ctx, orderId, lineIds);
  if (chosen.some((l) => l.status !== 'contracted')) throw OrderErrors.service_not_confirmed();
  await linesDelivered(ctx, deps, orderId, chosen.map((l) => l.id), 'service_given');
  await deps.audit.recordAudit(ctx, { action: 'orders.services_given', subjectType: 'order', subjectId: orderId, detail: { lines: chosen.length } });
  return { given: chosen.map((l) => l.id) };
}
