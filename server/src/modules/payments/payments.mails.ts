import { exponentOf, isCurrencyCode } from '../../kernel/money.ts';
import type { OrderNotice } from './payments.ports.ts';

/**
 * Transactional mail of the payments module: asking where a refund of a bank transfer or of
 * cash should be paid (PAY-2). Never a promotion: it goes to guests who did not ask for any.
 */
const TEXT = {
  en: {
    subject: (n: string) => `Your order ${n}: where should we pay your refund?`,
    intro: (a: string) => `We are refunding ${a} for your order.`,
    why: { bank_transfer: 'You paid by bank transfer, so we pay the refund back by bank transfer ourselves.', cod: 'You paid in cash on delivery, so we pay the refund by bank transfer.' },
    ask: 'Please tell us the account to pay it into on your order page:',
    guest: 'Open your order with the link in your order confirmation e-mail and fill in “Where should we pay your refund?”.',
    after: 'We pay the refund once we have your details. Until we have paid it, you may change them on the same page.',
    paidSubject: (n: string) => `Your order ${n}: your refund is paid`,
    paid: (a: string) => `We have paid your refund of ${a}.`,
    paidInto: (ending: string) => `It went to the account ending ${ending}; a bank transfer usually arrives within 1 to 3 working days.`,
  },
  'zh-Hant': {
    subject: (n: string) => `您的訂單 ${n}：退款應存入哪個帳戶？`,
    intro: (a: string) => `我們正為您的訂單退款 ${a}。`,
    why: { bank_transfer: '您以銀行轉帳付款，因此我們會以銀行轉帳將款項退回給您。', cod: '您以貨到付款支付現金，因此我們會以銀行轉帳退款。' },
    ask: '請於訂單頁面告訴我們收款帳戶：',
    guest: '請使用訂單確認電郵中的連結開啟訂單，並填寫「退款應存入哪個帳戶？」一欄。',
    after: '收到您的資料後，我們便會退款。退款發出前，您可在同一頁面更改資料。',
    paidSubject: (n: string) => `您的訂單 ${n}：退款已發出`,
    paid: (a: string) => `我們已向您退款 ${a}。`,
    paidInto: (ending: string) => `款項已存入尾號 ${ending} 的帳戶；銀行轉帳一般於 1 至 3 個工作天內到帳。`,
  },
  'zh-Hans': {
    subject: (n: string) => `您的订单 ${n}：退款应存入哪个账户？`,
    intro: (a: string) => `我们正为您的订单退款 ${a}。`,
    why: { bank_transfer: '您以银行转账付款，因此我们会以银行转账将款项退回给您。', cod: '您以货到付款支付现金，因此我们会以银行转账退款。' },
    ask: '请在订单页面告诉我们收款账户：',
    guest: '请使用订单确认邮件中的链接打开订单，并填写“退款应存入哪个账户？”一栏。',
    after: '收到您的信息后，我们便会退款。退款发出前，您可在同一页面更改信息。',
    paidSubject: (n: string) => `您的订单 ${n}：退款已发出`,
    paid: (a: string) => `我们已向您退款 ${a}。`,
    paidInto: (ending: string) => `款项已存入尾号 ${ending} 的账户；银行转账一般于 1 至 3 个工作日内到账。`,
  },
} as const;

function amountText(minor: number, currency: string): string {
  const exponent = isCurrencyCode(currency) ? exponentOf(currency) : 2;
  const text = String(minor).padStart(exponent + 1, '0');
  return `${currency} ${exponent ? `${text.slice(0, -exponent)}.${text.slice(-exponent)}` : text}`;
}

/**
 * Asks for the account to pay a refund into. A customer gets the link to the order in their
 * account; a guest's link cannot be rebuilt (only its hash is kept), so the mail points to the
 * one in their order confirmation.
 */
export function refundDetailsMail(input: { to: string; order: OrderNotice | undefined; orderId: string; method: 'bank_transfer' | 'cod'; amount: number; currency: string; publicUrl: string }) {
  const t = TEXT[input.order?.locale ?? 'en'];
  const how = input.order?.customerId ? [t.ask, `${input.publicUrl}/account/orders/${input.orderId}#refund-details`] : [t.guest];
  return {
    to: input.to,
    subject: t.subject(input.order?.number ?? input.orderId),
    text: [t.intro(amountText(input.amount, input.currency)), t.why[input.method], '', ...how, '', t.after].join('\n'),
  };
}

/** The refund was paid out by hand: how much, and into which account (by its ending only). */
export function refundPaidOutMail(input: { to: string; order: OrderNotice | undefined; orderId: string; amount: number; currency: string; accountEnding: string | null }) {
  const t = TEXT[input.order?.locale ?? 'en'];
  return {
    to: input.to,
    subject: t.paidSubject(input.order?.number ?? input.orderId),
    text: [t.paid(amountText(input.amount, input.currency)), ...(input.accountEnding ? [t.paidInto(input.accountEnding)] : [])].join('\n'),
  };
}
