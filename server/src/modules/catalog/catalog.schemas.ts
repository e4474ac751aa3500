import { Type, type Static } from 'typebox';

/** The storefront's catalogue API: what listings, product pages and search exchange. */

export const LocaleParam = Type.Union([Type.Literal('en'), Type.Literal('zh-Hant'), Type.Literal('zh-Hans')], { default: 'en' });
export const ZoneParam = Type.Union([Type.Literal('HK'), Type.Literal('CN'), Type.Literal('ASIA'), Type.Literal('ROW')], {
  default: 'HK', description: 'Destination zone for delivery estimates: Hong Kong, mainland China, rest of Asia, rest of the world',
});
export const CurrencyParam = Type.String({ pattern: '^[A-Z]{3}$', default: 'HKD', description: 'ISO 4217; a currency without a price list shows an approximate conversion' });
export const SortParam = Type.Union(
  [Type.Literal('newest'), Type.Literal('price_asc'), Type.Literal('price_desc'), Type.Literal('popular'), Type.Literal('relevance')],
  { description: '`relevance` needs `q`; the default is `relevance` with `q`, else `newest`' },
);

const Csv = (description: string) => Type.Optional(Type.String({ maxLength: 2000, description: `${description}, comma-separated` }));

export const ListingQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Search words, in English or Chinese; misspellings are tolerated' })),
  category: Type.Optional(Type.String({ maxLength: 100, description: 'Category slug; includes its sub-categories' })),
  designer: Csv('Designer slugs'),
  size: Csv('Sizes'),
  colour: Csv('Colour codes'),
  seller: Csv('`shop` or supplier organisation ids'),
  priceMin: Type.Optional(Type.Integer({ minimum: 0, description: 'Minor units of `currency`' })),
  priceMax: Type.Optional(Type.Integer({ minimum: 0, description: 'Minor units of `currency`' })),
  inStock: Type.Optional(Type.Boolean()),
  sort: Type.Optional(SortParam),
  after: Type.Optional(Type.String({ maxLength: 200, description: 'The `next` cursor of the previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 96, default: 24 })),
  currency: Type.Optional(CurrencyParam),
  locale: Type.Optional(LocaleParam),
  zone: Type.Optional(ZoneParam),
}, { additionalProperties: false });
export type ListingQuery = Static<typeof ListingQuery>;

export const Price = Type.Object({
  amount: Type.Integer({ description: 'Minor units' }),
  currency: Type.String(),
  compareAt: Type.Union([Type.Integer(), Type.Null()], { description: 'The former price of a markdown' }),
  approximate: Type.Boolean({ description: 'Converted at a stored rate from HKD: the price charged is in HKD' }),
});

export const DeliveryEstimate = Type.Object({
  shipsFrom: Type.String({ description: 'Origin of the best stock: HK, CN, EU, US or JP' }),
  daysMin: Type.Integer(),
  daysMax: Type.Integer(),
  crossBorder: Type.Boolean({ description: 'The goods cross a border to reach the zone, which takes longer (CAT-4)' }),
});

export const Seller = Type.Object({
  kind: Type.Union([Type.Literal('shop'), Type.Literal('supplier')]),
  id: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
});

export const Image = Type.Object({
  url: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
  alt: Type.String(),
  colour: Type.Union([Type.String(), Type.Null()]),
});

export const ProductCard = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  designer: Type.Object({ slug: Type.String(), name: Type.String() }),
  price: Type.Union([Price, Type.Null()], { description: 'From-price: the lowest of its variants' }),
  image: Type.Union([Image, Type.Null()]),
  inStock: Type.Boolean(),
  delivery: Type.Union([DeliveryEstimate, Type.Null()]),
  seller: Seller,
  colours: Type.Array(Type.String()),
});
export type ProductCard = Static<typeof ProductCard>;

const FacetValue = Type.Object({
  value: Type.String(),
  label: Type.String(),
  count: Type.Integer({ description: 'Products matching every other chosen filter and this value' }),
  selected: Type.Boolean(),
});

export const Facets = Type.Object({
  designer: Type.Array(FacetValue),
  category: Type.Array(FacetValue),
  size: Type.Array(FacetValue),
  colour: Type.Array(FacetValue),
  seller: Type.Array(FacetValue),
  inStock: Type.Object({ count: Type.Integer() }),
  price: Type.Object({ min: Type.Union([Type.Integer(), Type.Null()]), max: Type.Union([Type.Integer(), Type.Null()]), currency: Type.String() }),
});
export type Facets = Static<typeof Facets>;

export const Listing = Type.Object({
  products: Type.Array(ProductCard),
  total: Type.Integer(),
  facets: Facets,
  next: Type.Union([Type.String(), Type.Null()], { description: 'Cursor of the next page; null on the last' }),
  sort: SortParam,
  currency: Type.String(),
  approximate: Type.Boolean(),
  /** The words searched for, after spelling correction; null without `q`. */
  searchedFor: Type.Union([Type.String(), Type.Null()]),
});
export type Listing = Static<typeof Listing>;

export const ProductParams = Type.Object({ slug: Type.String({ maxLength: 200 }) });
export const ProductQuery = Type.Object({
  currency: Type.Optional(CurrencyParam),
  locale: Type.Optional(LocaleParam),
  zone: Type.Optional(ZoneParam),
}, { additionalProperties: false });

export const VariantView = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  gtin: Type.Union([Type.String(), Type.Null()]),
  colour: Type.Union([Type.String(), Type.Null()]),
  size: Type.Union([Type.String(), Type.Null()]),
  material: Type.Union([Type.String(), Type.Null()]),
  price: Type.Union([Price, Type.Null()]),
  available: Type.Integer({ description: 'Units on hand minus reserved, over every location' }),
  delivery: Type.Union([DeliveryEstimate, Type.Null()]),
});

export const ProductDetail = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  composition: Type.Union([Type.String(), Type.Null()]),
  care: Type.Union([Type.String(), Type.Null()]),
  originCountry: Type.Union([Type.String(), Type.Null()]),
  sizeGuide: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([Type.Literal('goods'), Type.Literal('service')], { description: 'A service is confirmed by the shop after the order instead of shipped' }),
  designer: Type.Object({ slug: Type.String(), name: Type.String() }),
  category: Type.Object({ slug: Type.String(), name: Type.String(), trail: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })) }),
  seller: Seller,
  variants: Type.Array(VariantView),
  images: Type.Array(Image),
  related: Type.Array(ProductCard),
  seo: Type.Object({ title: Type.String(), description: Type.String() }),
});
export type ProductDetail = Static<typeof ProductDetail>;

export const Suggestions = Type.Object({
  designers: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
  categories: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
  products: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), designer: Type.String() })),
});

export const SuggestionsQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 100 }),
  locale: Type.Optional(LocaleParam),
}, { additionalProperties: false });

export const DesignerSummary = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  localName: Type.Union([Type.String(), Type.Null()]),
  featured: Type.Boolean(),
  logo: Type.Union([Image, Type.Null()]),
  products: Type.Integer({ description: 'Products on sale now' }),
});

export const DesignerDetail = Type.Object({ ...DesignerSummary.properties, story: Type.String() });

export type CategoryNode = { slug: string; name: string; products: number; children: CategoryNode[] };
/** Categories nest three levels deep at most (department, category, kind); deeper ones are cut. */
const categoryLevel = (children: ReturnType<typeof Type.Array> | undefined) => Type.Object({
  slug: Type.String(), name: Type.String(), products: Type.Integer({ description: 'Products on sale, sub-categories included' }),
  children: children ?? Type.Array(Type.Never(), { maxItems: 0 }),
});
export const CategoryTree = Type.Array(categoryLevel(Type.Array(categoryLevel(Type.Array(categoryLevel(undefined))))));
