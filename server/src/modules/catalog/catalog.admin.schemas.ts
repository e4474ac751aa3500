import { Type, type Static, type TSchema } from 'typebox';
import { SKU_PATTERN, SLUG_PATTERN } from './catalog.admin.rules.ts';

/** The backstage catalogue API: what staff send and receive. Ids are the readable `prd_…` kind. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Id = (prefix: string, description?: string) => Type.String({ pattern: `^${prefix}_[0-9a-z]{26}$`, ...(description ? { description } : {}) });
const Timestamp = Type.String({ format: 'date-time' });
const Slug = Type.String({ pattern: SLUG_PATTERN, maxLength: 100, description: 'Lower-case words joined by hyphens; made from the name when left out' });
const Status = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('archived')]);
const SizeGuide = Type.Union([Type.Literal('clothing'), Type.Literal('shoes'), Type.Literal('rings'), Type.Literal('belts'), Type.Literal('one-size')]);
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country of manufacture' });
const OptionValue = Type.String({ minLength: 1, maxLength: 40 });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 40 }) });

/** Texts in English (required) and the two Chinese scripts; a missing Chinese text shows the English one. */
function localised<T extends TSchema>(text: T) {
  return {
    create: Type.Object({ en: text, 'zh-Hant': Type.Optional(text), 'zh-Hans': Type.Optional(text) }, { additionalProperties: false }),
    patch: Type.Object({ en: Type.Optional(text), 'zh-Hant': Type.Optional(Nullable(text)), 'zh-Hans': Type.Optional(Nullable(text)) }, {
      additionalProperties: false, description: 'Each locale given replaces that locale\'s texts whole; `null` removes a Chinese locale',
    }),
    out: Type.Object({ en: text, 'zh-Hant': Type.Optional(text), 'zh-Hans': Type.Optional(text) }),
  };
}

// Products

export const ProductText = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  composition: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  care: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  seoTitle: Type.Optional(Nullable(Type.String({ maxLength: 120, description: 'Page title; the designer and name when empty' }))),
  seoDescription: Type.Optional(Nullable(Type.String({ maxLength: 320, description: 'Meta description; the start of the description when empty' }))),
}, { additionalProperties: false });
export type ProductText = Static<typeof ProductText>;
const ProductTexts = localised(ProductText);

const productFields = {
  designerId: Id('des'),
  categoryId: Id('cat'),
  sellerSupplierId: Nullable(Id('sup', 'The supplier organisation that sells and ships it (CAT-3); null: the shop itself')),
  originCountry: Nullable(Country),
  sizeGuide: Nullable(SizeGuide),
  kind: Type.Union([Type.Literal('goods'), Type.Literal('service')], { description: 'A service is confirmed by staff instead of shipped (ORD-2)' }),
};

export const ProductCreateBody = Type.Object({
  slug: Type.Optional(Slug),
  designerId: productFields.designerId,
  categoryId: productFields.categoryId,
  sellerSupplierId: Type.Optional(productFields.sellerSupplierId),
  originCountry: Type.Optional(productFields.originCountry),
  sizeGuide: Type.Optional(productFields.sizeGuide),
  kind: Type.Optional(productFields.kind),
  translations: ProductTexts.create,
}, { additionalProperties: false });
export type ProductCreateBody = Static<typeof ProductCreateBody>;

export const ProductPatchBody = Type.Object({
  slug: Type.Optional(Slug),
  designerId: Type.Optional(productFields.designerId),
  categoryId: Type.Optional(productFields.categoryId),
  sellerSupplierId: Type.Optional(productFields.sellerSupplierId),
  originCountry: Type.Optional(productFields.originCountry),
  sizeGuide: Type.Optional(productFields.sizeGuide),
  kind: Type.Optional(productFields.kind),
  translations: Type.Optional(ProductTexts.patch),
}, { additionalProperties: false });
export type ProductPatchBody = Static<typeof ProductPatchBody>;

export const PublishBody = Type.Object({
  publishAt: Type.Optional(Type.String({ format: 'date-time', description: 'On sale from this instant; now when left out' })),
}, { additionalProperties: false });

export const UnpublishBody = Type.Object({
  archive: Type.Optional(Type.Boolean({ description: 'Archive instead of returning to draft' })),
}, { additionalProperties: false });

export const ProductListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the English name, or the start of a SKU' })),
  status: Type.Optional(Status),
  designerId: Type.Optional(Type.String({ maxLength: 40 })),
  categoryId: Type.Optional(Type.String({ maxLength: 40, description: 'Includes its sub-categories' })),
  seller: Type.Optional(Type.String({ maxLength: 40, description: '`shop` or a supplier organisation id' })),
  after: Type.Optional(Type.String({ maxLength: 200, description: 'The `next` of the previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
}, { additionalProperties: false });
export type ProductListQuery = Static<typeof ProductListQuery>;

export const AdminProductSummary = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  status: Status,
  publishAt: Nullable(Timestamp),
  onSale: Type.Boolean({ description: 'Published and its publication time has come' }),
  designer: Type.Object({ id: Type.String(), name: Type.String() }),
  categoryId: Type.String(),
  sellerSupplierId: Nullable(Type.String()),
  variantCount: Type.Integer(),
  updatedAt: Timestamp,
});

export const AdminProductPage = Type.Object({ products: Type.Array(AdminProductSummary), next: Nullable(Type.String()) });

// Variants

const Gtin = Type.String({ pattern: '^[0-9]{8,14}$', description: 'GTIN-8, -12, -13 or -14 with a valid check digit' });

export const VariantCreateBody = Type.Object({
  sku: Type.String({ pattern: SKU_PATTERN }),
  gtin: Type.Optional(Nullable(Gtin)),
  colour: Type.Optional(Nullable(OptionValue)),
  size: Type.Optional(Nullable(OptionValue)),
  material: Type.Optional(Nullable(OptionValue)),
  weightGrams: Type.Integer({ minimum: 1, maximum: 100_000 }),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
}, { additionalProperties: false });
export type VariantCreateBody = Static<typeof VariantCreateBody>;

export const VariantPatchBody = Type.Partial(VariantCreateBody, { additionalProperties: false });
export type VariantPatchBody = Static<typeof VariantPatchBody>;

export const PricesBody = Type.Object({
  prices: Type.Array(Type.Object({
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    amount: Type.Integer({ minimum: 1, description: 'Minor units' }),
    compareAt: Type.Optional(Nullable(Type.Integer({ minimum: 1, description: 'The former price of a markdown, minor units' }))),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 30 }),
}, { additionalProperties: false });
export type PricesBody = Static<typeof PricesBody>;

export const StockBody = Type.Object({
  levels: Type.Array(Type.Object({
    locationId: Type.String({ maxLength: 40 }),
    onHand: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
}, { additionalProperties: false });
export type StockBody = Static<typeof StockBody>;

export const AdminVariant = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  sku: Type.String(),
  gtin: Nullable(Type.String()),
  colour: Nullable(Type.String()),
  size: Nullable(Type.String()),
  material: Nullable(Type.String()),
  weightGrams: Type.Integer(),
  position: Type.Integer(),
  prices: Type.Array(Type.Object({ currency: Type.String(), amount: Type.Integer(), compareAt: Nullable(Type.Integer()) })),
  stock: Type.Array(Type.Object({
    locationId: Type.String(), locationCode: Type.String(), onHand: Type.Integer(), reserved: Type.Integer(), available: Type.Integer(),
  })),
});

// Media

export const MediaQuery = Type.Object({
  colour: Type.Optional(OptionValue),
  alt: Type.Optional(Type.String({ maxLength: 300 })),
}, { additionalProperties: false });

export const MediaOrderBody = Type.Object({ mediaIds: Type.Array(Type.String({ maxLength: 40 }), { minItems: 1, maxItems: 100 }) }, { additionalProperties: false });

export const AdminMedia = Type.Object({
  id: Type.String(),
  url: Type.String(),
  contentType: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
  colour: Nullable(Type.String()),
  alt: Nullable(Type.String()),
  position: Type.Integer(),
  source: Type.Union([Type.Literal('upload'), Type.Literal('generated')]),
});

export const AdminProduct = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  status: Status,
  publishAt: Nullable(Timestamp),
  onSale: Type.Boolean(),
  designerId: Type.String(),
  categoryId: Type.String(),
  sellerSupplierId: Nullable(Type.String()),
  originCountry: Nullable(Type.String()),
  sizeGuide: Nullable(SizeGuide),
  kind: Type.Union([Type.Literal('goods'), Type.Literal('service')]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  translations: ProductTexts.out,
  variants: Type.Array(AdminVariant),
  media: Type.Array(AdminMedia),
});

// Designers and categories

export const DesignerText = Type.Object({
  localName: Type.Optional(Nullable(Type.String({ maxLength: 120, description: 'The house’s name as readers of this language know it' }))),
  story: Type.String({ maxLength: 10_000 }),
}, { additionalProperties: false });
export type DesignerText = Static<typeof DesignerText>;
const DesignerTexts = localised(DesignerText);

export const DesignerCreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  slug: Type.Optional(Slug),
  featured: Type.Optional(Type.Boolean()),
  translations: DesignerTexts.create,
}, { additionalProperties: false });
export type DesignerCreateBody = Static<typeof DesignerCreateBody>;

export const DesignerPatchBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  slug: Type.Optional(Slug),
  featured: Type.Optional(Type.Boolean()),
  translations: Type.Optional(DesignerTexts.patch),
}, { additionalProperties: false });
export type DesignerPatchBody = Static<typeof DesignerPatchBody>;

export const AdminDesigner = Type.Object({
  id: Type.String(), slug: Type.String(), name: Type.String(), featured: Type.Boolean(), translations: DesignerTexts.out, updatedAt: Timestamp,
});

export const CategoryText = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
}, { additionalProperties: false });
export type CategoryText = Static<typeof CategoryText>;
const CategoryTexts = localised(CategoryText);

export const CategoryCreateBody = Type.Object({
  slug: Type.Optional(Slug),
  parentId: Type.Optional(Nullable(Id('cat'))),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  translations: CategoryTexts.create,
}, { additionalProperties: false });
export type CategoryCreateBody = Static<typeof CategoryCreateBody>;

export const CategoryPatchBody = Type.Object({
  slug: Type.Optional(Slug),
  parentId: Type.Optional(Nullable(Id('cat'))),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  translations: Type.Optional(CategoryTexts.patch),
}, { additionalProperties: false });
export type CategoryPatchBody = Static<typeof CategoryPatchBody>;

export const AdminCategory = Type.Object({
  id: Type.String(), slug: Type.String(), parentId: Nullable(Type.String()), position: Type.Integer(), translations: CategoryTexts.out,
});

// CSV import

export const ImportResult = Type.Object({
  rows: Type.Integer({ description: 'Records read, the header not counted' }),
  created: Type.Integer({ description: 'Products, prices or stock levels that did not exist before' }),
  updated: Type.Integer(),
  products: Type.Integer({ description: 'Products whose storefront rows were rebuilt' }),
});
export type ImportResult = Static<typeof ImportResult>;
