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
  "nav.women": "Women",
  "nav.men": "Men",
  "nav.bags": "Bags",
  "nav.jewelleryWatches": "Jewellery & Watches",
  "nav.privateSales": "Private Sales",

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
  "footer.preferences.heading": "Language and currency",
  "footer.copyright": "© {year} Vitrine. All rights reserved.",

  "switcher.language.label": "Language",
  "switcher.currency.label": "Currency",
  "currency.HKD": "Hong Kong dollar",
  "currency.CNY": "Chinese yuan",
  "currency.USD": "US dollar",
  "currency.EUR": "Euro",
  "currency.GBP": "Pound sterling",

  "home.hero.kicker": "The autumn edit",
  "home.hero.headline": "Quiet splendour, chosen with care",
  "home.hero.subline":
    "A considered selection from the great houses and the ateliers to watch, delivered from Hong Kong to wherever you are.",
  "home.hero.cta": "Discover what is new",

  "home.stories.heading": "Stories",
  "home.stories.1.kicker": "Fine jewellery",
  "home.stories.1.title": "The art of the everyday diamond",
  "home.stories.1.excerpt": "Pieces made to be worn from morning to evening, and handed on.",
  "home.stories.2.kicker": "Atelier",
  "home.stories.2.title": "Inside a leather workshop in Florence",
  "home.stories.2.excerpt": "Forty hours, one artisan and a single bag, from hide to handle.",
  "home.stories.3.kicker": "Watches",
  "home.stories.3.title": "Understated complications",
  "home.stories.3.excerpt": "Mechanical watches whose finest detail is kept for the wearer.",

  "home.designers.heading": "Designers in focus",
  "home.designers.intro": "Houses and ateliers we are following closely this season.",
  "home.designers.1.name": "Maison Aurèle",
  "home.designers.1.note": "Paris · Leather goods",
  "home.designers.2.name": "Atelier Kōen",
  "home.designers.2.note": "Kyoto · Ready-to-wear",
  "home.designers.3.name": "Casa Verdelli",
  "home.designers.3.note": "Milan · Fine jewellery",
  "home.designers.4.name": "Hollis & Wren",
  "home.designers.4.note": "London · Tailoring",
  "home.designers.5.name": "Studio Lumen",
  "home.designers.5.note": "Copenhagen · Knitwear",
  "home.designers.6.name": "Orsini Fratelli",
  "home.designers.6.note": "Geneva · Watches",
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
} as const;

export type MessageKey = keyof typeof en;

/** The shape every language must provide: one string per English key. */
export type Dictionary = { readonly [Key in MessageKey]: string };
