import { defineErrors } from '../../kernel/errors.ts';

export const CatalogErrors = defineErrors('catalog', {
  product_not_found: { status: 404, title: 'No such product on sale' },
  designer_not_found: { status: 404, title: 'No such designer' },
  category_not_found: { status: 404, title: 'No such category' },
  media_not_found: { status: 404, title: 'No such image' },
  invalid_cursor: { status: 400, title: 'The page cursor is not one this listing gave' },
  relevance_needs_query: { status: 400, title: 'Sorting by relevance needs search words' },
  variant_not_found: { status: 404, title: 'No such variant' },
  slug_taken: { status: 409, title: 'Another product, designer or category already has this slug' },
  sku_taken: { status: 409, title: 'Another variant already has this SKU' },
  gtin_taken: { status: 409, title: 'Another variant already has this GTIN' },
  invalid_gtin: { status: 422, title: 'The GTIN’s check digit does not match its other digits' },
  supplier_not_found: { status: 422, title: 'No supplier organisation has this id' },
  category_cycle: { status: 422, title: 'A category cannot sit below itself' },
  not_publishable: { status: 422, title: 'A product goes on sale with at least one variant priced in HKD' },
  not_an_image: { status: 415, title: 'The file is not a JPEG, PNG or WebP image' },
  media_order_mismatch: { status: 422, title: 'The new order must list every image of the product once' },
  import_rejected: { status: 422, title: 'The file has errors; nothing was imported' },
});
