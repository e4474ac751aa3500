import type { OrderForShipping } from './fulfilment.ports.ts';
import type { ReceiverKind } from './fulfilment.rules.ts';
import type { ShipmentRow } from './fulfilment.tables.ts';

/**
 * Transactional mail about a parcel: what left and that its contract formed, how it travels,
 * who received it. Never a promotion in these (they go to people who did not ask for marketing).
 */
type Locale = 'en' | 'zh-Hant' | 'zh-Hans';
type Order = Pick<OrderForShipping, 'number' | 'locale'>;
type Lines = readonly { name: string; designer: string; quantity: number }[];

const TEXT = {
  en: {
    dispatched: (n: string) => `Your order ${n}: items on their way`,
    contract: 'These items have left us. As they leave, the contract for each of them is formed; any other item of your order remains an offer until it ships.',
    window: (from: string, to: string) => `Expected between ${from} and ${to}.`,
    carrier: 'Carrier and tracking number',
    consignee: 'If someone else receives this parcel, pass them this link: they can follow it and ask for a new address while it travels.',
    consigneeTold: (name: string) => `We have sent ${name} this link too, at the e-mail address you gave: they can follow the parcel and ask for a new address while it travels.`,
    follow: 'Follow the parcel at',
    update: (n: string) => `Your order ${n}: delivery update`,
    kinds: { out_for_delivery: 'The parcel is out for delivery today.', attempted: 'The courier could not deliver the parcel and will try again.', exception: 'The parcel is held up on its way.', in_transit: 'The parcel is on its way.' },
    reason: 'Reason',
    delivered: (n: string) => `Your order ${n}: delivered`,
    receivedBy: (who: string) => `The parcel was received by ${who}.`,
    receivers: { consignee: 'the consignee', reception: 'the office reception', property_management: 'the property management', security: 'the building’s security', proxy: 'the person authorised to receive it' },
    addressChanged: (n: string) => `Your order ${n}: new delivery address recorded`,
    addressIntro: 'As asked, the parcel now goes to:',
    addressNote: 'The change was asked for on your side and is recorded as your decision.',
  },
  'zh-Hant': {
    dispatched: (n: string) => `您的訂單 ${n}：商品已發出`,
    contract: '以下商品已離開我們。每件商品於發出時成立合約；訂單中其他商品在發貨前仍屬要約。',
    window: (from: string, to: string) => `預計於 ${from} 至 ${to} 送達。`,
    carrier: '承運商及追蹤編號',
    consignee: '如由他人收件，請將此連結轉交對方：對方可追蹤包裹，並於運送途中要求更改地址。',
    consigneeTold: (name: string) => `我們亦已按您提供的電郵地址，將此連結寄給${name}：對方可追蹤包裹，並於運送途中要求更改地址。`,
    follow: '追蹤包裹：',
    update: (n: string) => `您的訂單 ${n}：送貨最新消息`,
    kinds: { out_for_delivery: '包裹今日派送中。', attempted: '速遞員未能送達，將再次派送。', exception: '包裹運送途中受阻。', in_transit: '包裹運送中。' },
    reason: '原因',
    delivered: (n: string) => `您的訂單 ${n}：已送達`,
    receivedBy: (who: string) => `包裹已由${who}簽收。`,
    receivers: { consignee: '收件人', reception: '辦公室接待處', property_management: '物業管理處', security: '大廈保安', proxy: '獲授權代收人' },
    addressChanged: (n: string) => `您的訂單 ${n}：已記錄新送貨地址`,
    addressIntro: '按要求，包裹將改送至：',
    addressNote: '此更改由您一方提出，並記錄為您的決定。',
  },
  'zh-Hans': {
    dispatched: (n: string) => `您的订单 ${n}：商品已发出`,
    contract: '以下商品已离开我们。每件商品于发出时成立合同；订单中其他商品在发货前仍属要约。',
    window: (from: string, to: string) => `预计于 ${from} 至 ${to} 送达。`,
    carrier: '承运商及追踪编号',
    consignee: '如由他人收件，请将此链接转交对方：对方可追踪包裹，并于运送途中要求更改地址。',
    consigneeTold: (name: string) => `我们也已按您提供的电子邮箱，将此链接发送给${name}：对方可追踪包裹，并于运送途中要求更改地址。`,
    follow: '追踪包裹：',
    update: (n: string) => `您的订单 ${n}：配送最新消息`,
    kinds: { out_for_delivery: '包裹今日派送中。', attempted: '快递员未能送达，将再次派送。', exception: '包裹运送途中受阻。', in_transit: '包裹运送中。' },
    reason: '原因',
    delivered: (n: string) => `您的订单 ${n}：已送达`,
    receivedBy: (who: string) => `包裹已由${who}签收。`,
    receivers: { consignee: '收件人', reception: '办公室前台', property_management: '物业管理处', security: '大厦保安', proxy: '获授权代收人' },
    addressChanged: (n: string) => `您的订单 ${n}：已记录新配送地址`,
    addressIntro: '按要求，包裹将改送至：',
    addressNote: '此更改由您一方提出，并记录为您的决定。',
  },
} as const;

const items = (lines: Lines) => lines.map((l) => `- ${l.designer} — ${l.name} × ${l.quantity}`);

/** `consigneeTold`: the consignee's name when they were sent the link themselves, so the customer need not pass it on. */
export function dispatchedMail(input: { to: string; order: Order; shipment: Pick<ShipmentRow, 'carrier' | 'tracking_number' | 'estimated_from' | 'estimated_to'>; lines: Lines; link: string; consigneeTold?: string | null }) {
  const t = TEXT[input.order.locale];
  const { shipment } = input;
  return {
    to: input.to,
    subject: t.dispatched(input.order.number),
    text: [
      t.contract, '', ...items(input.lines), '',
      ...(shipment.estimated_from && shipment.estimated_to ? [t.window(shipment.estimated_from, shipment.estimated_to)] : []),
      `${t.carrier}: ${shipment.carrier} ${shipment.tracking_number}`, '', `${t.follow} ${input.link}`, '', input.consigneeTold ? t.consigneeTold(input.consigneeTold) : t.consignee,
    ].join('\n'),
  };
}

export function deliveryUpdateMail(input: { to: string; order: Order; kind: 'in_transit' | 'out_for_delivery' | 'attempted' | 'exception'; reason: string | null; window: { from: string | null; to: string | null } }) {
  const t = TEXT[input.order.locale];
  return {
    to: input.to,
    subject: t.update(input.order.number),
    text: [
      t.kinds[input.kind], ...(input.reason ? [`${t.reason}: ${input.reason.replaceAll('_', ' ')}`] : []),
      ...(input.window.from && input.window.to ? ['', t.window(input.window.from, input.window.to)] : []),
    ].join('\n'),
  };
}

export function deliveredMail(input: { to: string; order: Order; receivedBy: { kind: ReceiverKind; name: string } }) {
  const t = TEXT[input.order.locale];
  return { to: input.to, subject: t.delivered(input.order.number), text: t.receivedBy(`${t.receivers[input.receivedBy.kind]} (${input.receivedBy.name})`) };
}

export function addressChangedMail(input: { to: string; order: Order; address: { line1: string; line2: string | null; city: string; countryCode: string } }) {
  const t = TEXT[input.order.locale];
  const { address } = input;
  return {
    to: input.to,
    subject: t.addressChanged(input.order.number),
    text: [t.addressIntro, address.line1, ...(address.line2 ? [address.line2] : []), `${address.city}, ${address.countryCode}`, '', t.addressNote].join('\n'),
  };
}

export type { Locale };
