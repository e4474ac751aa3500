import { textField } from "../account/forms";
import type { CurrencyCode } from "../i18n/money";
import { LOCALES, parsePrice, PRICE_CURRENCIES, PRODUCT_TEXT_FIELDS, type AdminProduct, type CatalogueLocale, type ProductText } from "./catalogue";

/** What the product form holds, as typed: shown again when the API refuses it. */
export type ProductFormValues = Record<string, string>;

/** The form's values of a product as stored, for the edit page. */
export function productFormValues(product: AdminProduct): ProductFormValues {
  const values: ProductFormValues = {
    slug: product.slug,
    designerId: product.designerId,
    categoryId: product.categoryId,
    sellerSupplierId: product.sellerSupplierId ?? "",
    originCountry: product.originCountry ?? "",
    sizeGuide: product.sizeGuide ?? "",
    kind: product.kind,
  };
  for (const locale of LOCALES) {
    for (const field of PRODUCT_TEXT_FIELDS) values[`${locale}.${field}`] = product.translations[locale]?.[field] ?? "";
  }
  return values;
}

export function readProductForm(form: FormData): ProductFormValues {
  const values: ProductFormValues = {};
  for (const name of ["slug", "designerId", "categoryId", "sellerSupplierId", "originCountry", "sizeGuide", "kind"]) values[name] = textField(form, name);
  for (const locale of LOCALES) for (const field of PRODUCT_TEXT_FIELDS) values[`${locale}.${field}`] = textField(form, `${locale}.${field}`);
  values.originCountry = values.originCountry!.toUpperCase();
  return values;
}

/** One locale's texts; a Chinese locale without a name is left out (the English one shows instead). */
function localeText(values: ProductFormValues, locale: CatalogueLocale): ProductText | null {
  const name = values[`${locale}.name`] ?? "";
  if (!name && locale !== "en") return null;
  const text: ProductText = { name, description: values[`${locale}.description`] ?? "" };
  for (const field of ["composition", "care", "seoTitle", "seoDescription"] as const) text[field] = values[`${locale}.${field}`] || null;
  return text;
}

/**
 * The API body of the form. Creating leaves empty optional fields out; editing sends them as
 * null, so that emptying a field clears it, and null for a Chinese locale without a name.
 */
export function productBody(values: ProductFormValues, mode: "create" | "patch"): Record<string, unknown> {
  const empty = mode === "create" ? undefined : null;
  const translations: Record<string, ProductText | null | undefined> = {};
  for (const locale of LOCALES) translations[locale] = localeText(values, locale) ?? (locale === "en" ? undefined : empty);
  return {
    ...(values.slug ? { slug: values.slug } : {}),
    designerId: values.designerId,
    categoryId: values.categoryId,
    sellerSupplierId: values.sellerSupplierId || empty,
    originCountry: values.originCountry || empty,
    sizeGuide: values.sizeGuide || empty,
    kind: values.kind === "service" ? "service" : "goods",
    translations,
  };
}

/** The prices typed for a variant: every filled field, or the first that is not a price. */
export function readPrices(form: FormData): { prices: { currency: CurrencyCode; amount: number }[]; invalid: string | null } {
  const prices: { currency: CurrencyCode; amount: number }[] = [];
  for (const currency of PRICE_CURRENCIES) {
    const text = textField(form, `price.${currency}`);
    if (!text) continue;
    const amount = parsePrice(text, currency);
    if (amount === null) return { prices, invalid: `price.${currency}` };
    prices.push({ currency, amount });
  }
  return { prices, invalid: null };
}

/** Stock typed per location (`stock.<locationId>`); a location left empty is left as it is. */
export function readStock(form: FormData): { levels: { locationId: string; onHand: number }[]; invalid: boolean } {
  const levels: { locationId: string; onHand: number }[] = [];
  let invalid = false;
  const add = (locationId: string, text: string) => {
    if (!locationId || !text) return;
    if (!/^\d{1,7}$/.test(text)) invalid = true;
    else levels.push({ locationId, onHand: Number(text) });
  };
  for (const [name, value] of form) {
    if (name.startsWith("stock.") && typeof value === "string") add(name.slice("stock.".length), value.trim());
  }
  return { levels, invalid };
}

/** A variant from the add-variant form; weight in grams as a whole number. */
export function readVariant(form: FormData): Record<string, unknown> {
  const optional = (name: string) => textField(form, name) || undefined;
  const weight = textField(form, "weightGrams");
  return {
    sku: textField(form, "sku"),
    gtin: optional("gtin"),
    colour: optional("colour"),
    size: optional("size"),
    material: optional("material"),
    weightGrams: /^\d{1,6}$/.test(weight) ? Number(weight) : 0,
  };
}
