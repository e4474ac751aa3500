import { defineErrors } from '../../kernel/errors.ts';

export const PaymentErrors = defineErrors('payments', {
  method_unavailable: { status: 422, title: 'This payment method is not offered for this order' },
  invalid_amount: { status: 422, title: 'The amount must be a positive whole number of minor units' },
  payment_not_found: { status: 404, title: 'No such payment' },
  nothing_to_capture: { status: 409, title: 'The order has no authorised payment to capture' },
  amount_exceeds_authorised: { status: 422, title: 'More than the authorised amount cannot be captured' },
  amount_exceeds_captured: { status: 422, title: 'More than was captured cannot be refunded' },
  idempotency_key_reused: { status: 409, title: 'This idempotency key was used for a different operation' },
  provider_refused: { status: 502, title: 'The payment provider refused the operation' },
  webhook_signature_invalid: { status: 400, title: 'The webhook signature does not match' },
  webhook_stale: { status: 400, title: 'The webhook is older than the accepted tolerance' },
  webhook_malformed: { status: 400, title: 'The webhook body is not a payment event' },
  not_in_review: { status: 409, title: 'The payment is not waiting for review' },
  transfer_not_pending: { status: 409, title: 'The bank transfer is not waiting to be received' },
  deadline_out_of_range: { status: 422, title: 'This payment deadline is outside what the method allows' },
  review_threshold_out_of_range: { status: 422, title: 'The review threshold is outside the allowed scores' },
  no_method_left: { status: 409, title: 'At least card or bank transfer must stay offered' },
  refund_task_not_found: { status: 404, title: 'No such refund task' },
  refund_task_done: { status: 409, title: 'This refund was marked paid out already' },
});
