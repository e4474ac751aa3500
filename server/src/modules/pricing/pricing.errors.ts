import { defineErrors } from '../../kernel/errors.ts';

export const PricingErrors = defineErrors('pricing', {
  unknown_currency: { status: 422, title: 'The shop neither prices nor converts to this currency' },
  no_price_list: { status: 422, title: 'There is no price list in this currency' },
  compare_at_not_higher: { status: 422, title: 'A markdown’s former price must be higher than its price' },
  base_price_required: { status: 422, title: 'Every variant needs a price in HKD, the base currency' },
});
