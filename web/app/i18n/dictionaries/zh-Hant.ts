import { defineTranslation } from "../placeholders";
import { accountZhHant } from "./account.zh-Hant";
import { backstageZhHant } from "./backstage.zh-Hant";
import { addressesZhHant } from "./addresses.zh-Hant";
import { backstageSuppliersZhHant } from "./backstage-suppliers.zh-Hant";
import { backstageCatalogueZhHant } from "./backstage-catalogue.zh-Hant";
import { backstagePricingZhHant } from "./backstage-pricing.zh-Hant";
import { backstagePaymentsZhHant } from "./backstage-payments.zh-Hant";
import { backstageOrdersZhHant } from "./backstage-orders.zh-Hant";
import { backstageFulfilmentZhHant } from "./backstage-fulfilment.zh-Hant";
import { staffViewZhHant } from "./staff-view.zh-Hant";
import { catalogueZhHant } from "./catalogue.zh-Hant";
import { cartZhHant } from "./cart.zh-Hant";
import { checkoutZhHant } from "./checkout.zh-Hant";
import { fulfilmentZhHant } from "./fulfilment.zh-Hant";
import { paymentsZhHant } from "./payments.zh-Hant";
import { storefrontZhHant } from "./storefront.zh-Hant";

/** Traditional Chinese as written in Hong Kong (私隱, 手袋, 送貨, 帳戶). */
export const zhHant = defineTranslation({
  "meta.home.title": "Vitrine — 匯聚名門時裝、高級珠寶及腕錶",
  "meta.home.description": "探索世界名門的當季精選：成衣、手袋、高級珠寶及腕錶，由香港送遞全球。",
  "meta.notFound.title": "找不到頁面 — Vitrine",
  "meta.error.title": "發生錯誤 — Vitrine",
  "meta.error.description": "Vitrine，匯聚奢華時裝、高級珠寶及腕錶。",

  "a11y.skipToContent": "跳至主要內容",
  "brand.wordmark": "Vitrine",
  "brand.homeLink": "Vitrine 主頁",

  "nav.primary.label": "主要導覽",
  "nav.newIn": "最新上架",
  "nav.designers": "設計師",

  "search.label": "搜尋 Vitrine",
  "search.placeholder": "設計師、單品、專題",
  "search.submit": "搜尋",

  "header.utility.label": "你的帳戶",
  "header.account": "帳戶",
  "header.bag": "購物袋",

  "footer.label": "網站資訊",
  "footer.customerCare.heading": "客戶服務",
  "footer.customerCare.contact": "聯絡我們",
  "footer.customerCare.delivery": "送貨服務",
  "footer.customerCare.returns": "退貨及換貨",
  "footer.customerCare.payment": "付款及關稅",
  "footer.customerCare.faq": "常見問題",
  "footer.about.heading": "關於我們",
  "footer.about.house": "關於 Vitrine",
  "footer.about.authenticity": "正品保證",
  "footer.about.careers": "職位空缺",
  "footer.about.press": "新聞中心",
  "footer.legal.heading": "法律條款",
  "footer.legal.agreement": "註冊協議",
  "footer.legal.privacy": "私隱政策",
  "footer.legal.cookies": "Cookie 政策",
  "footer.legal.contentLicence": "內容授權",
  "footer.legal.cookieSettings": "Cookie 設定",
  "footer.preferences.heading": "語言、貨幣及送貨地區",
  "footer.copyright": "© {year} Vitrine。版權所有。",

  "switcher.language.label": "語言",
  "switcher.currency.label": "貨幣",
  "currency.HKD": "港元",
  "currency.CNY": "人民幣",
  "currency.USD": "美元",
  "currency.EUR": "歐元",
  "currency.GBP": "英鎊",
  "currency.JPY": "日圓",
  "currency.SGD": "新加坡元",
  "currency.AUD": "澳元",

  "home.hero.kicker": "秋季精選",
  "home.hero.headline": "靜謐華美，用心甄選",
  "home.hero.subline": "從名門世家到矚目的新晉工作室，我們悉心挑選，由香港送抵你身處之地。",
  "home.hero.cta": "探索最新上架",

  "home.designers.heading": "焦點設計師",
  "home.designers.intro": "本季我們密切關注的品牌與工作室。",
  "home.designers.viewAll": "所有設計師",

  "home.promises.heading": "我們的承諾",
  "home.promises.worldwide.title": "環球送貨",
  "home.promises.worldwide.body": "專人速遞送貨上門並附保險，付款前清楚列明關稅。",
  "home.promises.hongKong.title": "香港訂單滿 {amount} 免費送貨",
  "home.promises.hongKong.body": "由我們的專屬速遞親手送達，以品牌包裝悉心呈獻。",
  "home.promises.welcome.title": "{percent} 迎新禮遇",
  "home.promises.welcome.body": "新會員首次購物專享。",
  "home.promises.authenticity.title": "正品保證",
  "home.promises.authenticity.body": "每件單品均直接來自品牌或其授權合作夥伴。",

  "error.status": "錯誤 {status}",
  "error.notFound.heading": "找不到此頁面",
  "error.notFound.body": "頁面可能已經移除，或網址輸入有誤。",
  "error.generic.heading": "發生錯誤",
  "error.generic.body": "請稍後再試。如問題持續，我們的客戶顧問樂意為你提供協助。",
  "error.backHome": "返回主頁",

  "cookies.banner.heading": "你的 Cookie 選擇",
  "cookies.banner.body":
    "Vitrine 使用維持網站運作所必需的 Cookie。得到你的同意後，我們亦會記住你的偏好、了解網站的使用情況，並為你提供合適的廣告。在你作出選擇之前，我們不會設定任何非必要的 Cookie。",
  "cookies.banner.policyLink": "閱讀 Cookie 政策",
  "cookies.banner.label": "Cookie 同意",
  "cookies.notice.version": "Cookie 通知版本 {version}",
  "cookies.acceptAll": "全部接受",
  "cookies.rejectAll": "全部拒絕",
  "cookies.settings": "設定",
  "cookies.save": "儲存選擇",
  "cookies.choices.legend": "Cookie 類別",
  "cookies.category.necessary.label": "必要",
  "cookies.category.necessary.body": "維持網站運作：你的購物袋、登入狀態、語言及貨幣。一直開啟。",
  "cookies.category.preferences.label": "偏好",
  "cookies.category.preferences.body": "記住你的選擇，例如尺碼及最近瀏覽過的單品。",
  "cookies.category.analytics.label": "分析",
  "cookies.category.analytics.body": "統計瀏覽次數，了解哪些頁面最有幫助，以便改善網站。",
  "cookies.category.marketing.label": "市場推廣",
  "cookies.category.marketing.body": "在本網站及其他網站顯示切合你興趣的廣告。",
  "cookies.gpc.honoured": "你的瀏覽器發出「全球隱私控制」（Global Privacy Control）訊號，我們予以尊重：市場推廣 Cookie 保持關閉。",
  "cookies.page.saved": "你的選擇已儲存。",
  "cookies.saved": "你的 Cookie 選擇已儲存，你可隨時在「Cookie 設定」中更改。",
  "cookies.error": "未能儲存你的選擇，請再試一次。",
  "cookies.page.title": "Cookie 設定 — Vitrine",
  "cookies.page.description": "選擇 Vitrine 可使用哪些非必要 Cookie，並可隨時更改。",
  "cookies.page.heading": "Cookie 設定",
  "cookies.page.summary":
    "必要 Cookie 維持網站運作，無須你的同意。其他類別均須待你同意才會使用，你亦可隨時在此改變主意。每項決定都會連同你當時所見通知的版本一併記錄。",
  "cookies.page.policyLink": "閱讀完整 Cookie 政策",
  "cookies.page.status.none": "你尚未作出選擇：目前只使用必要 Cookie。",
  "cookies.page.status.current": "你於 {date} 作出的選擇現正生效。",
  "cookies.page.status.outdated": "你於 {date} 作出的選擇依據較早版本的通知，請重新選擇。",
  ...accountZhHant,
  ...backstageZhHant,
  ...addressesZhHant,
  ...backstageSuppliersZhHant,
  ...backstageCatalogueZhHant,
  ...backstagePricingZhHant,
  ...backstagePaymentsZhHant,
  ...backstageOrdersZhHant,
  ...backstageFulfilmentZhHant,
  ...staffViewZhHant,
  // The catalogue: listings, product pages, search suggestions, delivery zones.
  ...catalogueZhHant,
  // The bag, the mini-bag and the wish list.
  ...cartZhHant,
  // The checkout, its confirmation and the order pages.
  ...checkoutZhHant,
  // After the order: parcels, cancelling, returns, the consignee's page.
  ...fulfilmentZhHant,
  // The order page: where a refund of a transfer or of cash should be paid.
  ...paymentsZhHant,
  ...storefrontZhHant,
});
