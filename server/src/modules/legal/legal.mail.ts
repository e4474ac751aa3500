import type { MailToQueue } from '../notifications/index.ts';
import { KINDS_REQUIRING_ACCEPTANCE } from './legal.rules.ts';
import type { DocumentKind, Locale } from './legal.tables.ts';

export const DOCUMENT_TITLES: Record<DocumentKind, Record<Locale, string>> = {
  'registration-agreement': { en: 'Registration Agreement', 'zh-Hant': '會員註冊協議', 'zh-Hans': '会员注册协议' },
  'privacy-policy': { en: 'Privacy Policy', 'zh-Hant': '私隱政策', 'zh-Hans': '隐私政策' },
  'cookie-policy': { en: 'Cookie Policy', 'zh-Hant': 'Cookie 政策', 'zh-Hans': 'Cookie 政策' },
  'content-licence': { en: 'Content Licence', 'zh-Hant': '內容授權條款', 'zh-Hans': '内容授权条款' },
};

export interface ChangeNotice {
  kind: DocumentKind;
  version: string;
  summary: string;
  effectiveAt: Date;
  /** `${publicUrl}/legal/<kind>` */
  link: string;
  shopTimeZone: string;
}

/** The service mail telling a customer that a document they rely on changed materially (ACC-7). */
export function changeNoticeMail(to: string, locale: Locale, notice: ChangeNotice): MailToQueue {
  const title = DOCUMENT_TITLES[notice.kind][locale];
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { timeZone: notice.shopTimeZone, dateStyle: 'long' }).format(notice.effectiveAt);
  const needsAcceptance = KINDS_REQUIRING_ACCEPTANCE.includes(notice.kind);
  const text = locale === 'en' ? english(title, date, needsAcceptance, notice) : chinese(locale, title, date, needsAcceptance, notice);
  const subject = locale === 'en' ? `Our ${title} is changing on ${date}` : locale === 'zh-Hant' ? `我們的《${title}》將於${date}更新` : `我们的《${title}》将于${date}更新`;
  return { to, subject, text, headers: { 'X-Vitrine-Kind': 'service' } };
}

function english(title: string, date: string, needsAcceptance: boolean, notice: ChangeNotice): string {
  return [
    'Hello,',
    '',
    `We have published a new version (${notice.version}) of our ${title}. It takes effect on ${date}, and the change matters enough that we want to tell you about it directly.`,
    '',
    'What changes, in short:',
    notice.summary,
    '',
    `Read the whole text, and every earlier version, at ${notice.link}`,
    '',
    needsAcceptance
      ? 'The next time you sign in we will show you the new version and ask you to accept it. You can keep browsing until then, but we can only take new orders once you have accepted it. If you do not agree, you can close your account at any time from your account settings.'
      : 'You do not need to do anything. If you have questions, simply reply to this message.',
    '',
    'Vitrine customer service',
  ].join('\n');
}

function chinese(locale: 'zh-Hant' | 'zh-Hans', title: string, date: string, needsAcceptance: boolean, notice: ChangeNotice): string {
  const t = locale === 'zh-Hant';
  return [
    '您好：',
    '',
    t
      ? `我們已發佈《${title}》的新版本（${notice.version}），將於${date}生效。由於這次修改較為重要，我們特此直接通知您。`
      : `我们已发布《${title}》的新版本（${notice.version}），将于${date}生效。由于这次修改较为重要，我们特此直接通知您。`,
    '',
    t ? '主要修改：' : '主要修改：',
    notice.summary,
    '',
    t ? `完整條文及所有歷史版本：${notice.link}` : `完整条文及所有历史版本：${notice.link}`,
    '',
    needsAcceptance
      ? t
        ? '您下次登入時，我們會展示新版本並請您確認接受。在此之前您仍可瀏覽商品，但須接受新版本後才能下單。如您不同意，可隨時在帳戶設定中關閉帳戶。'
        : '您下次登录时，我们会展示新版本并请您确认接受。在此之前您仍可浏览商品，但须接受新版本后才能下单。如您不同意，可随时在账户设置中关闭账户。'
      : t
        ? '您無須採取任何行動。如有疑問，直接回覆本郵件即可。'
        : '您无须采取任何行动。如有疑问，直接回复本邮件即可。',
    '',
    t ? 'Vitrine 客戶服務部' : 'Vitrine 客户服务部',
  ].join('\n');
}
