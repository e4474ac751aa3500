import { defineTranslation } from "../placeholders";
import { accountZhHans } from "./account.zh-Hans";
import { backstageZhHans } from "./backstage.zh-Hans";
import { addressesZhHans } from "./addresses.zh-Hans";
import { backstageSuppliersZhHans } from "./backstage-suppliers.zh-Hans";
import { backstageCatalogueZhHans } from "./backstage-catalogue.zh-Hans";
import { backstagePricingZhHans } from "./backstage-pricing.zh-Hans";
import { backstagePaymentsZhHans } from "./backstage-payments.zh-Hans";
import { backstageOrdersZhHans } from "./backstage-orders.zh-Hans";
import { backstageFulfilmentZhHans } from "./backstage-fulfilment.zh-Hans";
import { staffViewZhHans } from "./staff-view.zh-Hans";
import { catalogueZhHans } from "./catalogue.zh-Hans";
import { cartZhHans } from "./cart.zh-Hans";
import { checkoutZhHans } from "./checkout.zh-Hans";
import { fulfilmentZhHans } from "./fulfilment.zh-Hans";
import { paymentsZhHans } from "./payments.zh-Hans";
import { storefrontZhHans } from "./storefront.zh-Hans";

/** Simplified Chinese for mainland clients (隐私, 包袋, 配送, 账户). */
export const zhHans = defineTranslation({
  "meta.home.title": "Vitrine — 汇聚名门时装、高级珠宝与腕表",
  "meta.home.description": "探索世界名门的当季精选：成衣、包袋、高级珠宝与腕表，自香港配送至全球。",
  "meta.notFound.title": "页面未找到 — Vitrine",
  "meta.error.title": "出错了 — Vitrine",
  "meta.error.description": "Vitrine，汇聚奢华时装、高级珠宝与腕表。",

  "a11y.skipToContent": "跳至主要内容",
  "brand.wordmark": "Vitrine",
  "brand.homeLink": "Vitrine 首页",

  "nav.primary.label": "主导航",
  "nav.newIn": "新品上架",
  "nav.designers": "设计师",

  "search.label": "搜索 Vitrine",
  "search.placeholder": "设计师、单品、专题",
  "search.submit": "搜索",

  "header.utility.label": "您的账户",
  "header.account": "账户",
  "header.bag": "购物袋",

  "footer.label": "网站信息",
  "footer.customerCare.heading": "客户服务",
  "footer.customerCare.contact": "联系我们",
  "footer.customerCare.delivery": "配送服务",
  "footer.customerCare.returns": "退货与换货",
  "footer.customerCare.payment": "支付与关税",
  "footer.customerCare.faq": "常见问题",
  "footer.about.heading": "关于我们",
  "footer.about.house": "关于 Vitrine",
  "footer.about.authenticity": "正品保证",
  "footer.about.careers": "招贤纳士",
  "footer.about.press": "媒体中心",
  "footer.legal.heading": "法律条款",
  "footer.legal.agreement": "注册协议",
  "footer.legal.privacy": "隐私政策",
  "footer.legal.cookies": "Cookie 政策",
  "footer.legal.contentLicence": "内容许可",
  "footer.legal.cookieSettings": "Cookie 设置",
  "footer.preferences.heading": "语言、货币与配送地区",
  "footer.copyright": "© {year} Vitrine。保留所有权利。",

  "switcher.language.label": "语言",
  "switcher.currency.label": "货币",
  "currency.HKD": "港币",
  "currency.CNY": "人民币",
  "currency.USD": "美元",
  "currency.EUR": "欧元",
  "currency.GBP": "英镑",
  "currency.JPY": "日元",
  "currency.SGD": "新加坡元",
  "currency.AUD": "澳元",

  "home.hero.kicker": "秋季精选",
  "home.hero.headline": "静谧华美，用心甄选",
  "home.hero.subline": "从名门世家到备受瞩目的新锐工作室，我们悉心挑选，自香港送达您的身边。",
  "home.hero.cta": "探索新品",

  "home.designers.heading": "焦点设计师",
  "home.designers.intro": "本季我们密切关注的品牌与工作室。",
  "home.designers.viewAll": "全部设计师",

  "home.promises.heading": "我们的承诺",
  "home.promises.worldwide.title": "全球配送",
  "home.promises.worldwide.body": "专人快递送货上门并附保险，支付前清楚列明关税。",
  "home.promises.hongKong.title": "香港订单满 {amount} 免费配送",
  "home.promises.hongKong.body": "由我们的专属快递亲手送达，以品牌包装悉心呈现。",
  "home.promises.welcome.title": "{percent} 新会员礼遇",
  "home.promises.welcome.body": "新会员首单专享。",
  "home.promises.authenticity.title": "正品保证",
  "home.promises.authenticity.body": "每件单品均直接来自品牌或其授权合作伙伴。",

  "error.status": "错误 {status}",
  "error.notFound.heading": "未找到此页面",
  "error.notFound.body": "页面可能已被移除，或网址输入有误。",
  "error.generic.heading": "出错了",
  "error.generic.body": "请稍后再试。如问题仍然存在，我们的客户顾问乐意为您提供帮助。",
  "error.backHome": "返回首页",

  "cookies.banner.heading": "您的 Cookie 选择",
  "cookies.banner.body":
    "Vitrine 使用维持网站运行所必需的 Cookie。经您同意后，我们还会记住您的偏好、了解网站的使用情况，并为您提供合适的广告。在您作出选择之前，我们不会设置任何非必要的 Cookie。",
  "cookies.banner.policyLink": "阅读 Cookie 政策",
  "cookies.banner.label": "Cookie 同意",
  "cookies.notice.version": "Cookie 通知版本 {version}",
  "cookies.acceptAll": "全部接受",
  "cookies.rejectAll": "全部拒绝",
  "cookies.settings": "设置",
  "cookies.save": "保存选择",
  "cookies.choices.legend": "Cookie 类别",
  "cookies.category.necessary.label": "必要",
  "cookies.category.necessary.body": "维持网站运行：您的购物袋、登录状态、语言和货币。始终开启。",
  "cookies.category.preferences.label": "偏好",
  "cookies.category.preferences.body": "记住您的选择，例如尺码和最近浏览过的商品。",
  "cookies.category.analytics.label": "分析",
  "cookies.category.analytics.body": "统计访问量，了解哪些页面最有帮助，以便改进网站。",
  "cookies.category.marketing.label": "营销",
  "cookies.category.marketing.body": "在本网站和其他网站展示符合您兴趣的广告。",
  "cookies.gpc.honoured": "您的浏览器发送了“全球隐私控制”（Global Privacy Control）信号，我们予以尊重：营销 Cookie 保持关闭。",
  "cookies.page.saved": "您的选择已保存。",
  "cookies.saved": "您的 Cookie 选择已保存，您可以随时在“Cookie 设置”中更改。",
  "cookies.error": "未能保存您的选择，请重试。",
  "cookies.page.title": "Cookie 设置 — Vitrine",
  "cookies.page.description": "选择 Vitrine 可以使用哪些非必要 Cookie，并可随时更改。",
  "cookies.page.heading": "Cookie 设置",
  "cookies.page.summary":
    "必要 Cookie 维持网站运行，无需您的同意。其他类别均须经您同意后才会使用，您也可以随时在此改变主意。每项决定都会连同您当时所见通知的版本一并记录。",
  "cookies.page.policyLink": "阅读完整的 Cookie 政策",
  "cookies.page.status.none": "您尚未作出选择：目前仅使用必要 Cookie。",
  "cookies.page.status.current": "您于 {date} 作出的选择正在生效。",
  "cookies.page.status.outdated": "您于 {date} 作出的选择基于较早版本的通知，请重新选择。",
  ...accountZhHans,
  ...backstageZhHans,
  ...addressesZhHans,
  ...backstageSuppliersZhHans,
  ...backstageCatalogueZhHans,
  ...backstagePricingZhHans,
  ...backstagePaymentsZhHans,
  ...backstageOrdersZhHans,
  ...backstageFulfilmentZhHans,
  ...staffViewZhHans,
  // The catalogue: listings, product pages, search suggestions, delivery zones.
  ...catalogueZhHans,
  // The bag, the mini-bag and the wish list.
  ...cartZhHans,
  // The checkout, its confirmation and the order pages.
  ...checkoutZhHans,
  // After the order: parcels, cancelling, returns, the consignee's page.
  ...fulfilmentZhHans,
  // The order page: where a refund of a transfer or of cash should be paid.
  ...paymentsZhHans,
  ...storefrontZhHans,
});
