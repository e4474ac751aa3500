import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { SIGNATURE_HEADER } from './sandbox/index.ts';
import { PaymentSchema, presentPayment } from './payments.schemas.ts';
import type { PaymentsService } from './payments.service.ts';

const PaymentParams = Type.Object({ intentId: Type.String({ pattern: idPattern('pay') }) });

/**
 * The processor's webhooks. The body is kept as the exact bytes received: the signature covers
 * them, and re-serialised JSON would not match.
 */
export function paymentWebhookRoutes(payments: PaymentsService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 65_536 }, (_request, body, done) => done(null, body));

    app.post('/payments/webhooks/sandbox', {
      schema: {
        tags: ['payments'], summary: 'Signed events from the sandbox card processor',
        description: `Signed in the \`${SIGNATURE_HEADER}\` header (\`t=<unix seconds>,v1=<HMAC-SHA256 hex of "t.body">\`). Answers 2xx for an event already received, 400 for a bad or stale signature.`,
        response: { 200: Type.Object({ received: Type.Boolean(), outcome: Type.String() }), ...ProblemResponses },
      },
    }, async (request) => {
      const signature = request.headers[SIGNATURE_HEADER];
      const result = await runUseCase({ kind: 'system', job: 'payments.webhook' }, request.id, (ctx) =>
        payments.receiveWebhook(ctx, 'sandbox', typeof request.body === 'string' ? request.body : '', typeof signature === 'string' ? signature : undefined));
      return { received: true, outcome: result.outcome };
    });
  };
}

/** The backstage's payments: the fraud review queue (PAY-3) and bank transfers received. */
export function paymentsAdminRoutes(payments: PaymentsService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['backstage: payments'];
    const config = { permission: 'orders.manage' };

    app.get('/admin/payments/reviews', {
      config, schema: { tags, summary: 'Card payments waiting for a person to review them, oldest first', response: { 200: Type.Object({ payments: Type.Array(PaymentSchema) }), ...ProblemResponses } },
    }, async (request) => ({ payments: (await runUseCase(request.actor, request.id, (ctx) => payments.reviewQueue(ctx))).map(presentPayment) }));

    app.post('/admin/payments/:intentId/accept', {
      config, schema: { tags, summary: 'Accept a payment held for review: the order proceeds', params: PaymentParams, response: { 200: PaymentSchema, ...ProblemResponses } },
    }, async (request) => presentPayment(await runUseCase(request.actor, request.id, (ctx) => payments.acceptReview(ctx, request.params.intentId))));

    app.post('/admin/payments/:intentId/cancel', {
      config, schema: {
        tags, summary: 'Cancel a payment held for review, with the reason', params: PaymentParams,
        body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 200: PaymentSchema, ...ProblemResponses },
      },
    }, async (request) => presentPayment(await runUseCase(request.actor, request.id, (ctx) => payments.cancelReview(ctx, request.params.intentId, request.body.reason))));

    app.post('/admin/payments/:intentId/transfer-received', {
      config, schema: { tags, summary: 'Record that a bank transfer arrived', params: PaymentParams, response: { 200: PaymentSchema, ...ProblemResponses } },
    }, async (request) => presentPayment(await runUseCase(request.actor, request.id, (ctx) => payments.markTransferReceived(ctx, request.params.intentId))));
  };
}
