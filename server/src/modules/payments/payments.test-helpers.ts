import type { FastifyInstance } from 'fastify';
import type { Actor, Ctx } from '../../kernel/context.ts';
import { insertOpenOrder } from '../orders/orders.test-helpers.ts';
import { newId } from '../../kernel/ids.ts';
import type { OrdersPort } from './payments.ports.ts';
import { createPaymentsService, type StartPayment } from './payments.service.ts';
import { sandboxCardProvider } from './sandbox/index.ts';

export const system: Actor = { kind: 'system', job: 'test' };

/** What payments told the orders module, and which orders it says are open. */
export function recordingOrders() {
  const calls: string[] = [];
  const closed = new Set<string>();
  const port: OrdersPort = {
    paymentAuthorised: async (_ctx, orderId) => void calls.push(`authorised ${orderId}`),
    paymentFailed: async (_ctx, orderId, reason) => void calls.push(`failed ${orderId} ${reason}`),
    paymentHeldForReview: async (_ctx, orderId) => void calls.push(`review ${orderId}`),
    orderIsOpen: async (_ctx, orderId) => !closed.has(orderId),
    orderNumbers: async (_ctx, orderIds) => new Map(orderIds.map((id) => [id, `T-${id.slice(-8)}`])),
    visibleTo: async () => false,
    orderForNotice: async (_ctx, orderId) => ({ number: `T-${orderId.slice(-8)}`, locale: 'en', customerId: null }),
  };
  return { port, calls, closed };
}

/** A payments service on the test app's database and sandbox, whose orders port the test watches. */
export function paymentsWith(app: FastifyInstance) {
  const orders = recordingOrders();
  const payments = createPaymentsService({
    card: sandboxCardProvider(app.platform.modules.sandbox),
    orders: orders.port,
    audit: app.platform.modules.access,
    bankAccount: { bank: 'Test Bank', accountName: 'Vitrine Limited', accountNumber: '000-111' },
    mail: app.platform.modules.notifications,
    publicUrl: app.platform.config.publicUrl,
  });
  const run = <T>(work: (ctx: Ctx) => Promise<T>, actor: Actor = system) => app.platform.runUseCase(actor, 'test', work);
  // The shop's own webhook route asks the real orders module whether the order is open: it must exist.
  const start: typeof payments.start = (ctx, input) => startForOpenOrder(ctx, payments, input);
  return { payments: { ...payments, start }, orders, run };
}

/** Starts a payment for an order the shop knows as open (the real orders module answers the webhooks). */
export async function startForOpenOrder(ctx: Ctx, payments: Pick<ReturnType<typeof createPaymentsService>, 'start'>, input: StartPayment) {
  await insertOpenOrder(ctx, { orderId: input.orderId, amount: input.amount, currency: input.currency, method: input.method });
  return payments.start(ctx, input);
}

export function cardPayment(overrides: Partial<StartPayment> = {}): StartPayment {
  return {
    orderId: newId('ord'), method: 'card', amount: 250_000, currency: 'HKD', email: 'mei@example.com', returnUrl: 'http://localhost:3000/checkout/return', zone: 'HK',
    risk: { customerId: null, ip: '203.0.113.7', accountCreatedAt: null, billingCountry: 'HK', shippingCountry: 'HK', networkCountry: 'HK' },
    ...overrides,
  };
}

/** The customer types a card on the processor's page. */
export function submitCard(app: FastifyInstance, pageUrl: string, number: string) {
  return app.inject({
    method: 'POST', url: new URL(pageUrl).pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ number, expiry: '12/39', cvc: '123' }).toString(),
  });
}

export const sessionOf = (pageUrl: string) => new URL(pageUrl).pathname.split('/').at(-1)!;

/** Each event of the session as the processor would send it, signed now: [type, request]. */
export async function signedEvents(app: FastifyInstance, sessionId: string) {
  const { sandbox } = app.platform.modules;
  return app.platform.runUseCase(system, 'test', async (ctx) => {
    const events = await sandbox.eventsOf(ctx, sessionId);
    return Promise.all(events.map(async (e) => ({ type: e.type, ...(await sandbox.signedDelivery(ctx, e.id))! })));
  });
}

export function postWebhook(app: FastifyInstance, delivery: { body: string; headers: Record<string, string> }) {
  return app.inject({ method: 'POST', url: '/api/payments/webhooks/sandbox', payload: delivery.body, headers: delivery.headers });
}

export async function intentRow(app: FastifyInstance, id: string) {
  return app.platform.database.db.selectFrom('payments.intents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function operationsOf(app: FastifyInstance, id: string) {
  return app.platform.database.db.selectFrom('payments.operations').select(['kind', 'amount', 'outcome', 'idempotency_key']).where('intent_id', '=', id).orderBy('created_at').orderBy('id').execute();
}

export async function staffActor(app: FastifyInstance, email = 'orders@vitrine.localhost'): Promise<Actor> {
  const { id } = await app.platform.database.db.selectFrom('access.staff_users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return { kind: 'staff', staffId: id as string, sessionId: 'ses_test', permissions: new Set(['orders.manage']) };
}
