/**
 * The catalogue API's answers as the storefront reads them (the contract is the server's
 * catalog.schemas.ts; the web app keeps its own copy of the shapes, as the account pages do).
 */

export interface Price {
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  compareAt: number | null;
  /** Converted from HKD at a stored rate: the price charged is in HKD. */
  approximate: boolean;
}

export interface DeliveryEstimate {
  shipsFrom: string;
  daysMin: number;
  daysMax: number;
  crossBorder: boolean;
}

export interface Seller {
  kind: "shop" | "supplier";
  id: string | null;
  name: string;
}

export interface Image {
  url: string;
  width: number;
  height: number;
  alt: string;
  colour: string | null;
}

export interface NamedLink {
  slug: string;
  name: string;
}

export interface ProductCard {
  id: string;
  slug: string;
  name: string;
  designer: NamedLink;
  price: Price | null;
  image: Image | null;
  inStock: boolean;
  delivery: DeliveryEstimate | null;
  seller: Seller;
  colours: string[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface Facets {
  designer: FacetValue[];
  category: FacetValue[];
  size: FacetValue[];
  colour: FacetValue[];
  seller: FacetValue[];
  inStock: { count: number };
  price: { min: number | null; max: number | null; currency: string };
}

export type SortName = "newest" | "price_asc" | "price_desc" | "popular" | "relevance";

export interface Listing {
  products: ProductCard[];
  total: number;
  facets: Facets;
  next: string | null;
  sort: SortName;
  currency: string;
  approximate: boolean;
  /** The words searched for after spelling correction; null without `q`. */
  searchedFor: string | null;
}

export interface Variant {
  id: string;
  sku: string;
  gtin: string | null;
  colour: string | null;
  size: string | null;
  material: string | null;
  price: Price | null;
  /** Units on hand minus reserved, over every location. */
  available: number;
  delivery: DeliveryEstimate | null;
}

export type SizeGuideKind = "clothing" | "shoes" | "rings" | "belts" | "one-size";

export interface ProductDetail {
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
  variants: Variant[];
  images: Image[];
  related: ProductCard[];
  seo: { title: string; description: string };
}

export interface Suggestions {
  designers: NamedLink[];
  categories: NamedLink[];
  products: { slug: string; name: string; designer: string }[];
}

export interface DesignerSummary {
  slug: string;
  name: string;
  localName: string | null;
  featured: boolean;
  logo: Image | null;
  products: number;
}

export interface DesignerDetail extends DesignerSummary {
  story: string;
}

export interface CategoryNode {
  slug: string;
  name: string;
  products: number;
  children: CategoryNode[];
}
