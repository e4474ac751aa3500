import { defineErrors } from '../../kernel/errors.ts';

export const FulfilmentErrors = defineErrors('fulfilment', {
  order_not_found: { status: 404, title: 'No such order' },
  shipment_not_found: { status: 404, title: 'No such shipment' },
  no_lines: { status: 422, title: 'Choose at least one line to ship' },
  line_not_shippable: { status: 409, title: 'A line is not an open offer of this order at this location, or is already in a shipment' },
  order_not_payable: { status: 409, title: 'The order’s payment is not secured yet: it cannot ship' },
  not_packing: { status: 409, title: 'Only a shipment still being packed can be dispatched or cancelled' },
  tracking_required: { status: 422, title: 'A carrier and a tracking number are needed to dispatch' },
  tracking_taken: { status: 409, title: 'This carrier’s tracking number belongs to another shipment' },
  already_closed: { status: 409, title: 'This shipment was delivered, refused or cancelled: nothing more can happen to it' },
  reason_required: { status: 422, title: 'A failed attempt or an exception needs its reason' },
  id_check_required: { status: 422, title: 'This parcel is above the ID-check threshold: record who checked which document' },
  proxy_not_authorised: { status: 422, title: 'No proxy was authorised for this shipment' },
  not_in_transit: { status: 409, title: 'The address can change only while the parcel is on its way' },
  invalid_signature: { status: 401, title: 'The carrier’s signature does not match' },
  refusal_not_found: { status: 404, title: 'No such refusal' },
  refusal_classified: { status: 409, title: 'This refusal was classified already' },
  justification_required: { status: 422, title: 'A justified refusal needs its justification (damaged, wrong item, late)' },
});
