import type { MailToQueue } from '../notifications/index.ts';

/**
 * The service mails of accounts, in the customer's language. Each is short and says what to do
 * and what to do if it was not you; links carry single-use tokens and say how long they last.
 */
export type MailLocale = 'en' | 'zh-Hant' | 'zh-Hans';

type Texts = Record<MailLocale, { subject: string; body: string }>;

const TEXTS = {
  verify_email: {
    en: { subject: 'Confirm your e-mail address', body: 'Welcome to Vitrine, {name}.\n\nConfirm this address to open your account:\n{link}\n\nThe link works once, for 24 hours. If you did not sign up, ignore this message.' },
    'zh-Hant': { subject: '確認你的電郵地址', body: '{name}，歡迎來到 Vitrine。\n\n請確認此地址以啟用帳戶：\n{link}\n\n連結只可使用一次，24 小時內有效。如非本人申請，請忽略此郵件。' },
    'zh-Hans': { subject: '确认你的电子邮件地址', body: '{name}，欢迎来到 Vitrine。\n\n请确认此地址以启用账户：\n{link}\n\n链接只能使用一次，24 小时内有效。如非本人申请，请忽略此邮件。' },
  },
  already_registered: {
    en: { subject: 'Someone tried to register with your address', body: 'Hello {name},\n\nSomeone tried to open a Vitrine account with this address, which already has one. If it was you, sign in or reset your password:\n{link}\n\nIf it was not you, nothing has changed.' },
    'zh-Hant': { subject: '有人嘗試以你的地址註冊', body: '{name}，你好：\n\n有人嘗試以此地址開設 Vitrine 帳戶，但此地址已有帳戶。如是你本人，請登入或重設密碼：\n{link}\n\n如非本人，帳戶並無任何改變。' },
    'zh-Hans': { subject: '有人尝试用你的地址注册', body: '{name}，你好：\n\n有人尝试用此地址开设 Vitrine 账户，但此地址已有账户。如是你本人，请登录或重设密码：\n{link}\n\n如非本人，账户没有任何变化。' },
  },
  reset_password: {
    en: { subject: 'Reset your password', body: 'Hello {name},\n\nChoose a new password here:\n{link}\n\nThe link works once, for 30 minutes. Resetting signs you out everywhere. If you did not ask, ignore this message.' },
    'zh-Hant': { subject: '重設密碼', body: '{name}，你好：\n\n請在此設定新密碼：\n{link}\n\n連結只可使用一次，30 分鐘內有效。重設後所有裝置將會登出。如非本人申請，請忽略此郵件。' },
    'zh-Hans': { subject: '重设密码', body: '{name}，你好：\n\n请在此设置新密码：\n{link}\n\n链接只能使用一次，30 分钟内有效。重设后所有设备将退出登录。如非本人申请，请忽略此邮件。' },
  },
  guardian_consent: {
    en: { subject: 'A Vitrine account needs your consent', body: 'Hello,\n\n{name} has opened a Vitrine account and gave your address as their parent or guardian. Until you agree, the account can browse and keep a wish list but cannot order or receive marketing.\n\nTo agree:\n{link}\n\nYou can withdraw your consent later with the same link. If you do not know {name}, ignore this message.' },
    'zh-Hant': { subject: '一個 Vitrine 帳戶需要你的同意', body: '你好：\n\n{name} 開設了 Vitrine 帳戶，並提供你的地址作為家長或監護人。在你同意前，帳戶只可瀏覽及使用願望清單，不能下單或接收推廣資訊。\n\n同意請按：\n{link}\n\n你之後可用同一連結撤回同意。如你不認識 {name}，請忽略此郵件。' },
    'zh-Hans': { subject: '一个 Vitrine 账户需要你的同意', body: '你好：\n\n{name} 开设了 Vitrine 账户，并提供你的地址作为家长或监护人。在你同意之前，账户只能浏览和使用心愿单，不能下单或接收推广信息。\n\n同意请点击：\n{link}\n\n你之后可以用同一链接撤回同意。如你不认识 {name}，请忽略此邮件。' },
  },
  new_device: {
    en: { subject: 'New sign-in to your account', body: 'Hello {name},\n\nYour account was signed in from {device} (network {network}) at {time}.\n\nIf this was not you, end the session and change your password:\n{link}' },
    'zh-Hant': { subject: '你的帳戶有新的登入', body: '{name}，你好：\n\n你的帳戶於 {time} 在 {device}（網絡 {network}）登入。\n\n如非本人，請結束該工作階段並更改密碼：\n{link}' },
    'zh-Hans': { subject: '你的账户有新的登录', body: '{name}，你好：\n\n你的账户于 {time} 在 {device}（网络 {network}）登录。\n\n如非本人，请结束该会话并更改密码：\n{link}' },
  },
  email_changing: {
    en: { subject: 'Your e-mail address is being changed', body: 'Hello {name},\n\nA change of your account address to {newEmail} was requested. It takes effect when the new address is confirmed. If you did not ask for this, change your password now:\n{link}' },
    'zh-Hant': { subject: '你的電郵地址正在更改', body: '{name}，你好：\n\n有人要求把你的帳戶地址改為 {newEmail}，新地址確認後便會生效。如非本人要求，請立即更改密碼：\n{link}' },
    'zh-Hans': { subject: '你的电子邮件地址正在更改', body: '{name}，你好：\n\n有人要求把你的账户地址改为 {newEmail}，新地址确认后即生效。如非本人要求，请立即更改密码：\n{link}' },
  },
  misuse_reported: {
    en: { subject: 'We received your security report', body: 'Hello {name},\n\nThank you for telling us. Every session of your account has been ended and our team will look into it (case {caseId}). Please choose a new password:\n{link}' },
    'zh-Hant': { subject: '我們已收到你的安全報告', body: '{name}，你好：\n\n謝謝你的通知。你帳戶的所有工作階段均已結束，我們的團隊會跟進（個案 {caseId}）。請設定新密碼：\n{link}' },
    'zh-Hans': { subject: '我们已收到你的安全报告', body: '{name}，你好：\n\n谢谢你的通知。你账户的所有会话均已结束，我们的团队会跟进（案例 {caseId}）。请设置新密码：\n{link}' },
  },
} satisfies Record<string, Texts>;

export type AccountMail = keyof typeof TEXTS;

export function accountMail(kind: AccountMail, locale: string, to: string, values: Record<string, string>): MailToQueue {
  const texts = TEXTS[kind][asMailLocale(locale)];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return { to, subject: fill(texts.subject), text: fill(texts.body) };
}

export function asMailLocale(locale: string): MailLocale {
  return locale === 'zh-Hant' || locale === 'zh-Hans' ? locale : 'en';
}
