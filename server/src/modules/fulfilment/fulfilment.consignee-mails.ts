import type { OrderForShipping } from './fulfilment.ports.ts';
import type { ReceiverKind } from './fulfilment.rules.ts';
import type { ConsigneeSnapshot, ShipmentRow } from './fulfilment.tables.ts';

/**
 * Mail to a consignee other than the customer (ORD-4, DEL-3, DEL-4), in the order's language.
 * The parcel may be a gift: no prices, no totals, not even what is inside, and never a
 * promotion (this person asked for nothing but the parcel's news).
 */
type Order = Pick<OrderForShipping, 'locale'>;
type Shipment = Pick<ShipmentRow, 'number' | 'consignee'>;
type Mail = { to: string; subject: string; text: string };

const TEXT = {
  en: {
    greeting: (name: string) => `Dear ${name},`,
    dispatched: 'A parcel from Vitrine is on its way to you',
    dispatchedIntro: 'A parcel from Vitrine is on its way to you: the customer who ordered it named you to receive it.',
    window: (from: string, to: string) => `Expected between ${from} and ${to}.`,
    carrier: 'Carrier and tracking number',
    follow: 'Follow it here, and ask for it to go to another address while it travels:',
    proxy: (n: string) => `If someone else should receive it for you, our customer service can authorise them: contact us quoting the parcel reference ${n}.`,
    why: 'You receive this message because your e-mail address was given for news of this delivery. We write to you about this parcel only.',
    addressChanged: (n: string) => `Parcel ${n}: new delivery address recorded`,
    addressIntro: 'The parcel now goes to:',
    addressNote: 'The change is recorded as the decision of the customer who ordered it.',
    delivered: (n: string) => `Parcel ${n}: delivered`,
    handedTo: (who: string) => `The parcel was handed to ${who}.`,
    receivers: { consignee: 'you', reception: 'the office reception', property_management: 'the property management', security: 'the building’s security', proxy: 'the person you authorised to receive it' },
    notReceived: (n: string) => `If it has not reached you, contact our customer service quoting the parcel reference ${n}.`,
  },
  'zh-Hant': {
    greeting: (name: string) => `${name}，您好：`,
    dispatched: 'Vitrine 有一個包裹正寄給您',
    dispatchedIntro: 'Vitrine 有一個包裹正寄給您：訂購的顧客指定由您收件。',
    window: (from: string, to: string) => `預計於 ${from} 至 ${to} 送達。`,
    carrier: '承運商及追蹤編號',
    follow: '您可於此追蹤包裹，並於運送途中要求改送其他地址：',
    proxy: (n: string) => `如需由他人代您收件，可聯絡客戶服務部授權對方，並提供包裹編號 ${n}。`,
    why: '由於有人提供您的電郵地址以接收此包裹的送貨消息，您因此收到本郵件。我們只會就此包裹與您聯絡。',
    addressChanged: (n: string) => `包裹 ${n}：已記錄新送貨地址`,
    addressIntro: '包裹將改送至：',
    addressNote: '此更改記錄為訂購顧客的決定。',
    delivered: (n: string) => `包裹 ${n}：已送達`,
    handedTo: (who: string) => `包裹已交予${who}。`,
    receivers: { consignee: '您本人', reception: '辦公室接待處', property_management: '物業管理處', security: '大廈保安', proxy: '您授權的代收人' },
    notReceived: (n: string) => `如您未有收到包裹，請聯絡客戶服務部，並提供包裹編號 ${n}。`,
  },
  'zh-Hans': {
    greeting: (name: string) => `${name}，您好：`,
    dispatched: 'Vitrine 有一个包裹正寄给您',
    dispatchedIntro: 'Vitrine 有一个包裹正寄给您：订购的顾客指定由您收货。',
    window: (from: string, to: string) => `预计于 ${from} 至 ${to} 送达。`,
    carrier: '承运商及追踪编号',
    follow: '您可在此追踪包裹，并在运送途中要求改送其他地址：',
    proxy: (n: string) => `如需由他人代您收货，可联系客户服务部授权对方，并提供包裹编号 ${n}。`,
    why: '由于有人提供了您的电子邮箱以接收此包裹的配送消息，您因此收到本邮件。我们只会就此包裹与您联系。',
    addressChanged: (n: string) => `包裹 ${n}：已记录新配送地址`,
    addressIntro: '包裹将改送至：',
    addressNote: '此更改记录为订购顾客的决定。',
    delivered: (n: string) => `包裹 ${n}：已送达`,
    handedTo: (who: string) => `包裹已交给${who}。`,
    receivers: { consignee: '您本人', reception: '办公室前台', property_management: '物业管理处', security: '大厦保安', proxy: '您授权的代收人' },
    notReceived: (n: string) => `如您没有收到包裹，请联系客户服务部，并提供包裹编号 ${n}。`,
  },
} as const;

/** Where the consignee hears of the parcel: only someone other than the customer who gave an address. */
export function consigneeAddressee(consignee: ConsigneeSnapshot): string | null {
  return !consignee.isCustomer && consignee.email ? consignee.email : null;
}

/** The parcel left: how it travels and the consignee's own link (DEL-3), and how to name another receiver (DEL-4). */
export function consigneeDispatchedMail(input: { order: Order; shipment: Shipment & Pick<ShipmentRow, 'carrier' | 'tracking_number' | 'estimated_from' | 'estimated_to'>; link: string }): Mail | null {
  const { shipment } = input;
  const to = consigneeAddressee(shipment.consignee);
  if (!to) return null;
  const t = TEXT[input.order.locale];
  return {
    to,
    subject: t.dispatched,
    text: [
      t.greeting(shipment.consignee.name), '', t.dispatchedIntro, '',
      ...(shipment.estimated_from && shipment.estimated_to ? [t.window(shipment.estimated_from, shipment.estimated_to)] : []),
      `${t.carrier}: ${shipment.carrier} ${shipment.tracking_number}`, '', t.follow, input.link, '', t.proxy(shipment.number), '', t.why,
    ].join('\n'),
  };
}

/** DEL-3: the new address, confirmed to the consignee, recorded as the customer's decision whoever asked. */
export function consigneeAddressChangedMail(input: { order: Order; shipment: Shipment }): Mail | null {
  const { shipment } = input;
  const to = consigneeAddressee(shipment.consignee);
  if (!to) return null;
  const t = TEXT[input.order.locale];
  const { address } = shipment.consignee;
  return {
    to,
    subject: t.addressChanged(shipment.number),
    text: [
      t.greeting(shipment.consignee.name), '', t.addressIntro, address.line1, ...(address.line2 ? [address.line2] : []),
      `${address.city}, ${address.countryCode}`, '', t.addressNote,
    ].join('\n'),
  };
}

/** DEL-4: to whom the parcel was handed, so a consignee who did not take it themselves knows where it is. */
export function consigneeDeliveredMail(input: { order: Order; shipment: Shipment; receivedBy: { kind: ReceiverKind; name: string } }): Mail | null {
  const { shipment } = input;
  const to = consigneeAddressee(shipment.consignee);
  if (!to) return null;
  const t = TEXT[input.order.locale];
  const { kind, name } = input.receivedBy;
  return {
    to,
    subject: t.delivered(shipment.number),
    text: [
      t.greeting(shipment.consignee.name), '', t.handedTo(kind === 'consignee' ? t.receivers.consignee : `${t.receivers[kind]} (${name})`), '', t.notReceived(shipment.number),
    ].join('\n'),
  };
}
