import { defineErrors } from '../../kernel/errors.ts';

export const OrderErrors = defineErrors('orders', {
  bag_empty: { status: 422, title: 'The bag is empty' },
  bag_not_found: { status: 404, title: 'No bag to check out' },
  details_missing: { status: 422, title: 'A checkout step is not complete yet' },
  price_changed: { status: 409, title: 'The total changed since you reviewed it; review the order again' },
  line_unavailable: { status: 409, title: 'An item is no longer available in the quantity asked for' },
  agreement_not_accepted: { status: 422, title: 'The registration agreement in force must be accepted to order' },
  customer_restricted: { status: 403, title: 'A restricted account cannot order until a guardian confirms it' },
  agreement_acceptance_pending: { status: 403, title: 'Accept the new version of the agreement before ordering' },
  account_unavailable: { status: 403, title: 'A suspended, frozen or closed account cannot order' },
  ordering_refused: { status: 403, title: 'New orders from this account are refused after repeated unjustified rejections' },
  payment_method_unavailable: { status: 422, title: 'This payment method is not offered for this order' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was used for another bag' },
  order_not_found: { status: 404, title: 'No such order' },
  cannot_deliver_to_zone: { status: 422, title: 'An item cannot be delivered to this destination' },
  invalid_cursor: { status: 400, title: 'This page cursor was not given by the order list' },
  invalid_filter: { status: 400, title: 'These order filters cannot match anything' },
  // After the offer: cancellations (ORD-3), returns and exchanges.
  line_not_found: { status: 404, title: 'No such line in this order' },
  line_already_shipped: { status: 409, title: 'This item has shipped: its contract has formed; ask for a return once it arrives' },
  return_not_delivered: { status: 409, title: 'Only delivered items can be returned' },
  return_window_closed: { status: 409, title: 'The return window for this item has closed' },
  return_exists: { status: 409, title: 'A return was already asked for this item' },
  exchange_variant_missing: { status: 422, title: 'An exchange names another size or colour of the same piece for each item' },
  return_not_found: { status: 404, title: 'No such return' },
  return_wrong_step: { status: 409, title: 'This return is not at the step this action belongs to' },
});
