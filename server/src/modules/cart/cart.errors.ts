import { defineErrors } from '../../kernel/errors.ts';

export const CartErrors = defineErrors('cart', {
  variant_not_found: { status: 422, title: 'No such piece is on sale' },
  product_not_found: { status: 422, title: 'No such product is on sale' },
  not_for_sale_in_currency: { status: 422, title: 'This piece has no price in the chosen currency' },
  sold_out: { status: 409, title: 'This piece is sold out' },
  quantity_out_of_range: { status: 422, title: 'A line holds between 1 and 10 of a piece' },
  line_limit_reached: { status: 409, title: 'A line holds at most 10 of a piece' },
  bag_full: { status: 409, title: 'The bag holds as many different pieces as it can' },
  bag_empty: { status: 404, title: 'Your bag is empty' },
  line_not_found: { status: 404, title: 'No such line in your bag' },
  code_invalid: { status: 422, title: 'Not a promotion code' },
  too_many_codes: { status: 409, title: 'No more codes can be entered on this bag' },
  wishlist_item_not_found: { status: 404, title: 'No such item in your wish list' },
  wishlist_full: { status: 409, title: 'The wish list holds as many pieces as it can' },
  variant_required: { status: 422, title: 'Choose a colour or size before adding this to the bag' },
  bag_not_open: { status: 409, title: 'This bag has been ordered and can no longer change' },
});
