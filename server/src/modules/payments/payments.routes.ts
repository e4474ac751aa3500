import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { SIGNATURE_HEADER } from './sandbox/index.ts';
import {
  MethodParams, MethodSettingBody, PaymentSchema, PaymentSettingsSchema, presentPayment, presentRefundTask, presentReviewItem, ReasonBody, RefundDetailsBody, RefundDetailsState,
  RefundTaskSchema, ReviewItemSchema, ReviewThresholdBody,
} from './payments.schemas.ts';
import type { PaymentsService } from './payments.service.ts';

const PaymentParams = Type.Object({ intentId: Type.String({ pattern: idPattern('pay') }) });
const OrderParams = Type.Object({ id: Type.String({ pattern: '^ord_[0-9a-z]{26}$' }) });
const GuestQuery = Type.Object({ token: Type.Optional(Type.String({ minLength: 20, maxLength: 200, description: 'Guests: the token of the link mailed to them' })) });

/**
 * PAY-2 for the customer: where a refund of a bank transfer or of cash should be paid. Signed in
 * for one's own order, or with the `token` of a guest's order link, as the order's other
 * after-sale routes; anyone else gets `payments.order_not_found`.
 */
export function paymentsCustomerRoutes(payments: PaymentsService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['checkout and orders'];

    app.get('/orders/:id/refund-details', {
      schema: { tags, summary: 'Whether a refund of the order waits for the account to pay it into', params: OrderParams, querystring: GuestQuery, response: { 200: RefundDetailsState, ...ProblemResponses } },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => payments.refundDetailsNeeded(ctx, request.params.id, request.query.token)));

    app.put('/orders/:id/refund-details', {
      schema: {
        tags, summary: 'Say which account to pay the order’s refund into',
        description: 'For every refund of the order staff have still to pay out; again replaces the account while they have not. Refused with `payments.refund_details_not_needed` when no refund waits, `payments.refund_details_invalid` (naming the fields) for an account that cannot be right. The answer shows the account number by its last four characters only.',
        params: OrderParams, querystring: GuestQuery, body: RefundDetailsBody, response: { 200: RefundDetailsState, ...ProblemResponses },
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => payments.giveRefundDetails(ctx, request.params.id, request.body, request.query.token)));
  };
}

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

/** The backstage's payments: methods and deadlines (PAY-1), the fraud review queue (PAY-3), bank transfers received. */
export function paymentsAdminRoutes(payments: PaymentsService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['backstage: payments'];
    const config = { permission: 'orders.manage' };

    app.get('/admin/payments/reviews', {
      config, schema: {
        tags, summary: 'Card payments waiting for a person to review them, oldest first',
        description: 'Each with its order, the e-mail address it was paid with, and the risk score with its reasons. Audited as `payment.reviews_listed`.',
        response: { 200: Type.Object({ payments: Type.Array(ReviewItemSchema) }), ...ProblemResponses },
      },
    }, async (request) => ({ payments: (await runUseCase(request.actor, request.id, (ctx) => payments.reviewQueue(ctx))).map(presentReviewItem) }));

    app.post('/admin/payments/:intentId/accept', {
      config, schema: { tags, summary: 'Accept a payment held for review, with the reason: the order proceeds', params: PaymentParams, body: ReasonBody, response: { 200: PaymentSchema, ...ProblemResponses } },
    }, async (request) => presentPayment(await runUseCase(request.actor, request.id, (ctx) => payments.acceptReview(ctx, request.params.intentId, request.body.reason))));

    app.post('/admin/payments/:intentId/cancel', {
      config, schema: { tags, summary: 'Cancel a payment held for review, with the reason', params: PaymentParams, body: ReasonBody, response: { 200: PaymentSchema, ...ProblemResponses } },
    }, async (request) => presentPayment(await runUseCase(request.actor, request.id, (ctx) => payments.cancelReview(ctx, request.params.intentId, request.body.reason))));

    app.post('/admin/payments/:intentId/transfer-received', {
      config, schema: { tags, summary: 'Record that a bank transfer arrived', params: PaymentParams, response: { 200: PaymentSchema, ...ProblemResponses } },
    }, async (request) => presentPayment(await runUseCase(request.actor, request.id, (ctx) => payments.markTransferReceived(ctx, request.params.intentId))));

    app.get('/admin/payments/refund-tasks', {
      config, schema: { tags, summary: 'Refunds of bank transfers and cash to pay out by hand, oldest first (PAY-2; audited)', response: { 200: Type.Object({ tasks: Type.Array(RefundTaskSchema) }), ...ProblemResponses } },
    }, async (request) => ({ tasks: (await runUseCase(request.actor, request.id, (ctx) => payments.openRefundTasks(ctx))).map(presentRefundTask) }));

    app.post('/admin/payments/refund-tasks/:taskId/done', {
      config, schema: {
        tags, summary: 'The refund was paid out; say how (transfer reference, cash handed back)',
        params: Type.Object({ taskId: Type.String({ pattern: idPattern('rft') }) }), body: Type.Object({ note: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 200: RefundTaskSchema, ...ProblemResponses },
      },
    }, async (request) => presentRefundTask(await runUseCase(request.actor, request.id, (ctx) => payments.completeRefundTask(ctx, request.params.taskId, request.body.note))));

    app.get('/admin/payments/settings', {
      config, schema: { tags, summary: 'Which payment methods are offered, each one’s payment deadline, and the review threshold', response: { 200: PaymentSettingsSchema, ...ProblemResponses } },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => payments.listPaymentSettings(ctx)));

    app.put('/admin/payments/settings/review-threshold', {
      config, schema: {
        tags, summary: 'Set the risk score from which a card payment waits for review',
        description: 'Applies to card payments authorised from now on. Audited as `payment.review_threshold_changed`.',
        body: ReviewThresholdBody, response: { 200: PaymentSettingsSchema, ...ProblemResponses },
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => payments.setReviewThreshold(ctx, request.body.reviewThreshold)));

    app.put('/admin/payments/settings/:method', {
      config, schema: {
        tags, summary: 'Offer a payment method or stop offering it, and set its payment deadline',
        description: 'Orders already placed keep their deadline. Refused with `payments.deadline_out_of_range` outside the method’s bounds, `payments.no_method_left` when neither card nor bank transfer would stay offered. Audited as `payment.method_settings_changed`.',
        params: MethodParams, body: MethodSettingBody, response: { 200: PaymentSettingsSchema, ...ProblemResponses },
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => payments.setMethodSetting(ctx, request.params.method, request.body)));
  };
}
