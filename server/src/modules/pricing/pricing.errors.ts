import { defineErrors } from '../../kernel/errors.ts';

export const PricingErrors = defineErrors('pricing', {
  unknown_currency: { status: 422, title: 'The shop neither prices nor converts to this currency' },
  no_price_list: { status: 422, title: 'There is no price list in this currency' },
  compare_at_not_higher: { status: 422, title: 'A markdown’s former price must be higher than its price' },
  base_price_required: { status: 422, title: 'Every variant needs a price in HKD, the base currency' },
  no_exchange_rate: { status: 422, title: 'There is no stored exchange rate for this currency' },
  delivery_unavailable: { status: 422, title: 'We do not deliver this bag to this zone by this method' },
  promotion_unavailable: { status: 409, title: 'A promotion in this order is no longer available' },
  promotion_not_found: { status: 404, title: 'No such promotion' },
  code_not_found: { status: 404, title: 'No such promotion code' },
  invalid_promotion: { status: 422, title: 'The promotion’s conditions or actions are not valid' },
  code_taken: { status: 409, title: 'This code is already in use' },
  invalid_rate: { status: 422, title: 'The delivery rate’s bands are not valid' },
});
