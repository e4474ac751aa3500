import type { Insertable, Selectable } from 'kysely';

export type Locale = 'en' | 'zh-Hant' | 'zh-Hans';
export type ProductStatus = 'draft' | 'published' | 'archived';
export type SizeGuide = 'clothing' | 'shoes' | 'rings' | 'belts' | 'one-size';
export type ProductKind = 'goods' | 'service';
export const PRODUCT_KINDS: readonly ProductKind[] = ['goods', 'service'];

export interface DesignersTable {
  id: string;
  slug: string;
  name: string;
  featured: boolean;
  logo_media_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface DesignerTranslationsTable {
  designer_id: string;
  locale: Locale;
  local_name: string | null;
  story: string;
}

export interface CategoriesTable {
  id: string;
  parent_id: string | null;
  slug: string;
  position: number;
  created_at: Date;
}

export interface CategoryTranslationsTable {
  category_id: string;
  locale: Locale;
  name: string;
  description: string | null;
}

export interface ProductsTable {
  id: string;
  slug: string;
  designer_id: string;
  category_id: string;
  seller_supplier_id: string | null;
  status: ProductStatus;
  publish_at: Date | null;
  origin_country: string | null;
  size_guide: SizeGuide | null;
  /** A service is confirmed by staff rather than shipped (ORD-2). */
  kind: ProductKind;
  popularity: number;
  created_at: Date;
  updated_at: Date;
}

export interface ProductTranslationsTable {
  product_id: string;
  locale: Locale;
  name: string;
  description: string;
  composition: string | null;
  care: string | null;
  seo_title: string | null;
  seo_description: string | null;
}

export interface VariantsTable {
  id: string;
  product_id: string;
  sku: string;
  gtin: string | null;
  colour: string | null;
  size: string | null;
  material: string | null;
  weight_grams: number;
  position: number;
}

/** How a generated image is drawn: the same recipe always gives the same picture. */
export interface ImageRecipe {
  kind: 'product' | 'designer';
  shape: string;
  colour: string;
  label: string;
  seed: number;
  /** Which picture of the gallery: the whole piece, turned, a close-up, or its back. */
  view?: 'front' | 'angle' | 'detail' | 'back';
}

export interface MediaTable {
  id: string;
  product_id: string | null;
  colour: string | null;
  position: number;
  source: 'upload' | 'generated';
  file_name: string | null;
  recipe: ImageRecipe | null;
  content_type: string;
  width: number;
  height: number;
  alt: string | null;
  created_at: Date;
}

export interface ListingsTable {
  product_id: string;
  visible_from: Date | null;
  designer_id: string;
  category_ids: string[];
  seller: string;
  sizes: string[];
  colours: string[];
  in_stock: boolean;
  popularity: number;
  search_document: string;
  refreshed_at: Date;
}

export interface ListingPricesTable {
  product_id: string;
  currency: string;
  amount: bigint;
}

export interface SearchTermsTable {
  term: string;
}

export interface CatalogTables {
  'catalog.designers': DesignersTable;
  'catalog.designer_translations': DesignerTranslationsTable;
  'catalog.categories': CategoriesTable;
  'catalog.category_translations': CategoryTranslationsTable;
  'catalog.products': ProductsTable;
  'catalog.product_translations': ProductTranslationsTable;
  'catalog.variants': VariantsTable;
  'catalog.media': MediaTable;
  'catalog.listings': ListingsTable;
  'catalog.listing_prices': ListingPricesTable;
  'catalog.search_terms': SearchTermsTable;
}

export type DesignerRow = Selectable<DesignersTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type ProductRow = Selectable<ProductsTable>;
export type ProductTranslationRow = Selectable<ProductTranslationsTable>;
export type VariantRow = Selectable<VariantsTable>;
export type MediaRow = Selectable<MediaTable>;
export type NewProduct = Insertable<ProductsTable>;
export type NewVariant = Insertable<VariantsTable>;
export type NewMedia = Insertable<MediaTable>;
