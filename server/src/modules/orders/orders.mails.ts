import { exponentOf, isCurrencyCode } from '../../kernel/money.ts';
import type { OrderLineRow, OrderRow } from './orders.tables.ts';

type Locale = 'en' | 'zh-Hant' | 'zh-Hans';

/** An amount as mails write it: the currency code and the major units with their decimals. */
export function amount(minor: bigint | number, currency: string): string {
  const exponent = isCurrencyCode(currency) ? exponentOf(currency) : 2;
  const text = minor.toString().padStart(exponent + 1, '0');
  return `${currency} ${exponent ? `${text.slice(0, -exponent)}.${text.slice(-exponent)}` : text}`;
}

const TEXT = {
  en: {
    subject: (n: string) => `We have received your order ${n}`,
    intro: 'Thank you. We have received your order as an offer to buy the items below.',
    contract: 'Each item’s contract forms when it leaves our warehouse or the supplier’s; we write to you then. Items not yet shipped remain an offer, which you may still cancel.',
    deadline: (d: string) => `Please complete payment by ${d}; an unpaid order is cancelled then and its items released.`,
    follow: 'Follow your order at',
    total: 'Total',
  },
  'zh-Hant': {
    subject: (n: string) => `我們已收到您的訂單 ${n}`,
    intro: '謝謝。我們已收到您的訂單，作為購買以下商品的要約。',
    contract: '每件商品於離開我們或供應商倉庫時成立合約，屆時我們會通知您。尚未發貨的商品仍屬要約，您仍可取消。',
    deadline: (d: string) => `請於 ${d} 前完成付款；逾期未付的訂單將被取消，商品亦會釋出。`,
    follow: '查看訂單進度：',
    total: '總額',
  },
  'zh-Hans': {
    subject: (n: string) => `我们已收到您的订单 ${n}`,
    intro: '谢谢。我们已收到您的订单，作为购买以下商品的要约。',
    contract: '每件商品于离开我们或供应商仓库时成立合同，届时我们会通知您。尚未发货的商品仍属要约，您仍可取消。',
    deadline: (d: string) => `请于 ${d} 前完成付款；逾期未付的订单将被取消，商品亦会释放。`,
    follow: '查看订单进度：',
    total: '总额',
  },
} as const;

/** The confirmation of an offer (ORD-2): what was ordered, that contracts form per shipped item, the deadline. */
export function confirmationMail(order: OrderRow, lines: readonly OrderLineRow[], options: { link: string; locale: Locale }) {
  const t = TEXT[options.locale];
  const items = lines.map((l) => {
    const options = [l.snapshot.colour, l.snapshot.size, l.snapshot.material].filter(Boolean).join(', ');
    return `- ${l.snapshot.designer} — ${l.snapshot.name}${options ? ` (${options})` : ''} × ${l.quantity}: ${amount(l.total, order.currency)}`;
  });
  return {
    to: order.email,
    subject: t.subject(order.number),
    text: [
      t.intro, '', ...items, '', `${t.total}: ${amount(order.total, order.currency)}`, '', t.contract,
      ...(order.payment_deadline_at ? ['', t.deadline(order.payment_deadline_at.toISOString().replace('T', ' ').slice(0, 16) + ' UTC')] : []),
      '', `${t.follow} ${options.link}`,
    ].join('\n'),
  };
}
