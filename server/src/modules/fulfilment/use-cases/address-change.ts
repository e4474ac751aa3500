import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { FulfilmentErrors } from '../fulfilment.errors.ts';
import { consigneeAddressChangedMail } from '../fulfilment.consignee-mails.ts';
import { addressChangedMail } from '../fulfilment.mails.ts';
import type { FulfilmentDeps } from '../fulfilment.ports.ts';
import { fulfilmentRepository as repo } from '../fulfilment.repository.ts';
import { IN_TRANSIT } from '../fulfilment.rules.ts';
import type { ConsigneeSnapshot, ShipmentRow } from '../fulfilment.tables.ts';

/**
 * DEL-3: while the parcel travels, the customer (in the account) or the consignee (through the
 * link in the delivery notice) may send it elsewhere. The change, who asked and when are
 * recorded as the customer's own decision; the customer is told, and the consignee when another
 * person who gave an e-mail.
 */
export async function changeAddress(ctx: Ctx, deps: FulfilmentDeps, shipment: ShipmentRow, address: ConsigneeSnapshot['address'], requestedBy: 'customer' | 'consignee'): Promise<ShipmentRow> {
  if (!IN_TRANSIT.includes(shipment.status)) throw FulfilmentErrors.not_in_transit();
  const now = ctx.clock.now();
  await repo.insertAddressChange(ctx.tx, { id: newId('adc', now.getTime()), shipment_id: shipment.id, requested_by: requestedBy, previous: shipment.consignee.address, address, at: now });
  const consignee = { ...shipment.consignee, address };
  await repo.update(ctx.tx, shipment.id, { consignee }, now);
  await repo.insertEvent(ctx.tx, {
    id: newId('dev', now.getTime()), shipment_id: shipment.id, kind: 'address_changed', reason: 'changed_circumstances', exempt: true,
    note: `asked by the ${requestedBy}; recorded as the customer's decision`, source: requestedBy, external_id: null, occurred_at: now, recorded_at: now,
  });
  const order = (await deps.orders.orderForShipping(ctx, shipment.order_id))!;
  await deps.mail.queueMail(ctx, addressChangedMail({ to: order.email, order, address }));
  const updated = { ...shipment, consignee, updated_at: now };
  const toConsignee = consigneeAddressChangedMail({ order, shipment: updated });
  if (toConsignee) await deps.mail.queueMail(ctx, toConsignee);
  return updated;
}
