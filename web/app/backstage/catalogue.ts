import type { PlainMessageKey } from "../i18n/translate";
import { CURRENCY_EXPONENT, type CurrencyCode } from "../i18n/money";

/** The backstage catalogue API (catalog.admin.schemas.ts) as these pages read it. */
export const CATALOGUE_API = "/admin/catalog";
export const LOCALES = ["en", "zh-Hant", "zh-Hans"] as const;
export type CatalogueLocale = (typeof LOCALES)[number];
export const PRODUCT_TEXT_FIELDS = ["name", "description", "composition", "care", "seoTitle", "seoDescription"] as const;
export type ProductTextField = (typeof PRODUCT_TEXT_FIELDS)[number];
export const PRODUCT_STATUSES = ["draft", "published", "archived"] as const;
export const SIZE_GUIDES = ["clothing", "shoes", "rings", "belts", "one-size"] as const;
/** Every currency the shop prices in, each with its own field on a variant. */
export const PRICE_CURRENCIES = Object.keys(CURRENCY_EXPONENT) as CurrencyCode[];
export const IMPORT_KINDS = ["products", "prices", "stock"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ProductText = Partial<Record<ProductTextField, string | null>> & { name: string };

export interface AdminProductSummary {
  id: string;
  slug: string;
  name: string;
  status: string;
  publishAt: string | null;
  onSale: boolean;
  designer: { id: string; name: string };
  categoryId: string;
  variantCount: number;
  updatedAt: string;
}

export interface AdminVariant {
  id: string;
  sku: string;
  gtin: string | null;
  colour: string | null;
  size: string | null;
  material: string | null;
  weightGrams: number;
  prices: { currency: string; amount: number; compareAt: number | null }[];
  stock: { locationId: string; locationCode: string; onHand: number; reserved: number; available: number }[];
}

export interface AdminMedia {
  id: string;
  url: string;
  width: number;
  height: number;
  colour: string | null;
  alt: string | null;
  source: string;
}

export interface AdminProduct {
  id: string;
  slug: string;
  status: string;
  publishAt: string | null;
  onSale: boolean;
  designerId: string;
  categoryId: string;
  sellerSupplierId: string | null;
  originCountry: string | null;
  sizeGuide: string | null;
  kind: "goods" | "service";
  translations: Partial<Record<CatalogueLocale, ProductText>>;
  variants: AdminVariant[];
  media: AdminMedia[];
}

export interface AdminDesigner {
  id: string;
  slug: string;
  name: string;
}

export interface AdminCategory {
  id: string;
  slug: string;
  parentId: string | null;
  translations: Partial<Record<CatalogueLocale, { name: string }>>;
}

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  products: number;
}

/** One refused row of an import, as the 422 answer lists them. */
export interface ImportRowError {
  line: number;
  field: string;
  message: string;
}

const STATUS_NAMES: Readonly<Record<string, PlainMessageKey>> = {
  draft: "backstage.catalogue.status.draft",
  published: "backstage.catalogue.status.published",
  archived: "backstage.catalogue.status.archived",
  scheduled: "backstage.catalogue.status.scheduled",
};

/** The badge of a product: published but not yet on sale is "scheduled". */
export function productBadge(product: { status: string; onSale: boolean }): string {
  return product.status === "published" && !product.onSale ? "scheduled" : product.status;
}

export function productStatusKey(status: string): PlainMessageKey | undefined {
  return Object.hasOwn(STATUS_NAMES, status) ? STATUS_NAMES[status] : undefined;
}

/** Product ids as the API writes them; anything else is not asked about (a 404 here). */
export function isProductId(value: unknown): value is string {
  return typeof value === "string" && /^prd_[0-9a-z]{26}$/.test(value);
}

/** A category's name in the reader's language, else English, else its slug. */
export function categoryName(category: AdminCategory, locale: string): string {
  const texts = category.translations;
  return texts[locale as CatalogueLocale]?.name ?? texts.en?.name ?? category.slug;
}

/** "1234.50" typed in a price field, as minor units of the currency; null when not a price. */
export function parsePrice(text: string, currency: CurrencyCode): number | null {
  const exponent = CURRENCY_EXPONENT[currency];
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.replaceAll(",", "").trim());
  if (!match || (match[2] ?? "").length > exponent) return null;
  const minor = Number(match[1]) * 10 ** exponent + Number((match[2] ?? "").padEnd(exponent, "0") || "0");
  return minor > 0 ? minor : null;
}

/** Minor units as the price field shows them again ("1234.50"). */
export function priceText(minor: number, currency: string): string {
  const exponent = CURRENCY_EXPONENT[currency as CurrencyCode] ?? 2;
  if (exponent === 0) return String(minor);
  const digits = String(minor).padStart(exponent + 1, "0");
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Where each change of a product is sent (catalog.admin-routes.ts). */
export const catalogueApiPaths = {
  product: (id: string) => `${CATALOGUE_API}/products/${id}`,
  publish: (id: string) => `${CATALOGUE_API}/products/${id}/publish`,
  unpublish: (id: string) => `${CATALOGUE_API}/products/${id}/unpublish`,
  variants: (id: string) => `${CATALOGUE_API}/products/${id}/variants`,
  prices: (variantId: string) => `${CATALOGUE_API}/variants/${variantId}/prices`,
  stock: (variantId: string) => `${CATALOGUE_API}/variants/${variantId}/stock`,
  media: (id: string, query: URLSearchParams) => `${CATALOGUE_API}/products/${id}/media${query.size ? `?${query}` : ""}`,
  import: (kind: ImportKind) => `${CATALOGUE_API}/import/${kind}`,
  export: (kind: ImportKind) => `/api${CATALOGUE_API}/export/${kind}.csv`,
};

/** A `datetime-local` value read as Hong Kong time (the shop's zone, UTC+8 all year), as an instant. */
export function shopLocalToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const instant = new Date(`${value}:00+08:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
