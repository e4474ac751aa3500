import { amount } from './orders.mails.ts';
import type { OrderLineRow, OrderRow } from './orders.tables.ts';

/** Mails after the order: cancelled lines, refunds, return steps. Transactional only. */
const TEXT = {
  en: {
    cancelled: (n: string) => `Your order ${n}: items cancelled`,
    byCustomer: 'As you asked, these items are cancelled:',
    byShop: 'We are sorry: we cannot supply these items, and have cancelled them:',
    refundFollows: (a: string) => `${a} is being refunded to your original payment method.`,
    noCharge: 'You will not be charged for them.',
    refund: (n: string) => `Your order ${n}: refund issued`,
    refunded: (a: string) => `We have refunded ${a} to your original payment method. Card refunds usually appear within 5 to 10 working days; for a bank transfer or cash on delivery we pay it into the account you give us on your order page.`,
    returnStep: (n: string) => `Your order ${n}: your return`,
    returnSteps: {
      requested: 'We have received your return request and will reply shortly.',
      approved: 'Your return is approved. Please send the items back with the return label; tell us the tracking number in your account.',
      refused: 'We cannot accept this return.',
      received: 'We have received your return and are inspecting it.',
      refunded: 'Your return is complete and refunded.',
      exchanged: 'Your return is complete; the exchange is on its way as a new item of your order.',
    },
    reason: 'Reason',
    serviceConfirmed: (n: string) => `Your order ${n}: your service is confirmed`,
    serviceContract: 'We confirm these services to you; your contract for them is formed from today:',
    serviceNote: 'From our team',
  },
  'zh-Hant': {
    cancelled: (n: string) => `您的訂單 ${n}：商品已取消`,
    byCustomer: '按您的要求，以下商品已取消：',
    byShop: '很抱歉，我們未能供應以下商品，已將其取消：',
    refundFollows: (a: string) => `${a} 將退回至您原來的付款方式。`,
    noCharge: '您不會就這些商品被收費。',
    refund: (n: string) => `您的訂單 ${n}：已退款`,
    refunded: (a: string) => `我們已將 ${a} 退回至您原來的付款方式。信用卡退款一般於 5 至 10 個工作天內入帳；銀行轉帳或貨到付款的退款，我們會存入您在訂單頁面提供的帳戶。`,
    returnStep: (n: string) => `您的訂單 ${n}：退貨進度`,
    returnSteps: {
      requested: '我們已收到您的退貨申請，將盡快回覆。',
      approved: '您的退貨已獲批准。請寄回商品，並於帳戶內告知我們追蹤編號。',
      refused: '我們未能接受此退貨。',
      received: '我們已收到退回的商品，正在檢查。',
      refunded: '退貨已完成並已退款。',
      exchanged: '退貨已完成；換貨將作為訂單的新項目寄出。',
    },
    reason: '原因',
    serviceConfirmed: (n: string) => `您的訂單 ${n}：服務已確認`,
    serviceContract: '我們向您確認以下服務；相關合約由今天起成立：',
    serviceNote: '團隊留言',
  },
  'zh-Hans': {
    cancelled: (n: string) => `您的订单 ${n}：商品已取消`,
    byCustomer: '按您的要求，以下商品已取消：',
    byShop: '很抱歉，我们未能供应以下商品，已将其取消：',
    refundFollows: (a: string) => `${a} 将退回至您原来的付款方式。`,
    noCharge: '您不会因这些商品被收费。',
    refund: (n: string) => `您的订单 ${n}：已退款`,
    refunded: (a: string) => `我们已将 ${a} 退回至您原来的付款方式。信用卡退款一般于 5 至 10 个工作日内到账；银行转账或货到付款的退款，我们会存入您在订单页面提供的账户。`,
    returnStep: (n: string) => `您的订单 ${n}：退货进度`,
    returnSteps: {
      requested: '我们已收到您的退货申请，将尽快回复。',
      approved: '您的退货已获批准。请寄回商品，并在账户内告知我们运单号。',
      refused: '我们未能接受此退货。',
      received: '我们已收到退回的商品，正在检查。',
      refunded: '退货已完成并已退款。',
      exchanged: '退货已完成；换货将作为订单的新项目寄出。',
    },
    reason: '原因',
    serviceConfirmed: (n: string) => `您的订单 ${n}：服务已确认`,
    serviceContract: '我们向您确认以下服务；相关合同自今天起成立：',
    serviceNote: '团队留言',
  },
} as const;

export function linesCancelledMail(order: OrderRow, cancelled: readonly OrderLineRow[], who: { by: 'customer' } | { by: 'staff'; reason: string }, refunded = 0) {
  const t = TEXT[order.locale];
  return {
    to: order.email,
    subject: t.cancelled(order.number),
    text: [
      who.by === 'customer' ? t.byCustomer : t.byShop, '',
      ...cancelled.map((l) => `- ${l.snapshot.designer} — ${l.snapshot.name} × ${l.quantity}`), '',
      refunded > 0 ? t.refundFollows(amount(refunded, order.currency)) : t.noCharge,
    ].join('\n'),
  };
}

export function refundMail(order: OrderRow, refunded: number) {
  const t = TEXT[order.locale];
  return { to: order.email, subject: t.refund(order.number), text: t.refunded(amount(refunded, order.currency)) };
}

export function returnStepMail(order: OrderRow, step: keyof (typeof TEXT)['en']['returnSteps'], reason?: string | null) {
  const t = TEXT[order.locale];
  return { to: order.email, subject: t.returnStep(order.number), text: [t.returnSteps[step], ...(reason ? ['', `${t.reason}: ${reason}`] : [])].join('\n') };
}

/** ORD-2: a service's contract forms when it is confirmed; the note says what was agreed. */
export function serviceConfirmedMail(order: OrderRow, confirmed: readonly OrderLineRow[], note: string) {
  const t = TEXT[order.locale];
  return {
    to: order.email,
    subject: t.serviceConfirmed(order.number),
    text: [
      t.serviceContract, '',
      ...confirmed.map((l) => `- ${l.snapshot.designer} — ${l.snapshot.name} × ${l.quantity}`),
      ...(note ? ['', `${t.serviceNote}: ${note}`] : []),
    ].join('\n'),
  };
}
