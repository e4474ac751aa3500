import { accountEn } from "./account.en";
import { backstageEn } from "./backstage.en";
import { addressesEn } from "./addresses.en";
import { backstageSuppliersEn } from "./backstage-suppliers.en";
import { backstageCatalogueEn } from "./backstage-catalogue.en";
import { backstagePricingEn } from "./backstage-pricing.en";
import { backstagePaymentsEn } from "./backstage-payments.en";
import { backstageOrdersEn } from "./backstage-orders.en";
import { backstageFulfilmentEn } from "./backstage-fulfilment.en";
import { staffViewEn } from "./staff-view.en";
import { catalogueEn } from "./catalogue.en";
import { cartEn } from "./cart.en";
import { checkoutEn } from "./checkout.en";
import { fulfilmentEn } from "./fulfilment.en";
import { paymentsEn } from "./payments.en";
import { storefrontEn } from "./storefront.en";

/**
 * The English dictionary is the source of truth: its keys define every
 * message the storefront can show, and its `{placeholders}` define the
 * params `t()` requires. Other languages must match it (see placeholders.ts).
 */
export const en = {
  "meta.home.title": "Vitrine — Fashion, fine jewellery and watches from the great houses",
  "meta.home.description":
    "Discover the season from the world's great houses: ready-to-wear, bags, fine jewellery and watches, delivered worldwide from Hong Kong.",
  "meta.notFound.title": "Page not found — Vitrine",
  "meta.error.title": "Something went wrong — Vitrine",
  "meta.error.description": "Vitrine, a house of luxury fashion, fine jewellery and watches.",

  "a11y.skipToContent": "Skip to main content",
  "brand.wordmark": "Vitrine",
  "brand.homeLink": "Vitrine, home",

  "nav.primary.label": "Main",
  "nav.newIn": "New In",
  "nav.designers": "Designers",

  "search.label": "Search Vitrine",
  "search.placeholder": "Designers, pieces, stories",
  "search.submit": "Search",

  "header.utility.label": "Your account",
  "header.account": "Account",
  "header.bag": "Bag",

  "footer.label": "Site information",
  "footer.customerCare.heading": "Customer care",
  "footer.customerCare.contact": "Contact us",
  "footer.customerCare.delivery": "Delivery",
  "footer.customerCare.returns": "Returns and exchanges",
  "footer.customerCare.payment": "Payment and duties",
  "footer.customerCare.faq": "Frequently asked questions",
  "footer.about.heading": "About",
  "footer.about.house": "The house of Vitrine",
  "footer.about.authenticity": "Our authenticity promise",
  "footer.about.careers": "Careers",
  "footer.about.press": "Press",
  "footer.legal.heading": "Legal",
  "footer.legal.agreement": "Registration agreement",
  "footer.legal.privacy": "Privacy policy",
  "footer.legal.cookies": "Cookie policy",
  "footer.legal.contentLicence": "Content licence",
  "footer.legal.cookieSettings": "Cookie settings",
  "footer.preferences.heading": "Language, currency and delivery",
  "footer.copyright": "© {year} Vitrine. All rights reserved.",

  "switcher.language.label": "Language",
  "switcher.currency.label": "Currency",
  "currency.HKD": "Hong Kong dollar",
  "currency.CNY": "Chinese yuan",
  "currency.USD": "US dollar",
  "currency.EUR": "Euro",
  "currency.GBP": "Pound sterling",
  "currency.JPY": "Japanese yen",
  "currency.SGD": "Singapore dollar",
  "currency.AUD": "Australian dollar",

  "home.hero.kicker": "The autumn edit",
  "home.hero.headline": "Quiet splendour, chosen with care",
  "home.hero.subline":
    "A considered selection from the great houses and the ateliers to watch, delivered from Hong Kong to wherever you are.",
  "home.hero.cta": "Discover what is new",

  "home.designers.heading": "Designers in focus",
  "home.designers.intro": "Houses and ateliers we are following closely this season.",
  "home.designers.viewAll": "All designers",

  "home.promises.heading": "Our promise",
  "home.promises.worldwide.title": "Worldwide delivery",
  "home.promises.worldwide.body": "Insured express delivery to your door, with duties shown before you pay.",
  "home.promises.hongKong.title": "Free Hong Kong delivery from {amount}",
  "home.promises.hongKong.body": "Hand-delivered by our own couriers, in the house packaging.",
  "home.promises.welcome.title": "{percent} welcome offer",
  "home.promises.welcome.body": "For new members, on their first order.",
  "home.promises.authenticity.title": "Authenticity, guaranteed",
  "home.promises.authenticity.body": "Every piece comes directly from the house or its authorised partners.",

  "error.status": "Error {status}",
  "error.notFound.heading": "This page could not be found",
  "error.notFound.body": "The page may have moved, or the address may be mistyped.",
  "error.generic.heading": "Something went wrong",
  "error.generic.body": "Please try again in a moment. If the problem persists, our client advisers are here to help.",
  "error.backHome": "Return to the home page",

  "cookies.banner.heading": "Your cookie choices",
  "cookies.banner.body":
    "Vitrine uses strictly necessary cookies to run the shop. With your permission we would also remember your preferences, measure how the shop is used and tailor advertising. Nothing optional is set until you decide.",
  "cookies.banner.policyLink": "Read the cookie policy",
  "cookies.banner.label": "Cookie consent",
  "cookies.notice.version": "Cookie notice, version {version}",
  "cookies.acceptAll": "Accept all",
  "cookies.rejectAll": "Reject all",
  "cookies.settings": "Settings",
  "cookies.save": "Save choices",
  "cookies.choices.legend": "Cookie categories",
  "cookies.category.necessary.label": "Strictly necessary",
  "cookies.category.necessary.body": "Keep the shop working: your bag, your sign-in, your language and currency. Always on.",
  "cookies.category.preferences.label": "Preferences",
  "cookies.category.preferences.body": "Remember choices such as your size and the pieces you looked at recently.",
  "cookies.category.analytics.label": "Analytics",
  "cookies.category.analytics.body": "Count visits and see which pages help, so that we can improve the shop.",
  "cookies.category.marketing.label": "Marketing",
  "cookies.category.marketing.body": "Show advertising suited to your interests, here and on other sites.",
  "cookies.gpc.honoured":
    "Your browser sends a Global Privacy Control signal, and we honour it: marketing cookies stay off.",
  "cookies.page.saved": "Your choices are saved.",
  "cookies.saved": "Your cookie choices are saved. You can change them at any time in Cookie settings.",
  "cookies.error": "Your choices could not be saved. Please try again.",
  "cookies.page.title": "Cookie settings — Vitrine",
  "cookies.page.description": "Choose which optional cookies Vitrine may use, and change your choice at any time.",
  "cookies.page.heading": "Cookie settings",
  "cookies.page.summary":
    "Strictly necessary cookies keep the shop working and need no permission. Every other category waits for yours, and you may change your mind here whenever you like. Each decision is recorded with the version of the notice you saw.",
  "cookies.page.policyLink": "Read the full cookie policy",
  "cookies.page.status.none": "You have not made a choice yet: only strictly necessary cookies are in use.",
  "cookies.page.status.current": "Your choice of {date} is in force.",
  "cookies.page.status.outdated": "Your choice of {date} was made under an earlier notice: please choose again.",
  // The account pages and legal documents keep their messages in a file of their own.
  ...accountEn,
  // The backstage (staff) and supplier pages, likewise.
  ...backstageEn,
  ...addressesEn,
  ...backstageSuppliersEn,
  ...backstageCatalogueEn,
  ...backstagePricingEn,
  ...backstagePaymentsEn,
  ...backstageOrdersEn,
  ...backstageFulfilmentEn,
  ...staffViewEn,
  // The catalogue: listings, product pages, search suggestions, delivery zones.
  ...catalogueEn,
  // The bag, the mini-bag and the wish list.
  ...cartEn,
  // The checkout, its confirmation and the order pages.
  ...checkoutEn,
  // After the order: parcels, cancelling, returns, the consignee's page.
  ...fulfilmentEn,
  // The order page: where a refund of a transfer or of cash should be paid.
  ...paymentsEn,
  ...storefrontEn,
} as const;

export type MessageKey = keyof typeof en;

/** The shape every language must provide: one string per English key. */
export type Dictionary = { readonly [Key in MessageKey]: string };
