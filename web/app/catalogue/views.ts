import type { DeliveryEstimate, Facets, Image, NamedLink, ProductCard, Seller, SortName, Variant } from "./catalog-types";

/**
 * What pages render: the API's answers with every amount already formatted on the server, so
 * the HTML and the hydrated page show the same string whatever ICU data the browser has.
 */
export interface PriceView {
  /** Minor units, for comparing; never shown as it is. */
  amount: number;
  /** "HK$24,000" */
  text: string;
  /** The former price of a markdown, struck through; null when not marked down. */
  was: string | null;
  /** Converted from HKD at a stored rate: marked "≈", the charge is in HKD. */
  approximate: boolean;
}

export type CardView = Omit<ProductCard, "price"> & { price: PriceView | null };

export interface PriceRangeView {
  /** Minor units, as the `priceMin`/`priceMax` parameters take them; null for an open end. */
  min: number | null;
  max: number | null;
  /** Formatted bounds, for "Under {max}", "{min} – {max}", "{min} and above". */
  minText: string | null;
  maxText: string | null;
  selected: boolean;
}

export interface ListingView {
  products: CardView[];
  total: number;
  facets: Omit<Facets, "price">;
  priceRanges: PriceRangeView[];
  /** The chosen price bounds, formatted, when the address has any. */
  chosenPrice: { minText: string | null; maxText: string | null } | null;
  next: string | null;
  sort: SortName;
  approximate: boolean;
  searchedFor: string | null;
}

export type VariantView = Omit<Variant, "price"> & { price: PriceView | null };

export interface ProductView {
  id: string;
  slug: string;
  name: string;
  description: string;
  composition: string | null;
  care: string | null;
  originCountry: string | null;
  sizeGuide: string | null;
  /** A service is confirmed by the shop after the order; it never ships. */
  kind: "goods" | "service";
  designer: NamedLink;
  category: NamedLink & { trail: NamedLink[] };
  seller: Seller;
  variants: VariantView[];
  images: Image[];
  related: CardView[];
  seo: { title: string; description: string };
}

export type { DeliveryEstimate };
