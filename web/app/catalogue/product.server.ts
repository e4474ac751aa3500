import type { RouterContextProvider } from "react-router";
import { CURRENCY_EXPONENT } from "../i18n/money";
import type { Locale } from "../i18n/locales";
import { loadCatalog, readerParams } from "./catalog-api.server";
import type { ProductDetail } from "./catalog-types";
import { presentCards, presentPrice } from "./present.server";
import type { ProductView } from "./views";

type Context = Readonly<RouterContextProvider>;

export function loadProduct(context: Context, slug: string, currency?: string): Promise<ProductDetail> {
  const params = readerParams(context);
  if (currency) params.set("currency", currency);
  return loadCatalog<ProductDetail>(context, `/products/${encodeURIComponent(slug)}`, params);
}

export function presentProduct(product: ProductDetail, locale: Locale): ProductView {
  return {
    ...product,
    variants: product.variants.map((v) => ({ ...v, price: presentPrice(v.price, locale) })),
    related: presentCards(product.related, locale),
  };
}

const AVAILABILITY = { inStock: "https://schema.org/InStock", soldOut: "https://schema.org/OutOfStock" };

/** Minor units as the decimal string schema.org expects ("24000.00"). */
function decimal(minor: number, currency: string): string {
  const exponent = (CURRENCY_EXPONENT as Record<string, number>)[currency] ?? 2;
  return exponent === 0 ? String(minor) : (minor / 10 ** exponent).toFixed(exponent);
}

/**
 * schema.org Product data for search engines: one offer per variant in a currency the shop
 * charges (a converted price is only an indication, so offers then quote the HKD list).
 */
export async function productJsonLd(context: Context, product: ProductDetail, canonical: string): Promise<Record<string, unknown>> {
  const charged = product.variants.some((v) => v.price?.approximate) ? await loadProduct(context, product.slug, "HKD") : product;
  const origin = new URL(canonical).origin;
  const first = charged.variants[0];
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.seo.description,
    brand: { "@type": "Brand", name: product.designer.name },
    category: product.category.trail.map((c) => c.name).join(" > "),
    ...(first ? { sku: first.sku } : {}),
    ...(first?.gtin ? { gtin: first.gtin } : {}),
    image: product.images.map((image) => new URL(image.url, origin).toString()),
    url: canonical,
    offers: charged.variants.flatMap((v) => {
      if (!v.price) return [];
      const choice = new URLSearchParams();
      if (v.colour) choice.set("colour", v.colour);
      if (v.size) choice.set("size", v.size);
      return [{
        "@type": "Offer",
        sku: v.sku,
        ...(v.gtin ? { gtin: v.gtin } : {}),
        price: decimal(v.price.amount, v.price.currency),
        priceCurrency: v.price.currency,
        availability: v.available > 0 ? AVAILABILITY.inStock : AVAILABILITY.soldOut,
        url: choice.size ? `${canonical}?${choice}` : canonical,
        seller: { "@type": "Organization", name: product.seller.name },
      }];
    }),
  };
}
